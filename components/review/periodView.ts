/** What the week and month screens show, computed from one read of the database: pure, so it is tested without a page. */
import type { CheckinType } from '../../utils/checkins/checkin';
import { CHECKIN_TYPES } from '../../utils/checkins/checkin';
import { PLATFORM_CATEGORIES, type PlatformCategory } from '../../utils/platforms/platform';
import type { Settings } from '../../utils/settings';
import { type PeriodRecords, periodTotals } from '../../utils/stats/computePeriodTotals';
import { type DailyMinutes, dailySeries } from '../../utils/stats/dailySeries';
import type { DayRollup } from '../../utils/stats/dayRollup';
import { heatMap } from '../../utils/stats/heatMap';
import { isDayInPeriod, periodOf, previousPeriod, shiftPeriod } from '../../utils/stats/period';
import type { Period, PeriodTotals } from '../../utils/stats/periodTotals';
import { type Change, changeAgainst, type WeekTrendPoint, weeklyTrend } from '../../utils/stats/weeklyTrend';

export const TREND_WEEKS = 8;
/** The share chart names this many platforms; the rest are summed as one bar. */
export const SHARE_TOP = 8;

export interface PlatformShare {
  platformId: string | null;
  name: string;
  minutes: number;
  /** 0..100 of the period's total */
  percent: number;
}

export interface PeriodView {
  period: Period;
  totals: PeriodTotals;
  previousTotalMinutes: number;
  change: Change;
  daily: DailyMinutes[];
  /** categories with any minutes in the period, in the catalogue's order (stable colours) */
  categories: PlatformCategory[];
  shares: PlatformShare[];
  checkins: { type: CheckinType; count: number }[];
  /** 7 x 24 minutes, rows from the first day of the week */
  heat: number[][];
  trend: WeekTrendPoint[];
  /** the first weekday of the heat map's rows */
  weekStartsOn: 0 | 1;
  isEmpty: boolean;
}

/** The week whose trend ends the chart: the period's own week, or the week holding the month's last day. */
function trendEndWeek(period: Period, weekStartsOn: 0 | 1): Period {
  return period.kind === 'week' ? period : periodOf('week', period.lastDay, weekStartsOn);
}

/** The days a period screen must read: the period, the one before it, and the weeks of the trend. */
export function daysToRead(period: Period, weekStartsOn: 0 | 1): { firstDay: string; lastDay: string } {
  const endWeek = trendEndWeek(period, weekStartsOn);
  const trendStart = shiftPeriod(endWeek, -(TREND_WEEKS - 1)).firstDay;
  const previousStart = previousPeriod(period).firstDay;
  // yyyy-MM-dd strings sort as dates.
  const [firstDay = period.firstDay] = [trendStart, previousStart].sort();
  const lastDay = [endWeek.lastDay, period.lastDay].sort().at(-1) ?? period.lastDay;
  return { firstDay, lastDay };
}

export interface PeriodViewInput extends Omit<PeriodRecords, 'working'> {
  settings: Settings;
  /** the name to show for a platform id, in the page's language */
  nameOf: (platformId: string) => string;
  /** the label of the bar that sums platforms beyond SHARE_TOP */
  othersLabel: string;
}

export function periodView(input: PeriodViewInput): PeriodView {
  const { period, settings } = input;
  const totals = periodTotals({
    ...input,
    working: { ...settings, includeUnconfirmed: settings.summary.includeUnconfirmed },
  });
  const previous = previousPeriod(period);
  let previousTotalMinutes = 0;
  const inPeriod: DayRollup[] = [];
  for (const rollup of input.rollups) {
    if (isDayInPeriod(rollup.day, period)) inPeriod.push(rollup);
    else if (isDayInPeriod(rollup.day, previous)) previousTotalMinutes += rollup.minutes;
  }
  const present = new Set(Object.keys(totals.byCategory));
  return {
    period,
    totals,
    previousTotalMinutes,
    change: changeAgainst(previousTotalMinutes, totals.totalMinutes),
    daily: dailySeries(period, inPeriod, input.describe),
    categories: PLATFORM_CATEGORIES.filter((category) => present.has(category)),
    shares: platformShares(totals, input.nameOf, input.othersLabel),
    checkins: CHECKIN_TYPES.map((type) => ({ type, count: totals.checkinsByType[type] ?? 0 })).filter(
      (entry) => entry.count > 0,
    ),
    heat: heatMap(inPeriod, settings.weekStartsOn),
    trend: weeklyTrend(trendEndWeek(period, settings.weekStartsOn), TREND_WEEKS, input.rollups, settings),
    weekStartsOn: settings.weekStartsOn,
    isEmpty: totals.totalMinutes === 0 && Object.keys(totals.checkinsByType).length === 0,
  };
}

function platformShares(
  totals: PeriodTotals,
  nameOf: (platformId: string) => string,
  othersLabel: string,
): PlatformShare[] {
  const percentOf = (minutes: number) =>
    totals.totalMinutes > 0 ? (minutes / totals.totalMinutes) * 100 : 0;
  const shares: PlatformShare[] = totals.byPlatform.slice(0, SHARE_TOP).map((platform) => {
    const minutes = platform.activeMinutes + platform.mediaMinutes;
    return {
      platformId: platform.platformId,
      name: nameOf(platform.platformId),
      minutes,
      percent: percentOf(minutes),
    };
  });
  const rest = totals.byPlatform
    .slice(SHARE_TOP)
    .reduce((sum, platform) => sum + platform.activeMinutes + platform.mediaMinutes, 0);
  if (rest > 0) shares.push({ platformId: null, name: othersLabel, minutes: rest, percent: percentOf(rest) });
  return shares;
}
