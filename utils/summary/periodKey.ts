/** The period of a summary as a string (`2026-W47` or `2026-11`), and what such a string means. */
import { addDays, getDaysInMonth, getISOWeeksInYear, setISOWeek, startOfISOWeek } from 'date-fns';
import type { Period } from '../stats/periodTotals';

export type PeriodKey =
  | { kind: 'week'; year: number; week: number }
  | { kind: 'month'; year: number; month: number };

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2099;

const pad2 = (value: number) => String(value).padStart(2, '0');

/** `2026-W47` for an ISO week, `2026-11` for a month; throws on a period no calendar has. */
export function periodKey(period: Period): string {
  const key: PeriodKey =
    period.kind === 'week'
      ? { kind: 'week', year: period.isoYear, week: period.isoWeek }
      : { kind: 'month', year: period.year, month: period.month };
  const text = key.kind === 'week' ? `${key.year}-W${pad2(key.week)}` : `${key.year}-${pad2(key.month)}`;
  if (!parsePeriodKey(text)) throw new RangeError(`not a valid period: ${text}`);
  return text;
}

/** The week or month a period string names, or null when it is malformed or names no real week. */
export function parsePeriodKey(text: string): PeriodKey | null {
  const week = WEEK_KEY.exec(text);
  if (week) {
    const year = Number(week[1]);
    const weekNumber = Number(week[2]);
    if (!yearInRange(year) || weekNumber < 1) return null;
    if (weekNumber > getISOWeeksInYear(new Date(year, 5, 1))) return null;
    return { kind: 'week', year, week: weekNumber };
  }
  const month = MONTH_KEY.exec(text);
  if (month) {
    const year = Number(month[1]);
    const monthNumber = Number(month[2]);
    if (!yearInRange(year) || monthNumber < 1 || monthNumber > 12) return null;
    return { kind: 'month', year, month: monthNumber };
  }
  return null;
}

function yearInRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** First and last local day of the period. */
export function periodDays(key: PeriodKey): { first: Date; last: Date; count: number } {
  if (key.kind === 'week') {
    // 4 January always lies in ISO week 1 of its year.
    const first = startOfISOWeek(setISOWeek(new Date(key.year, 0, 4), key.week));
    return { first, last: addDays(first, 6), count: 7 };
  }
  const first = new Date(key.year, key.month - 1, 1);
  const count = getDaysInMonth(first);
  return { first, last: new Date(key.year, key.month - 1, count), count };
}

/** Wall-clock hours in the period: no hour field of a summary can honestly exceed it. */
export function periodHours(key: PeriodKey): number {
  return periodDays(key).count * 24;
}
