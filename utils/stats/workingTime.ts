/** Time outside the user's working hours: after hours on working days, and all of a non-working day. */
import type { Settings, WorkingPeriod } from '../settings';
import { chinaDayKind } from './chinaCalendar';
import type { DayRollup } from './dayRollup';
import { HALF_HOURS_PER_DAY } from './dayRollup';
import { isoWeekdayOf, WallClock } from './localTime';

/** The part of the settings that decides what counts as working time. */
export type WorkingTime = Pick<Settings, 'workingPeriods' | 'workingDays'> &
  Partial<Pick<Settings, 'workCalendar'>>;

/** Minutes of a single interval outside working time, split the way the review screens show them. */
export interface OutsideWorkMinutes {
  /** on working days, outside the working periods */
  afterHours: number;
  /** on non-working days */
  weekend: number;
}

const MINUTE_MS = 60_000;
const HALF_HOUR_MINUTES = 30;

/**
 * A working day: with China's calendar (the default), a statutory holiday is a rest day and a 调休 weekend day a
 * working day, whatever the weekday; every other day follows the user's working weekdays (a year past the
 * calendar's data too).
 */
export function isWorkingDay(day: string, working: WorkingTime): boolean {
  if ((working.workCalendar ?? 'china') === 'china') {
    const kind = chinaDayKind(day);
    if (kind === 'holiday') return false;
    if (kind === 'workday') return true;
  }
  return working.workingDays.includes(isoWeekdayOf(day));
}

/**
 * Minutes of a rollup outside the working periods, or 0 on a non-working day (that time is weekend time).
 * Exact when the periods start and end on half hours (as the settings screen allows); a half hour that a
 * boundary cuts is shared in proportion.
 */
export function afterHoursMinutes(rollup: DayRollup, working: WorkingTime): number {
  if (!isWorkingDay(rollup.day, working)) return 0;
  return afterHoursOfHalfHours(rollup.halfHours, workingShareOfHalfHours(working.workingPeriods));
}

/** All minutes of a rollup on a non-working day, else 0. */
export function weekendMinutes(rollup: DayRollup, working: WorkingTime): number {
  return isWorkingDay(rollup.day, working) ? 0 : rollup.minutes;
}

/** Minutes of one interval (a span, or the span running now) outside working time, exact to the millisecond. */
export function minutesOutsideWork(
  interval: { start: number; end: number },
  working: WorkingTime,
): OutsideWorkMinutes {
  const workRanges = normalizedPeriods(working.workingPeriods).map((period) => ({
    from: period.start * MINUTE_MS,
    to: period.end * MINUTE_MS,
  }));
  let afterHoursMs = 0;
  let weekendMs = 0;
  new WallClock().forEachPiece(interval.start, interval.end, (day, fromWall, toWall) => {
    if (!isWorkingDay(day, working)) {
      weekendMs += toWall - fromWall;
      return;
    }
    let insideMs = 0;
    for (const range of workRanges)
      insideMs += Math.max(0, Math.min(toWall, range.to) - Math.max(fromWall, range.from));
    afterHoursMs += toWall - fromWall - insideMs;
  });
  return { afterHours: afterHoursMs / MINUTE_MS, weekend: weekendMs / MINUTE_MS };
}

/** For each half hour of the day, the share of it (0..1) inside the working periods. */
export function workingShareOfHalfHours(periods: readonly WorkingPeriod[]): Float64Array {
  const shares = new Float64Array(HALF_HOURS_PER_DAY);
  for (const period of normalizedPeriods(periods)) {
    for (let slot = 0; slot < HALF_HOURS_PER_DAY; slot += 1) {
      const slotStart = slot * HALF_HOUR_MINUTES;
      const overlap = Math.min(period.end, slotStart + HALF_HOUR_MINUTES) - Math.max(period.start, slotStart);
      if (overlap > 0) shares[slot] = (shares[slot] ?? 0) + overlap / HALF_HOUR_MINUTES;
    }
  }
  return shares;
}

/** Minutes of a day's half hours outside work, given `workingShareOfHalfHours`. */
export function afterHoursOfHalfHours(halfHours: readonly number[], workingShares: Float64Array): number {
  let minutes = 0;
  const slots = Math.min(HALF_HOURS_PER_DAY, halfHours.length);
  for (let slot = 0; slot < slots; slot += 1) {
    minutes += (halfHours[slot] ?? 0) * (1 - (workingShares[slot] ?? 0));
  }
  return minutes;
}

/** Periods clipped to the day, sorted and with overlaps merged, so no minute counts as working twice. A period whose end is not after its start covers nothing. */
function normalizedPeriods(periods: readonly WorkingPeriod[]): WorkingPeriod[] {
  const clipped = periods
    .map((period) => ({ start: Math.max(0, period.start), end: Math.min(24 * 60, period.end) }))
    .filter((period) => period.end > period.start)
    .sort((a, b) => a.start - b.start);
  const merged: WorkingPeriod[] = [];
  for (const period of clipped) {
    const last = merged.at(-1);
    if (last && period.start <= last.end) last.end = Math.max(last.end, period.end);
    else merged.push({ ...period });
  }
  return merged;
}
