/** Minutes per day of a period, by platform category: the stacked bars of the week and month views. */
import type { PlatformCategory } from '../platforms/platform';
import type { DayRollup } from './dayRollup';
import { type DescribePlatform, describeWithFallback } from './describePlatform';
import { daysOf } from './period';
import type { Period } from './periodTotals';

export interface DailyMinutes {
  day: string;
  byCategory: Partial<Record<PlatformCategory, number>>;
  total: number;
}

/** One entry per day of the period, in order; a day without records has total 0 and no categories. */
export function dailySeries(
  period: Period,
  rollups: readonly DayRollup[],
  describe: DescribePlatform,
): DailyMinutes[] {
  const describeId = describeWithFallback(describe);
  const series = daysOf(period).map((day): DailyMinutes => ({ day, byCategory: {}, total: 0 }));
  const byDay = new Map(series.map((entry) => [entry.day, entry]));
  for (const rollup of rollups) {
    const entry = byDay.get(rollup.day);
    if (!entry) continue;
    const { category } = describeId(rollup.platformId);
    entry.byCategory[category] = (entry.byCategory[category] ?? 0) + rollup.minutes;
    entry.total += rollup.minutes;
  }
  return series;
}
