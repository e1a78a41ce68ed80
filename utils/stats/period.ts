/**
 * Weeks and months as `Period`s. A summary always uses ISO weeks (Monday..Sunday); a view whose week starts on
 * Sunday (settings.weekStartsOn = 0) gets Sunday..Saturday periods labelled with the ISO week of their Monday.
 */
import { getISOWeek, getISOWeekYear } from 'date-fns';
import { formatDay, isoWeekdayOf, parseDay, shiftDay } from './localTime';
import type { Period } from './periodTotals';

/** The week or month that contains `dayInside`; `weekStartsOn` only matters for weeks. */
export function periodOf(kind: Period['kind'], dayInside: string, weekStartsOn: 0 | 1 = 1): Period {
  if (kind === 'month') {
    const { year, month } = parseDay(dayInside);
    return monthPeriod(year, month);
  }
  const weekday = isoWeekdayOf(dayInside);
  const daysSinceStart = weekStartsOn === 1 ? weekday - 1 : weekday % 7;
  return weekPeriod(shiftDay(dayInside, -daysSinceStart));
}

/** The period `steps` periods later (earlier, if negative), of the same kind and week start. */
export function shiftPeriod(period: Period, steps: number): Period {
  if (period.kind === 'week') return weekPeriod(shiftDay(period.firstDay, 7 * steps));
  const monthIndex = period.year * 12 + (period.month - 1) + steps;
  return monthPeriod(Math.floor(monthIndex / 12), (monthIndex % 12) + 1);
}

export function previousPeriod(period: Period): Period {
  return shiftPeriod(period, -1);
}

/** The ISO week before the one containing `today`: the week a weekly summary reports on. */
export function lastCompleteWeek(today: string): Period {
  return previousPeriod(periodOf('week', today, 1));
}

/** Every day of the period, in order. */
export function daysOf(period: Period): string[] {
  const days: string[] = [];
  for (let day = period.firstDay; day <= period.lastDay; day = shiftDay(day, 1)) days.push(day);
  return days;
}

export function isDayInPeriod(day: string, period: Period): boolean {
  return day >= period.firstDay && day <= period.lastDay;
}

/** A week from its first day (a Monday, or a Sunday for Sunday-first views). */
function weekPeriod(firstDay: string): Period {
  const monday = isoWeekdayOf(firstDay) === 1 ? firstDay : shiftDay(firstDay, 1);
  const { year, month, date } = parseDay(monday);
  // Local noon: date-fns reads local fields, and noon is never skipped by a DST change.
  const mondayNoon = new Date(year, month - 1, date, 12);
  return {
    kind: 'week',
    isoYear: getISOWeekYear(mondayNoon),
    isoWeek: getISOWeek(mondayNoon),
    firstDay,
    lastDay: shiftDay(firstDay, 6),
  };
}

function monthPeriod(year: number, month: number): Period {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    kind: 'month',
    year,
    month,
    firstDay: formatDay(year, month, 1),
    lastDay: formatDay(year, month, daysInMonth),
  };
}
