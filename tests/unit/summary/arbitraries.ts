/** fast-check generators shared by the summary tests: period totals with planted secrets, and summaries built from them. */
import fc from 'fast-check';
import { CHECKIN_TYPES, type CheckinType } from '../../../utils/checkins/checkin';
import type { PlatformCategory } from '../../../utils/platforms/platform';
import { PLATFORM_CATEGORIES } from '../../../utils/platforms/platform';
import type { Level } from '../../../utils/settings';
import {
  noOffBrowserTotals,
  type Period,
  type PeriodTotals,
  type PlatformMinutes,
} from '../../../utils/stats/periodTotals';
import { buildSummary } from '../../../utils/summary/buildSummary';
import { LEVELS } from '../../../utils/summary/levels';
import { periodDays } from '../../../utils/summary/periodKey';
import { PROVINCES } from '../../../utils/summary/provinces';
import { seededRandom } from '../../../utils/summary/seededRandom';
import type { Summary } from '../../../utils/summary/summary';

/** Things a user's browsing could contain that must never reach a summary. */
export const PLANTED_SECRETS = [
  '张三丰',
  '13812345678',
  '11010519491231002X',
  'token=abc123secret',
  'https://www.zjzwfw.gov.cn/zjservice/item/detail/index.do?localinnercode=abc123secret',
  '关于张三丰同志年度考核的通报 - 浙江政务服务网',
  '杭州市西湖区转塘街道社区网格管理系统',
] as const;

/** National catalogue entries: the only platforms a summary may name. */
export const NATIONAL_PLATFORMS = [
  { platformId: 'xuexi', name: '学习强国', category: '学习教育' },
  { platformId: '12371', name: '共产党员网', category: '党建' },
  { platformId: 'cela', name: '中国干部网络学院', category: '培训' },
  { platformId: 'gjzwfw', name: '国家政务服务平台', category: '政务服务' },
] as const satisfies readonly { platformId: string; name: string; category: PlatformCategory }[];

const minutesArb = fc.oneof(
  fc.integer({ min: 0, max: 900 }),
  fc.double({ min: 0, max: 900, noNaN: true, noDefaultInfinity: true }),
);

const secretArb = fc.constantFrom(...PLANTED_SECRETS);

const nationalArb: fc.Arbitrary<PlatformMinutes> = fc
  .record({
    platform: fc.constantFrom(...NATIONAL_PLATFORMS),
    activeMinutes: minutesArb,
    mediaMinutes: minutesArb,
  })
  .map(({ platform, activeMinutes, mediaMinutes }) => ({
    ...platform,
    scope: 'national',
    activeMinutes,
    mediaMinutes,
  }));

/** Provincial, local, user and catch-all platforms: their ids and names carry a planted secret. */
const nonNationalArb: fc.Arbitrary<PlatformMinutes> = fc
  .record({
    secret: secretArb,
    suffix: fc.uuid(),
    catchAll: fc.boolean(),
    scope: fc.constantFrom('provincial' as const, 'local' as const),
    category: fc.constantFrom(...PLATFORM_CATEGORIES),
    activeMinutes: minutesArb,
    mediaMinutes: minutesArb,
  })
  .map(({ secret, suffix, catchAll, ...rest }) => ({
    platformId: catchAll ? `host:${suffix}.zjzwfw.gov.cn` : `user-${suffix}`,
    name: `${secret}（${suffix}）`,
    ...rest,
  }));

const periodArb: fc.Arbitrary<Period> = fc.oneof(
  fc
    .record({ isoYear: fc.integer({ min: 2020, max: 2035 }), isoWeek: fc.integer({ min: 1, max: 52 }) })
    .map(({ isoYear, isoWeek }) => {
      const { first, last } = periodDays({ kind: 'week', year: isoYear, week: isoWeek });
      return { kind: 'week' as const, isoYear, isoWeek, firstDay: localDay(first), lastDay: localDay(last) };
    }),
  fc
    .record({ year: fc.integer({ min: 2020, max: 2035 }), month: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, month }) => {
      const { first, last } = periodDays({ kind: 'month', year, month });
      return { kind: 'month' as const, year, month, firstDay: localDay(first), lastDay: localDay(last) };
    }),
);

export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Totals that add up the way `utils/stats` computes them: categories and the total from the platforms. */
export const periodTotalsArb: fc.Arbitrary<PeriodTotals> = fc
  .record({
    period: periodArb,
    platforms: fc.array(fc.oneof(nationalArb, nonNationalArb), { maxLength: 8 }),
    afterHoursShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    weekendShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    days: fc.integer({ min: 0, max: 28 }),
    checkins: fc.dictionary(fc.constantFrom(...CHECKIN_TYPES), fc.integer({ min: 0, max: 300 })),
    duplicateEntries: fc.integer({ min: 0, max: 60 }),
  })
  .map(({ period, platforms, afterHoursShare, weekendShare, days, checkins, duplicateEntries }) => {
    const totalMinutes = platforms.reduce(
      (sum, platform) => sum + platform.activeMinutes + platform.mediaMinutes,
      0,
    );
    const byCategory: Partial<Record<PlatformCategory, number>> = {};
    for (const platform of platforms) {
      byCategory[platform.category] =
        (byCategory[platform.category] ?? 0) + platform.activeMinutes + platform.mediaMinutes;
    }
    return {
      period,
      daysWithRecords: Math.min(days, period.kind === 'week' ? 7 : 28),
      totalMinutes,
      byPlatform: platforms,
      byCategory,
      afterHoursMinutes: totalMinutes * afterHoursShare,
      weekendMinutes: totalMinutes * weekendShare,
      checkinsByType: checkins as Partial<Record<CheckinType, number>>,
      duplicateEntries,
      ...noOffBrowserTotals(),
    };
  });

export const optionsArb = fc.record({
  roundingHours: fc.constantFrom(0.1, 0.25, 0.5, 1, 2),
  epsilon: fc.option(fc.constantFrom(0.1, 0.5, 1, 2, 10), { nil: null }),
  level: fc.option(fc.constantFrom<Level>(...LEVELS), { nil: null }),
  province: fc.option(fc.constantFrom<string>(...PROVINCES, '浙江', '张三丰的村', 'Zhejiang'), { nil: null }),
  seed: fc.integer(),
});

export const summaryArb: fc.Arbitrary<Summary> = fc
  .record({ totals: periodTotalsArb, options: optionsArb })
  .map(({ totals, options: { seed, ...options } }) =>
    buildSummary(totals, { ...options, random: seededRandom(seed) }),
  );
