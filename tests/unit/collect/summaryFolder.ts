/**
 * A folder of summary files as an office collects them, from the project's own generator (seeded): JSON and CSV
 * files of both versions, CSV files of many rows (some joined with `cat`, headers and BOMs repeated), the same
 * summary under other names, repeated rows, broken and junk files, a period below k and groups small enough for the
 * k rules to hide. Shared by the equivalence test and the bench.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Period } from '../../../utils/stats/periodTotals';
import { buildSummary } from '../../../utils/summary/buildSummary';
import { CSV_LINE_END, csvLine } from '../../../utils/summary/csv';
import { LEVELS } from '../../../utils/summary/levels';
import { periodDays } from '../../../utils/summary/periodKey';
import { PROVINCES } from '../../../utils/summary/provinces';
import { seededRandom } from '../../../utils/summary/seededRandom';
import type { AnySummary, Summary, SummaryV1 } from '../../../utils/summary/summary';
import {
  SUMMARY_CSV_COLUMNS,
  SUMMARY_CSV_COLUMNS_V1,
  valueAtPath,
} from '../../../utils/summary/summaryCsvColumns';
import { CSV_BOM } from '../../../utils/summary/summaryToCsvRow';
import { localDay, optionsArb, periodTotalsArb } from '../summary/arbitraries';

export interface SummaryFolderFile {
  name: string;
  text: string;
}

const WEEKS = [47, 48];
function weekPeriod(week: number): Period {
  const { first, last } = periodDays({ kind: 'week', year: 2026, week });
  return { kind: 'week', isoYear: 2026, isoWeek: week, firstDay: localDay(first), lastDay: localDay(last) };
}
function monthPeriod(month: number): Period {
  const { first, last } = periodDays({ kind: 'month', year: 2026, month });
  return { kind: 'month', year: 2026, month, firstDay: localDay(first), lastDay: localDay(last) };
}

/** Most people in three provinces and two levels, a few in rare ones: groups above and below k side by side. */
function pick<T>(
  random: () => number,
  common: readonly T[],
  rare: readonly T[],
  rareShare: number,
): T | null {
  const roll = random();
  if (roll < 0.08) return null;
  if (roll < 0.08 + rareShare) return rare[Math.floor(random() * rare.length)]!;
  return common[Math.floor(random() * common.length)]!;
}

/** `count` summaries spread over two weeks and one month, with the generator's own figures. */
export function generateSummaries(count: number, seed: number): Summary[] {
  const random = seededRandom(seed);
  const totals = fc.sample(periodTotalsArb, { numRuns: count, seed });
  const options = fc.sample(optionsArb, { numRuns: count, seed: seed + 1 });
  return totals.map((total, index) => {
    const period = total.period.kind === 'week' ? weekPeriod(WEEKS[index % WEEKS.length]!) : monthPeriod(11);
    const { seed: summarySeed, ...option } = options[index]!;
    const summary = buildSummary({ ...total, period }, { ...option, random: seededRandom(summarySeed) });
    summary.profile = {
      level: pick(random, LEVELS.slice(0, 2), LEVELS.slice(2), 0.01),
      province: pick(random, PROVINCES.slice(0, 3), PROVINCES.slice(3), 0.03),
    };
    // A platform the catalogue lacks keeps its id; a retired one (a never-record channel) is never named.
    for (const platform of summary.hours.nationalPlatforms) {
      if (platform.id === 'cela' && index % 3 === 0) platform.id = 'zzz-unknown';
      if (platform.id === '12371' && index % 5 === 0) platform.id = 'ducha';
    }
    summary.hours.nationalPlatforms.sort((a, b) => (a.id < b.id ? -1 : 1));
    return summary;
  });
}

/** The same figures as an earlier version wrote them (otherNational folded into provincialLocal). */
export function asVersion1(summary: Summary): SummaryV1 {
  const { hours } = summary;
  return {
    format: 'fingertip-summary/1',
    period: summary.period,
    daysWithRecords: summary.daysWithRecords,
    platformsUsed: summary.platformsUsed,
    hours: {
      total: hours.total,
      outsideWorkingHours: hours.outsideWorkingHours,
      weekends: hours.weekends,
      mediaPlayback: hours.mediaPlayback,
      byCategory: hours.byCategory,
      nationalPlatforms: hours.nationalPlatforms,
      provincialLocal: Math.round((hours.provincialLocal + hours.otherNational) * 1e6) / 1e6,
    },
    checkins: summary.checkins,
    duplicateEntries: summary.duplicateEntries,
    profile: summary.profile,
    anonymization: summary.anonymization,
  };
}

const columnsOf = (summary: AnySummary) =>
  summary.format === 'fingertip-summary/1' ? SUMMARY_CSV_COLUMNS_V1 : SUMMARY_CSV_COLUMNS;
export const headerOf = (summary: AnySummary) => csvLine(columnsOf(summary).map((column) => column.name));
export function rowOf(summary: AnySummary): string {
  return csvLine(
    columnsOf(summary).map((column) => {
      const value = valueAtPath(summary, column.name);
      if (value === null || value === undefined) return '';
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    }),
  );
}
export const csvFile = (header: string, rows: string[]) =>
  `${CSV_BOM}${[header, ...rows].map((line) => line + CSV_LINE_END).join('')}`;
const jsonFile = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every kind of file a collector meets; `count` good summaries before duplicates and bad files. */
export function summaryFolderFiles(
  count: number,
  seed: number,
  options: { bad?: boolean; summaries?: Summary[] } = {},
): SummaryFolderFile[] {
  const bad = options.bad ?? true;
  const summaries: AnySummary[] = (options.summaries ?? generateSummaries(count, seed)).map(
    (summary, index) => (index % 10 === 9 ? asVersion1(summary) : summary),
  );
  const files: SummaryFolderFile[] = [];
  const batch: AnySummary[] = [];
  summaries.forEach((summary, index) => {
    const name = `s${String(index).padStart(6, '0')}`;
    if (index % 10 < 4) files.push({ name: `${name}.json`, text: jsonFile(summary) });
    else if (index % 10 < 7)
      files.push({ name: `${name}.csv`, text: csvFile(headerOf(summary), [rowOf(summary)]) });
    else batch.push(summary);
    // the same summary again under another name: one person
    if (index % 20 === 3) files.push({ name: `copy-${name}.json`, text: jsonFile(summary) });
    if (index % 20 === 5)
      files.push({ name: `copy-${name}.csv`, text: csvFile(headerOf(summary), [rowOf(summary)]) });
  });
  // batches of rows under one header per version; every other batch joined with cat (header and BOM repeated)
  for (const version of ['fingertip-summary/2', 'fingertip-summary/1']) {
    const rows = batch.filter((summary) => summary.format === version);
    for (let start = 0, part = 0; start < rows.length; start += 200, part++) {
      const chunk = rows.slice(start, start + 200);
      const header = headerOf(chunk[0]!);
      const lines = chunk.map(rowOf);
      if (part % 3 === 1) lines.splice(5, 0, lines[2]!); // a repeated row
      const text =
        part % 2 === 0
          ? csvFile(header, lines)
          : csvFile(header, lines.slice(0, 50)) + csvFile(header, lines.slice(50));
      files.push({ name: `batch-${version.at(-1)}-${part}.csv`, text });
    }
  }
  // a period with fewer than k people, and one where the residual rule hides a shown level
  // weekly summaries only, so that moving them to another week keeps every law
  const extra = generateSummaries(120, seed + 7).filter((summary) => summary.period.includes('W'));
  if (extra.length < 29) throw new Error('the generator gave too few weekly summaries');
  // a period of 4 version 2 and 3 version 1 summaries: the fields only version 2 has fall under k
  extra.slice(22).forEach((summary, index) => {
    const moved = { ...summary, period: '2026-W42' };
    files.push({ name: `mixed-${index}.json`, text: jsonFile(index < 4 ? moved : asVersion1(moved)) });
  });
  extra.slice(0, 3).forEach((summary, index) => {
    files.push({ name: `tiny-${index}.json`, text: jsonFile({ ...summary, period: '2026-W40' }) });
  });
  extra.slice(3, 22).forEach((summary, index) => {
    const level = index < 10 ? LEVELS[0] : index < 17 ? LEVELS[1] : LEVELS[2];
    const moved = { ...summary, period: '2026-W41', profile: { level, province: null } };
    files.push({ name: `residual-${index}.json`, text: jsonFile(moved) });
  });
  if (bad)
    files.push(
      ...badFiles(
        summaries.filter((summary): summary is Summary => summary.format !== 'fingertip-summary/1'),
      ),
    );
  return files;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Files the merge page refuses, and why: each breaks one rule. */
function badFiles(good: Summary[]): SummaryFolderFile[] {
  const base =
    good.find((summary) => summary.hours.total >= 2 && summary.anonymization.epsilon === null) ?? good[0]!;
  const broken = (change: (summary: Summary) => void) => {
    const copy = clone(base) as Summary;
    change(copy);
    return copy;
  };
  const v1 = clone(asVersion1(base));
  const files: SummaryFolderFile[] = [
    { name: 'bad-parts.json', text: jsonFile(broken((s) => (s.hours.total += 1))) },
    { name: 'bad-format.json', text: jsonFile({ ...base, format: 'fingertip-summary/3' }) },
    { name: 'bad-extra-field.json', text: jsonFile({ ...base, name: '张三' }) },
    { name: 'bad-missing-field.json', text: jsonFile({ ...base, inventory: undefined }) },
    { name: 'bad-days.json', text: jsonFile({ ...base, daysWithRecords: 30, period: '2026-W47' }) },
    {
      name: 'bad-hours.json',
      text: jsonFile(
        broken((s) => {
          s.period = '2026-W47';
          s.hours.weekends += 200;
          s.hours.total += 200;
          s.hours.byCategory.otherGov += 200;
          s.hours.provincialLocal += 200;
        }),
      ),
    },
    {
      name: 'bad-counts.json',
      text: jsonFile(
        broken((s) => {
          s.period = '2026-W47';
          s.checkins.signIn = 2101;
        }),
      ),
    },
    {
      name: 'bad-duplicate-platform.json',
      text: jsonFile(
        broken((s) => {
          s.hours.nationalPlatforms = [
            { id: 'xuexi', name: '学习强国', hours: 0 },
            { id: 'xuexi', name: '学习强国', hours: 0 },
          ];
        }),
      ),
    },
    {
      name: 'bad-province.json',
      text: jsonFile({ ...base, profile: { level: null, province: '张三丰的村' } }),
    },
    {
      name: 'bad-name.json',
      text: jsonFile(
        broken((s) => {
          s.hours.nationalPlatforms = [{ id: 'xuexi', name: '=HYPERLINK()', hours: 0 }];
        }),
      ),
    },
    { name: 'bad-truncated.json', text: jsonFile(base).slice(0, 300) },
    { name: 'bad-array.json', text: '[1, 2, 3]' },
    { name: 'junk.json', text: '{ this is not json' },
    { name: 'junk.csv', text: 'name,phone\r\n张三,13812345678\r\n' },
    { name: 'empty.csv', text: '' },
    {
      name: 'bad-header.csv',
      text: csvFile(headerOf(base).replace('hours.total', 'hours.sum'), [rowOf(base)]),
    },
    { name: 'bad-no-rows.csv', text: csvFile(headerOf(base), []) },
    // CSV that parseCsv refuses whole: a quote left open, text after a closing quote (in a file of 3 rows)
    {
      name: 'bad-open-quote.csv',
      text: csvFile(headerOf(base), [rowOf(base), `${rowOf(base)},"open`, rowOf(base)]),
    },
    {
      name: 'bad-after-quote.csv',
      text: csvFile(headerOf(base), [rowOf(base), `"a"b,${rowOf(base)}`, rowOf(base)]),
    },
    {
      name: 'bad-text-number.csv',
      text: csvFile(headerOf(base), [rowOf(base).replace(/^([^,]*,[^,]*,)\d+/, '$1six')]),
    },
    {
      name: 'bad-v1-parts.json',
      text: jsonFile({ ...v1, hours: { ...v1.hours, total: v1.hours.total + 50 } }),
    },
    // v1 with noise: its sums are not checked, so it is accepted
    {
      name: 'v1-noisy.json',
      text: jsonFile({
        ...v1,
        hours: { ...v1.hours, total: v1.hours.total + 3 },
        anonymization: { roundingHours: 0.5, epsilon: 1 },
      }),
    },
  ];
  // a CSV of many rows with two bad rows among good ones: only those rows are refused, by row number
  const rows = good.slice(0, 6).map(rowOf);
  rows.splice(2, 0, rowOf(broken((s) => (s.hours.total += 1))));
  rows.push(`${rowOf(base)},extra`);
  files.push({ name: 'bad-rows.csv', text: csvFile(headerOf(base), rows) });
  return files;
}

export function writeSummaryFolder(folder: string, files: readonly SummaryFolderFile[]): void {
  mkdirSync(folder, { recursive: true });
  for (const file of files) writeFileSync(join(folder, file.name), file.text);
}
