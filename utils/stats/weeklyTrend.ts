/** The trend over the last weeks, and the change of a number against the previous period. */
import type { DayRollup } from './dayRollup';
import { daysOf, shiftPeriod } from './period';
import type { Period } from './periodTotals';
import {
  afterHoursOfHalfHours,
  isWorkingDay,
  type WorkingTime,
  workingShareOfHalfHours,
} from './workingTime';

export interface WeekTrendPoint {
  period: Period;
  totalMinutes: number;
  afterHoursMinutes: number;
  weekendMinutes: number;
}

export interface Change {
  /** current - previous */
  minutes: number;
  /** change in per cent of previous (25 = +25 %); null when previous is 0, where a percentage means nothing */
  percent: number | null;
}

/** `weeks` consecutive weeks ending with `endWeek`, oldest first; weeks without records are zeros. */
export function weeklyTrend(
  endWeek: Period,
  weeks: number,
  rollups: readonly DayRollup[],
  working: WorkingTime,
): WeekTrendPoint[] {
  const points: WeekTrendPoint[] = [];
  const pointOfDay = new Map<string, { point: WeekTrendPoint; workingDay: boolean }>();
  for (let back = weeks - 1; back >= 0; back -= 1) {
    const point = {
      period: shiftPeriod(endWeek, -back),
      totalMinutes: 0,
      afterHoursMinutes: 0,
      weekendMinutes: 0,
    };
    points.push(point);
    for (const day of daysOf(point.period))
      pointOfDay.set(day, { point, workingDay: isWorkingDay(day, working) });
  }
  const workingShares = workingShareOfHalfHours(working.workingPeriods);
  for (const rollup of rollups) {
    const target = pointOfDay.get(rollup.day);
    if (!target) continue;
    target.point.totalMinutes += rollup.minutes;
    if (target.workingDay)
      target.point.afterHoursMinutes += afterHoursOfHalfHours(rollup.halfHours, workingShares);
    else target.point.weekendMinutes += rollup.minutes;
  }
  return points;
}

export function changeAgainst(previous: number, current: number): Change {
  return {
    minutes: current - previous,
    percent: previous === 0 ? null : ((current - previous) / previous) * 100,
  };
}
