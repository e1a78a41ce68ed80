/** Minutes by weekday and hour of day: the heat map that shows when the burden falls. */
import type { DayRollup } from './dayRollup';
import { isoWeekdayOf } from './localTime';

const HOURS_PER_DAY = 24;

/**
 * A 7 x 24 grid of minutes: rows are weekdays starting with `weekStartsOn` (Monday by default), columns are
 * wall-clock hours 0..23. Pass the rollups of the period to show; every rollup given is counted.
 */
export function heatMap(rollups: readonly DayRollup[], weekStartsOn: 0 | 1 = 1): number[][] {
  const grid = Array.from({ length: 7 }, () => new Array<number>(HOURS_PER_DAY).fill(0));
  const rowOfDay = new Map<string, number[]>();
  for (const rollup of rollups) {
    let row = rowOfDay.get(rollup.day);
    if (!row) {
      // ISO weekday 1..7 -> row: Monday first, or Sunday first.
      const rowIndex = weekStartsOn === 1 ? isoWeekdayOf(rollup.day) - 1 : isoWeekdayOf(rollup.day) % 7;
      row = grid[rowIndex]!;
      rowOfDay.set(rollup.day, row);
    }
    for (let hour = 0; hour < HOURS_PER_DAY; hour += 1) {
      row[hour] =
        (row[hour] ?? 0) + (rollup.halfHours[2 * hour] ?? 0) + (rollup.halfHours[2 * hour + 1] ?? 0);
    }
  }
  return grid;
}
