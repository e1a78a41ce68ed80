import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../../utils/settings';
import { parseCsv } from '../../../utils/summary/csv';
import { MERGED_REPORT_CSV_COLUMNS, mergedReportToCsv } from '../../../utils/summary/mergedReportToCsv';
import { mergedReportToJson } from '../../../utils/summary/mergedReportToJson';
import { type MergedReport, mergeSummaries } from '../../../utils/summary/mergeSummaries';
import type { Province } from '../../../utils/summary/provinces';
import { SUMMARY_FORMAT, type Summary } from '../../../utils/summary/summary';
import { summaryArb } from './arbitraries';
import { ZERO_CATEGORIES, ZERO_CHECKINS, ZERO_V2_EXTRAS } from './zeroCounts';

/** Each fixture summary is a different person's: identical ones would be merged as one (see the dedup test). */
let person = 0;

function summary(
  total: number,
  profile: { level?: Level; province?: Province } = {},
  changes: Partial<Summary> = {},
): Summary {
  return {
    format: SUMMARY_FORMAT,
    period: '2026-W47',
    daysWithRecords: 5,
    platformsUsed: 2,
    hours: {
      total,
      workingHours: Math.max(0, total - 1),
      outsideWorkingHours: 1,
      weekends: 0,
      mediaPlayback: 0,
      byCategory: { ...ZERO_CATEGORIES, learning: total },
      nationalPlatforms: total >= 3 ? [{ id: 'xuexi', name: '学习强国', hours: total }] : [],
      otherNational: 0,
      provincialLocal: 0,
    },
    ...ZERO_V2_EXTRAS,
    checkins: { ...ZERO_CHECKINS, signIn: 2, other: person++ },
    duplicateEntries: 0,
    profile: { level: profile.level ?? null, province: profile.province ?? null },
    anonymization: { roundingHours: 0.5, epsilon: null },
    ...changes,
  };
}

function stats(report: MergedReport, field: string, period = 0) {
  return report.periods[period]!.fields.find((entry) => entry.field === field);
}

describe('mergeSummaries', () => {
  it('reports n, total, median and quartiles per field, and no minimum or maximum', () => {
    const report = mergeSummaries(
      [1, 2, 3, 4, 5].map((total) => summary(total)),
      { minContributors: 5 },
    );
    expect(report.contributors).toBe(5);
    expect(stats(report, 'hours.total')).toEqual({
      field: 'hours.total',
      label: '政务平台用时合计（小时）',
      n: 5,
      total: 15,
      median: 3,
      q1: 2,
      q3: 4,
    });
    expect(mergedReportToJson(report)).not.toMatch(/"(min|max)"/);
  });

  it('interpolates quartiles between values (as numpy and Excel QUARTILE.INC do)', () => {
    const report = mergeSummaries(
      [1, 2, 3, 4, 5, 6].map((total) => summary(total)),
      { minContributors: 5 },
    );
    expect(stats(report, 'hours.total')).toMatchObject({ median: 3.5, q1: 2.25, q3: 4.75 });
  });

  it('counts a national platform a summary does not list as 0 hours, so every field has n = contributors', () => {
    const report = mergeSummaries(
      [1, 2, 3, 4, 5].map((total) => summary(total)),
      { minContributors: 5 },
    );
    expect(stats(report, 'hours.nationalPlatforms.xuexi')).toMatchObject({
      label: '学习强国（小时）',
      n: 5,
      total: 12,
      median: 3,
    });
    expect(report.periods[0]!.fields.every((field) => field.n === 5)).toBe(true);
  });

  it('reports each period separately and never mixes weeks', () => {
    const week46 = [1, 1, 1, 1, 1].map((total) => summary(total, {}, { period: '2026-W46' }));
    const week47 = [9, 9, 9, 9, 9].map((total) => summary(total));
    const report = mergeSummaries([...week47, ...week46], { minContributors: 5 });
    expect(report.periods.map((period) => period.period)).toEqual(['2026-W46', '2026-W47']);
    expect(stats(report, 'hours.total', 0)?.total).toBe(5);
    expect(stats(report, 'hours.total', 1)?.total).toBe(45);
  });

  it('hides the statistics of a period with fewer than k contributors', () => {
    const report = mergeSummaries([summary(1), summary(2)], { minContributors: 5 });
    expect(report.periods[0]).toMatchObject({ contributors: 2, statisticsHidden: true, fields: [] });
  });

  it('shows a province or level only when it has at least k contributors, and counts what it hid', () => {
    const zhejiang = Array.from({ length: 6 }, () => summary(4, { province: '浙江省', level: '乡镇/街道' }));
    const jiangsu = Array.from({ length: 5 }, () => summary(6, { province: '江苏省', level: '乡镇/街道' }));
    const sichuan = Array.from({ length: 5 }, () => summary(8, { province: '四川省' }));
    const tibet = [summary(2, { province: '西藏自治区', level: '村/社区' })];
    const report = mergeSummaries([...zhejiang, ...jiangsu, ...sichuan, ...tibet], { minContributors: 5 });
    const [level, province] = report.periods[0]!.breakdowns;
    expect(level).toMatchObject({ dimension: 'level', hiddenGroups: 1, notStated: 5 });
    expect(level!.groups.map((group) => [group.group, group.contributors])).toEqual([['乡镇/街道', 11]]);
    // 西藏 alone is hidden, and so is the smallest shown province: otherwise the total minus the
    // shown provinces would give the one Tibetan contributor's numbers.
    expect(province).toMatchObject({ dimension: 'province', hiddenGroups: 2, notStated: 0 });
    // Groups come in the fixed list's order; of two equally small ones the later (四川) is hidden.
    expect(province!.groups.map((group) => [group.group, group.contributors])).toEqual([
      ['江苏省', 5],
      ['浙江省', 6],
    ]);
    expect(mergedReportToJson(report)).not.toContain('西藏');
    expect(mergedReportToCsv(report)).not.toContain('西藏');
  });

  it('hides a shown group when fewer than k people left the field blank, so subtraction reveals no one', () => {
    const towns = Array.from({ length: 5 }, () => summary(4, { level: '乡镇/街道' }));
    const villages = Array.from({ length: 5 }, () => summary(6, { level: '村/社区' }));
    const unstated = [summary(9)];
    const report = mergeSummaries([...towns, ...villages, ...unstated], { minContributors: 5 });
    const level = report.periods[0]!.breakdowns.find((breakdown) => breakdown.dimension === 'level')!;
    expect(level.notStated).toBe(1);
    expect(level.groups).toHaveLength(1);
    expect(report.periods[0]!.contributors - level.groups[0]!.contributors).toBeGreaterThanOrEqual(5);
  });

  it('gives per-group statistics from that group only', () => {
    const zhejiang = Array.from({ length: 5 }, () => summary(4, { province: '浙江省' }));
    const jiangsu = Array.from({ length: 5 }, () => summary(6, { province: '江苏省' }));
    const report = mergeSummaries([...zhejiang, ...jiangsu], { minContributors: 5 });
    const [, province] = report.periods[0]!.breakdowns;
    const medians = province!.groups.map(
      (group) => group.fields.find((field) => field.field === 'hours.total')?.median,
    );
    expect(medians).toEqual([6, 4]); // 江苏省 comes before 浙江省 in the fixed list
  });

  it('never lets k go below 3, whatever is asked: a stored 1 or 2 falls back to the default 5', () => {
    for (const asked of [0, 1, 2, 2.5, Number.NaN]) {
      const report = mergeSummaries([summary(1), summary(2), summary(3)], { minContributors: asked });
      expect(report.minContributors).toBe(5);
      expect(report.periods[0]!.statisticsHidden).toBe(true);
    }
    expect(mergeSummaries([], { minContributors: 3 })).toMatchObject({
      minContributors: 3,
      contributors: 0,
      periods: [],
    });
  });

  it('counts the same summary once, however many files or rows carry it', () => {
    const one = summary(7);
    const renamed = JSON.parse(JSON.stringify(one));
    const report = mergeSummaries([one, renamed, one, one, one], { minContributors: 5 });
    expect(report).toMatchObject({ contributors: 1, duplicatesSkipped: 4 });
    expect(report.periods[0]!.statisticsHidden).toBe(true);
  });

  it('withholds quartiles for a group under 5, so two or three people cannot read each other’s extremes', () => {
    const report = mergeSummaries(
      [10, 20, 30].map((total) => summary(total)),
      { minContributors: 3 },
    );
    expect(stats(report, 'hours.total')).toMatchObject({ n: 3, total: 60, median: 20, q1: null, q3: null });
    const csvRow = parseCsv(mergedReportToCsv(report))!.find((record) => record[4] === 'hours.total')!;
    expect(csvRow.slice(-3)).toEqual(['20', '', '']);
  });

  it('names national platforms from the catalogue, never from a file; drops retired ids; keeps unknown ids as ids', () => {
    const files = [1, 2, 3, 4, 5].map((total) => summary(total, {}, {}));
    for (const file of files) {
      file.hours.nationalPlatforms = [
        { id: 'xuexi', name: '某人改的名字', hours: 1 },
        { id: 'ccdi', name: '中央纪委国家监委网站', hours: 1 },
        { id: 'newplatform', name: '新平台', hours: 1 },
      ];
    }
    const report = mergeSummaries(files, { minContributors: 5 });
    expect(stats(report, 'hours.nationalPlatforms.xuexi')?.label).toBe('学习强国（小时）');
    expect(stats(report, 'hours.nationalPlatforms.ccdi')).toBeUndefined();
    expect(stats(report, 'hours.nationalPlatforms.newplatform')?.label).toBe('newplatform（小时）');
    expect(mergedReportToJson(report)).not.toContain('某人改的名字');
  });

  it('merges version 1 and 2 summaries, each field over the summaries that have it, and only with k of them', () => {
    const v2 = [1, 2, 3, 4, 5].map((total) => summary(total));
    const v1 = [6, 7].map((total) => {
      const { workingHours: _w, otherNational: _o, ...hours } = summary(total).hours;
      const {
        outsideBrowser: _b,
        unconfirmedLeftOut: _u,
        burdenEvents: _e,
        inventory: _i,
        ...rest
      } = summary(total);
      return { ...rest, format: 'fingertip-summary/1' as const, hours };
    });
    const report = mergeSummaries([...v2, ...v1], { minContributors: 5 });
    expect(stats(report, 'hours.total')?.n).toBe(7);
    expect(stats(report, 'hours.workingHours')?.n).toBe(5);
    const fewV2 = mergeSummaries([...v2.slice(0, 2), ...v1, summary(8)], { minContributors: 5 });
    expect(stats(fewV2, 'hours.total')?.n).toBe(5);
    expect(stats(fewV2, 'hours.workingHours')).toBeUndefined();
  });

  it('gives the same report whatever the order of the files (property)', () => {
    const filesAndOrder = fc
      .array(summaryArb, { maxLength: 25 })
      .chain((summaries) =>
        fc.tuple(fc.constant(summaries), fc.shuffledSubarray(summaries, { minLength: summaries.length })),
      );
    fc.assert(
      fc.property(filesAndOrder, fc.integer({ min: 1, max: 6 }), ([summaries, shuffled], minContributors) => {
        const report = mergeSummaries(summaries, { minContributors });
        const reordered = mergeSummaries(shuffled, { minContributors });
        expect(mergedReportToJson(reordered)).toBe(mergedReportToJson(report));
        expect(mergedReportToCsv(reordered)).toBe(mergedReportToCsv(report));
      }),
      { numRuns: 100 },
    );
  });

  it('never publishes a group, or a remainder of groups, of fewer than k people (property)', () => {
    fc.assert(
      fc.property(
        fc.array(summaryArb, { maxLength: 40 }),
        fc.integer({ min: 2, max: 6 }),
        (summaries, asked) => {
          const report = mergeSummaries(summaries, { minContributors: asked });
          const k = report.minContributors;
          expect(k).toBeGreaterThanOrEqual(3);
          for (const period of report.periods) {
            expect(period.statisticsHidden).toBe(period.contributors < k);
            for (const breakdown of period.breakdowns) {
              const shown = breakdown.groups.reduce((sum, group) => sum + group.contributors, 0);
              for (const group of breakdown.groups) expect(group.contributors).toBeGreaterThanOrEqual(k);
              // Whoever is not in a shown group (hidden groups, blank fields) is a remainder of none or of k+.
              const remainder = period.contributors - shown;
              if (shown > 0 && remainder > 0) expect(remainder).toBeGreaterThanOrEqual(k);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('mergedReportToCsv and mergedReportToJson', () => {
  const report = mergeSummaries(
    Array.from({ length: 5 }, (_, index) => summary(index + 1, { province: '浙江省' })),
    { minContributors: 5 },
  );

  it('writes one long table: a row per period, group and field, under the documented header', () => {
    const records = parseCsv(mergedReportToCsv(report))!;
    expect(records[0]).toEqual([...MERGED_REPORT_CSV_COLUMNS]);
    const fieldCount = report.periods[0]!.fields.length;
    expect(records).toHaveLength(1 + 2 * fieldCount);
    expect(records[1]!.slice(0, 6)).toEqual([
      '2026-W47',
      'all',
      '',
      '5',
      'daysWithRecords',
      '有记录的天数（天）',
    ]);
    const zhejiangTotal = records.find((record) => record[2] === '浙江省' && record[4] === 'hours.total');
    expect(zhejiangTotal).toEqual([
      '2026-W47',
      'province',
      '浙江省',
      '5',
      'hours.total',
      '政务平台用时合计（小时）',
      '5',
      '15',
      '3',
      '2',
      '4',
    ]);
  });

  it('ends every CSV line with CRLF', () => {
    const csv = mergedReportToCsv(report);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('writes JSON that reads back as the same report', () => {
    expect(JSON.parse(mergedReportToJson(report))).toEqual(report);
    expect(JSON.parse(mergedReportToJson(report)).format).toBe('fingertip-merged-report/2');
  });
});
