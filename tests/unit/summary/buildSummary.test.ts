import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noOffBrowserTotals, type PeriodTotals } from '../../../utils/stats/periodTotals';
import { buildSummary, type SummaryOptions } from '../../../utils/summary/buildSummary';
import { seededRandom } from '../../../utils/summary/seededRandom';
import { CATEGORY_KEYS, CHECKIN_KEYS, type Summary } from '../../../utils/summary/summary';
import { summaryToCsvFile } from '../../../utils/summary/summaryToCsvRow';
import { summaryToJson } from '../../../utils/summary/summaryToJson';
import { summaryToText } from '../../../utils/summary/summaryToText';
import { NATIONAL_PLATFORMS, optionsArb, PLANTED_SECRETS, periodTotalsArb } from './arbitraries';
import { ZERO_CHECKINS } from './zeroCounts';

const WEEK_47: PeriodTotals = {
  period: { kind: 'week', isoYear: 2026, isoWeek: 47, firstDay: '2026-11-16', lastDay: '2026-11-22' },
  daysWithRecords: 5,
  totalMinutes: 750,
  byPlatform: [
    {
      platformId: 'xuexi',
      name: '学习强国',
      scope: 'national',
      category: '学习教育',
      activeMinutes: 150,
      mediaMinutes: 60,
    },
    {
      platformId: 'zjzwfw',
      name: '浙江政务服务网',
      scope: 'provincial',
      category: '政务服务',
      activeMinutes: 270,
      mediaMinutes: 0,
    },
    {
      platformId: 'host:oa.xihu.gov.cn',
      name: 'oa.xihu.gov.cn',
      scope: 'local',
      category: '其他政务',
      activeMinutes: 260,
      mediaMinutes: 10,
    },
  ],
  byCategory: { 学习教育: 210, 政务服务: 270, 其他政务: 270 },
  afterHoursMinutes: 130,
  weekendMinutes: 50,
  checkinsByType: { 签到打卡: 5, 学习积分: 12, 截图上报: 3 },
  duplicateEntries: 2,
  ...noOffBrowserTotals(),
};

const EXACT: SummaryOptions = {
  roundingHours: 0.5,
  epsilon: null,
  level: null,
  province: null,
  random: seededRandom(1),
};

function everyForm(summary: Summary): string[] {
  return [
    summaryToJson(summary),
    summaryToCsvFile(summary),
    summaryToText(summary, 'zh_CN'),
    summaryToText(summary, 'en'),
  ];
}

describe('buildSummary', () => {
  it('states the ISO week, the days and the hours rounded to half an hour', () => {
    const summary = buildSummary(WEEK_47, EXACT);
    expect(summary.format).toBe('fingertip-summary/1');
    expect(summary.period).toBe('2026-W47');
    expect(summary.daysWithRecords).toBe(5);
    expect(summary.hours.total).toBe(12.5);
    expect(summary.hours.outsideWorkingHours).toBe(2);
    expect(summary.hours.weekends).toBe(1);
    expect(summary.hours.mediaPlayback).toBe(1);
    expect(summary.hours.byCategory).toMatchObject({
      learning: 3.5,
      govServices: 4.5,
      otherGov: 4.5,
      training: 0,
    });
  });

  it('names a month as yyyy-MM', () => {
    const month: PeriodTotals = {
      ...WEEK_47,
      period: { kind: 'month', year: 2026, month: 3, firstDay: '2026-03-01', lastDay: '2026-03-31' },
    };
    expect(buildSummary(month, EXACT).period).toBe('2026-03');
  });

  it('names national platforms and folds provincial, local and catch-all ones into 省/市级平台', () => {
    const summary = buildSummary(WEEK_47, EXACT);
    expect(summary.hours.nationalPlatforms).toEqual([{ id: 'xuexi', name: '学习强国', hours: 3.5 }]);
    expect(summary.hours.provincialLocal).toBe(9);
    for (const text of everyForm(summary)) {
      expect(text).not.toContain('浙江政务服务网');
      expect(text).not.toContain('zjzwfw');
      expect(text).not.toContain('xihu');
    }
  });

  it('never names a "national" entry whose id or name looks like a host or a URL', () => {
    const odd: PeriodTotals = {
      ...WEEK_47,
      byPlatform: [
        { ...WEEK_47.byPlatform[0]!, platformId: 'host:www.zjzwfw.gov.cn', name: '某网站' },
        { ...WEEK_47.byPlatform[0]!, platformId: 'cela', name: 'https://www.zjzwfw.gov.cn/?token=abc' },
      ],
    };
    const summary = buildSummary(odd, EXACT);
    expect(summary.hours.nationalPlatforms).toEqual([]);
    expect(summary.hours.provincialLocal).toBe(7);
  });

  it('counts check-ins per type as exact integers, small counts included, and every type present', () => {
    const summary = buildSummary(WEEK_47, EXACT);
    expect(summary.checkins).toEqual({ ...ZERO_CHECKINS, signIn: 5, screenshot: 3, studyPoints: 12 });
    expect(summary.duplicateEntries).toBe(2);
    expect(summary.platformsUsed).toBe(3);
  });

  it('keeps a level and province from the fixed lists and drops anything typed freely', () => {
    const listed = buildSummary(WEEK_47, { ...EXACT, level: '乡镇/街道', province: '浙江省' });
    expect(listed.profile).toEqual({ level: '乡镇/街道', province: '浙江省' });
    const typed = buildSummary(WEEK_47, {
      ...EXACT,
      level: '西湖区转塘街道' as never,
      province: '浙江省杭州市西湖区',
    });
    expect(typed.profile).toEqual({ level: null, province: null });
  });

  it('records how it was anonymized', () => {
    expect(buildSummary(WEEK_47, EXACT).anonymization).toEqual({ roundingHours: 0.5, epsilon: null });
    const noisy = buildSummary(WEEK_47, { ...EXACT, epsilon: 1 });
    expect(noisy.anonymization).toEqual({ roundingHours: 0.5, epsilon: 1 });
  });

  it('gives the same noisy summary for the same seed, and a different one for another seed', () => {
    const first = buildSummary(WEEK_47, { ...EXACT, epsilon: 0.5, random: seededRandom(7) });
    const again = buildSummary(WEEK_47, { ...EXACT, epsilon: 0.5, random: seededRandom(7) });
    const other = buildSummary(WEEK_47, { ...EXACT, epsilon: 0.5, random: seededRandom(8) });
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('never reports more hours than the period has, nor fewer than zero, even with heavy noise', () => {
    const allWeek: PeriodTotals = { ...WEEK_47, totalMinutes: 168 * 60, daysWithRecords: 7 };
    for (let seed = 0; seed < 200; seed++) {
      const summary = buildSummary(allWeek, { ...EXACT, epsilon: 0.1, random: seededRandom(seed) });
      expect(summary.hours.total).toBeLessThanOrEqual(168);
      expect(summary.daysWithRecords).toBeLessThanOrEqual(7);
      expect(Object.values(summary.hours.byCategory).every((hours) => hours >= 0)).toBe(true);
      expect(Object.values(summary.checkins).every((count) => Number.isInteger(count) && count >= 0)).toBe(
        true,
      );
    }
  });

  it('refuses an epsilon or rounding step it cannot honour rather than silently adding no noise', () => {
    expect(() => buildSummary(WEEK_47, { ...EXACT, epsilon: 0 })).toThrow(RangeError);
    expect(() => buildSummary(WEEK_47, { ...EXACT, epsilon: Number.NaN })).toThrow(RangeError);
    expect(() => buildSummary(WEEK_47, { ...EXACT, roundingHours: 0 })).toThrow(RangeError);
  });

  it('never contains a planted secret, a local platform, or a time finer than the period (property)', () => {
    fc.assert(
      fc.property(periodTotalsArb, optionsArb, (totals, { seed, ...options }) => {
        const summary = buildSummary(totals, { ...options, random: seededRandom(seed) });
        const nationalNames = new Set<string>(NATIONAL_PLATFORMS.map((platform) => platform.name));
        for (const text of everyForm(summary)) {
          for (const secret of PLANTED_SECRETS) expect(text).not.toContain(secret);
          for (const platform of totals.byPlatform.filter((entry) => entry.scope !== 'national')) {
            expect(text).not.toContain(platform.platformId);
            expect(text).not.toContain(platform.name);
          }
          expect(text).not.toContain(totals.period.firstDay);
          expect(text).not.toMatch(/\d{1,2}:\d{2}/);
          expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
          expect(text).not.toMatch(/\d{10,}/);
        }
        for (const platform of summary.hours.nationalPlatforms)
          expect(nationalNames.has(platform.name)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with the totals it was built from, within half a rounding step, when there is no noise (property)', () => {
    fc.assert(
      fc.property(periodTotalsArb, fc.constantFrom(0.1, 0.25, 0.5, 1), (totals, roundingHours) => {
        const summary = buildSummary(totals, { ...EXACT, roundingHours });
        const close = (hours: number, minutes: number) =>
          expect(Math.abs(hours - minutes / 60)).toBeLessThanOrEqual(roundingHours / 2 + 1e-9);
        close(summary.hours.total, totals.totalMinutes);
        close(summary.hours.outsideWorkingHours, totals.afterHoursMinutes);
        close(summary.hours.weekends, totals.weekendMinutes);
        for (const [category, key] of Object.entries(CATEGORY_KEYS)) {
          close(
            summary.hours.byCategory[key],
            totals.byCategory[category as keyof typeof CATEGORY_KEYS] ?? 0,
          );
        }
        const minutesOf = (keep: (scope: string, id: string) => boolean) =>
          totals.byPlatform
            .filter((platform) => keep(platform.scope, platform.platformId))
            .reduce((sum, platform) => sum + platform.activeMinutes + platform.mediaMinutes, 0);
        for (const { platformId } of NATIONAL_PLATFORMS) {
          const listed = summary.hours.nationalPlatforms.find((platform) => platform.id === platformId);
          close(
            listed?.hours ?? 0,
            minutesOf((scope, id) => scope === 'national' && id === platformId),
          );
        }
        close(
          summary.hours.provincialLocal,
          minutesOf((scope) => scope !== 'national'),
        );
        for (const [type, key] of Object.entries(CHECKIN_KEYS)) {
          expect(summary.checkins[key]).toBe(totals.checkinsByType[type as keyof typeof CHECKIN_KEYS] ?? 0);
        }
        expect(summary.daysWithRecords).toBe(totals.daysWithRecords);
        expect(summary.duplicateEntries).toBe(totals.duplicateEntries);
      }),
      { numRuns: 200 },
    );
  });

  it('adds noise of the documented scale before rounding: mean error about 1/epsilon hours', () => {
    const fiftyHours: PeriodTotals = { ...WEEK_47, totalMinutes: 50 * 60 };
    const epsilon = 0.5;
    let absoluteError = 0;
    const runs = 4000;
    for (let seed = 0; seed < runs; seed++) {
      const summary = buildSummary(fiftyHours, {
        ...EXACT,
        roundingHours: 0.01,
        epsilon,
        random: seededRandom(seed),
      });
      absoluteError += Math.abs(summary.hours.total - 50);
    }
    expect(absoluteError / runs).toBeGreaterThan(0.9 / epsilon);
    expect(absoluteError / runs).toBeLessThan(1.1 / epsilon);
  });

  it('rounds noisy hours to the step too, so noise never shows finer detail than rounding does', () => {
    for (let seed = 0; seed < 50; seed++) {
      const summary = buildSummary(WEEK_47, { ...EXACT, epsilon: 1, random: seededRandom(seed) });
      const hours = [
        summary.hours.total,
        ...Object.values(summary.hours.byCategory),
        summary.hours.provincialLocal,
      ];
      for (const value of hours) expect(Number.isInteger(value * 2)).toBe(true);
    }
  });
});
