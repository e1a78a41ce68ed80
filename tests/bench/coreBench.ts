/** The pure core in Node, imported as the extension imports it: one tracker signal, aggregation, summary, merge. */
import { format, subMonths } from 'date-fns';
import type { NewCheckin, NewFingerprint } from '../../utils/checkins/checkin';
import { createMatcher, describePlatform } from '../../utils/platforms/matchPlatform';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { periodTotals } from '../../utils/stats/computePeriodTotals';
import { rollupSpans } from '../../utils/stats/dayRollup';
import { lastCompleteWeek, periodOf, previousPeriod, shiftPeriod } from '../../utils/stats/period';
import type { Period, PeriodTotals } from '../../utils/stats/periodTotals';
import { buildSummary } from '../../utils/summary/buildSummary';
import { LEVELS } from '../../utils/summary/levels';
import { mergeSummaries } from '../../utils/summary/mergeSummaries';
import { parseSummary } from '../../utils/summary/parseSummary';
import { PROVINCES } from '../../utils/summary/provinces';
import { seededRandom } from '../../utils/summary/seededRandom';
import type { Summary } from '../../utils/summary/summary';
import { summaryToCsvRow } from '../../utils/summary/summaryToCsvRow';
import { summaryToJson } from '../../utils/summary/summaryToJson';
import { summaryToText } from '../../utils/summary/summaryToText';
import type { Span } from '../../utils/tracking/span';
import { observe, type TrackerConfig } from '../../utils/tracking/tracker';
import { type BenchRow, type Statistics, sampleSync } from './measure';
import { switchObservations } from './signalObservations';
import type { SyntheticYear } from './syntheticYear';

const describe = (platformId: string) => describePlatform(platformId, []);

interface PeriodInput {
  period: Period;
  spans: Span[];
  checkins: NewCheckin[];
  /** every fingerprint up to the period's last day, as reviewData reads them */
  fingerprints: NewFingerprint[];
}

/** What the database would return for a period: its days' spans and check-ins (by the `day` index), older fingerprints. */
function inputOf(year: SyntheticYear, period: Period): PeriodInput {
  const inside = (record: { day: string }) => record.day >= period.firstDay && record.day <= period.lastDay;
  return {
    period,
    spans: year.spans.filter(inside),
    checkins: year.checkins.filter(inside),
    fingerprints: year.fingerprints.filter((fingerprint) => fingerprint.day <= period.lastDay),
  };
}

function totalsOf(input: PeriodInput): PeriodTotals {
  return periodTotals({
    period: input.period,
    rollups: rollupSpans(input.spans),
    checkins: input.checkins,
    fingerprints: input.fingerprints,
    working: DEFAULT_SETTINGS,
    describe,
  });
}

/** 1,000 cadres' summaries of four weeks: each a week of the synthetic year, with noise, a level and a province. */
function thousandSummaries(year: SyntheticYear, lastWeek: Period): Summary[] {
  const random = seededRandom(1000);
  const weeks = Array.from({ length: 40 }, (_, index) =>
    totalsOf(inputOf(year, shiftPeriod(lastWeek, -index))),
  );
  const periods = [0, 1, 2, 3].map((back) => shiftPeriod(lastWeek, -back));
  // A county's cadres: most in three provinces, some not saying.
  const provinces = [PROVINCES[10], PROVINCES[22], PROVINCES[15], null] as const;
  return Array.from({ length: 1000 }, (_, index) => {
    const totals = weeks[Math.floor(random() * weeks.length)]!;
    return buildSummary(
      { ...totals, period: periods[index % periods.length]! },
      {
        roundingHours: 0.5,
        epsilon: 1,
        level: random() < 0.85 ? LEVELS[Math.floor(random() * 3)]! : null,
        province: provinces[Math.floor(random() * provinces.length)] ?? null,
        random,
      },
    );
  });
}

/**
 * The share page's work for the last complete week, in Node: the week's spans aggregated (with every fingerprint up
 * to its last day, which grows with history), the summary built and written as text, JSON and CSV.
 */
export function weekSummaryFromSpans(year: SyntheticYear): Statistics {
  const week = inputOf(year, lastCompleteWeek(year.lastDay));
  const random = seededRandom(7);
  return sampleSync({ runs: 15, warmupRuns: 3 }, () => summaryFiles(totalsOf(week), random));
}

/** A township cadre's summary of `totals` (ε = 1, 0.5 h) as the share page writes it: text, JSON and CSV. */
function summaryFiles(totals: PeriodTotals, random: () => number): unknown[] {
  const summary = buildSummary(totals, {
    roundingHours: 0.5,
    epsilon: 1,
    level: '乡镇/街道',
    province: '浙江省',
    random,
  });
  return [summaryToText(summary, 'zh_CN'), summaryToJson(summary), summaryToCsvRow(summary)];
}

export interface CoreFigures {
  rows: BenchRow[];
  /** the week and month the rows used, and their sizes, for the report */
  inputs: Record<string, { firstDay: string; lastDay: string; spans: number; checkins: number }>;
}

export function runCoreBench(year: SyntheticYear, now: number): CoreFigures {
  const rows: BenchRow[] = [];
  const today = year.lastDay;

  // One signal: the tracker's step for a tab switch to a platform, then the next for the switch away.
  const matcher = createMatcher([]);
  const config: TrackerConfig = { matchUrl: matcher, maxBeatGapMs: 90_000 };
  const [toPlatform, away] = switchObservations(
    'https://www.xuexi.cn/lgpage/detail/index.html?id=1234&item_id=5678',
  );
  let open: ReturnType<typeof observe>['open'] = null;
  let clock = now;
  const signal = sampleSync({ runs: 9, warmupRuns: 2, iterations: 20_000 }, (index) => {
    clock += 1000;
    const step = observe(open, index % 2 === 0 ? toPlatform : away, clock, config);
    open = step.open;
    return step;
  });
  rows.push({
    id: 'signal.core',
    label: 'signal: tracker step (core, Node)',
    unit: 'ms',
    stats: signal,
    target: { below: 1, text: '< 1 ms' },
    detail: 'observe() + createMatcher(), switch to 学习强国 and away; mean of 20,000 signals per run',
  });

  const week = inputOf(year, lastCompleteWeek(today));
  const month = inputOf(year, previousPeriod(periodOf('month', today)));
  const aggregate = (input: PeriodInput) => sampleSync({ runs: 15, warmupRuns: 3 }, () => totalsOf(input));
  rows.push({
    id: 'aggregate.week',
    label: 'aggregation: week (rollupSpans + periodTotals)',
    unit: 'ms',
    stats: aggregate(week),
    target: null,
    detail: `${week.period.firstDay}..${week.period.lastDay}: ${week.spans.length} spans, ${week.checkins.length} check-ins`,
  });
  rows.push({
    id: 'aggregate.month',
    label: 'aggregation: month',
    unit: 'ms',
    stats: aggregate(month),
    target: null,
    detail: `${month.period.firstDay}..${month.period.lastDay}: ${month.spans.length} spans, ${month.checkins.length} check-ins`,
  });
  // A year has no Period of its own: roll up all its spans once, then total each of its twelve last months.
  const months = Array.from({ length: 12 }, (_, back) =>
    periodOf('month', format(subMonths(new Date(`${today}T12:00:00`), back), 'yyyy-MM-dd')),
  );
  const yearStats = sampleSync({ runs: 7, warmupRuns: 1 }, () => {
    const rollups = rollupSpans(year.spans);
    return months.map((period) =>
      periodTotals({ ...year, period, rollups, working: DEFAULT_SETTINGS, describe }),
    );
  });
  rows.push({
    id: 'aggregate.year',
    label: 'aggregation: year (all spans + 12 months)',
    unit: 'ms',
    stats: yearStats,
    target: null,
    detail: `${year.spans.length} spans, ${year.checkins.length} check-ins, ${year.fingerprints.length} fingerprints`,
  });

  const weekTotals = totalsOf(week);
  const random = seededRandom(7);
  const summaryStats = sampleSync({ runs: 15, warmupRuns: 3 }, () => summaryFiles(weekTotals, random));
  rows.push({
    id: 'summary',
    label: 'summary: build + text, JSON, CSV (week)',
    unit: 'ms',
    stats: summaryStats,
    target: { below: 20, text: '< 20 ms' },
    detail: 'buildSummary (ε = 1, 0.5 h) + summaryToText zh_CN + summaryToJson + summaryToCsvRow',
  });
  rows.push({
    id: 'summary.fromSpans',
    label: "summary from the week's raw spans",
    unit: 'ms',
    stats: weekSummaryFromSpans(year),
    target: { below: 20, text: '< 20 ms' },
    detail: 'the share page: aggregation of the week + the row above',
  });

  const summaries = thousandSummaries(year, lastCompleteWeek(today));
  const files = summaries.map(summaryToJson);
  rows.push({
    id: 'merge',
    label: 'merge of 1,000 summaries',
    unit: 'ms',
    stats: sampleSync({ runs: 9, warmupRuns: 2 }, () => mergeSummaries(summaries, { minContributors: 5 })),
    target: { below: 500, text: '< 500 ms' },
    detail: 'mergeSummaries, k = 5: 4 weeks x 250 people, by level and province',
  });
  rows.push({
    id: 'merge.fromFiles',
    label: 'merge of 1,000 summary files (parse + merge)',
    unit: 'ms',
    stats: sampleSync({ runs: 9, warmupRuns: 2 }, () => {
      const parsed = files.map((text) => parseSummary(text));
      const valid = parsed.flatMap((result) => (result.ok ? [result.summary] : []));
      if (valid.length !== files.length) throw new Error('a generated summary did not parse');
      return mergeSummaries(valid, { minContributors: 5 });
    }),
    target: { below: 500, text: '< 500 ms' },
    detail: 'parseSummary of 1,000 JSON files, then mergeSummaries',
  });

  const describeInput = (input: PeriodInput) => ({
    firstDay: input.period.firstDay,
    lastDay: input.period.lastDay,
    spans: input.spans.length,
    checkins: input.checkins.length,
  });
  return { rows, inputs: { week: describeInput(week), month: describeInput(month) } };
}
