import { getISOWeek, getISOWeekYear } from 'date-fns';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isoWeekdayOf, shiftDay } from '../../../utils/stats/localTime';
import {
  daysOf,
  isDayInPeriod,
  lastCompleteWeek,
  periodOf,
  previousPeriod,
  shiftPeriod,
} from '../../../utils/stats/period';

const originalTimeZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTimeZone;
});

const anyDay = fc.integer({ min: 0, max: 365 * 40 }).map((offset) => shiftDay('2000-01-01', offset));

describe('weeks', () => {
  it('run Monday to Sunday and carry their ISO week number', () => {
    expect(periodOf('week', '2024-05-08')).toEqual({
      kind: 'week',
      isoYear: 2024,
      isoWeek: 19,
      firstDay: '2024-05-06',
      lastDay: '2024-05-12',
    });
  });

  it('put the last days of December into week 1 of the next ISO year', () => {
    expect(periodOf('week', '2024-12-31')).toMatchObject({
      isoYear: 2025,
      isoWeek: 1,
      firstDay: '2024-12-30',
      lastDay: '2025-01-05',
    });
  });

  it('put the first days of January into week 53 of the previous ISO year', () => {
    expect(periodOf('week', '2021-01-01')).toMatchObject({
      isoYear: 2020,
      isoWeek: 53,
      firstDay: '2020-12-28',
      lastDay: '2021-01-03',
    });
  });

  it('go back across New Year from week 1 to the last week of the year before', () => {
    expect(previousPeriod(periodOf('week', '2025-01-02'))).toMatchObject({
      isoYear: 2024,
      isoWeek: 52,
      firstDay: '2024-12-23',
    });
    expect(previousPeriod(periodOf('week', '2021-01-05'))).toMatchObject({ isoYear: 2020, isoWeek: 53 });
  });

  it('start on Sunday in a view whose week starts on Sunday, labelled with the ISO week of its Monday', () => {
    expect(periodOf('week', '2024-05-12', 0)).toEqual({
      kind: 'week',
      isoYear: 2024,
      isoWeek: 20,
      firstDay: '2024-05-12',
      lastDay: '2024-05-18',
    });
    expect(periodOf('week', '2024-05-11', 0)).toMatchObject({
      isoWeek: 19,
      firstDay: '2024-05-05',
      lastDay: '2024-05-11',
    });
    expect(previousPeriod(periodOf('week', '2024-05-12', 0))).toMatchObject({
      firstDay: '2024-05-05',
      isoWeek: 19,
    });
  });

  it('contain the day asked for, seven days from Monday, numbered as date-fns numbers ISO weeks (property)', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const week = periodOf('week', day);
        const days = daysOf(week);
        expect(days).toHaveLength(7);
        expect(days).toContain(day);
        expect(isoWeekdayOf(week.firstDay)).toBe(1);
        expect(isDayInPeriod(day, week)).toBe(true);
        const noon = new Date(`${day}T12:00:00`);
        expect(week).toMatchObject({ isoWeek: getISOWeek(noon), isoYear: getISOWeekYear(noon) });
        expect(shiftDay(previousPeriod(week).lastDay, 1)).toBe(week.firstDay);
      }),
    );
  });

  it('keep seven calendar days across a DST change (America/New_York)', () => {
    process.env.TZ = 'America/New_York';
    expect(daysOf(periodOf('week', '2024-03-10'))).toEqual([
      '2024-03-04',
      '2024-03-05',
      '2024-03-06',
      '2024-03-07',
      '2024-03-08',
      '2024-03-09',
      '2024-03-10',
    ]);
    expect(periodOf('week', '2024-11-03')).toMatchObject({
      isoWeek: 44,
      firstDay: '2024-10-28',
      lastDay: '2024-11-03',
    });
  });
});

describe('lastCompleteWeek', () => {
  it('is the ISO week before the current one, even on a Sunday', () => {
    expect(lastCompleteWeek('2024-05-12')).toMatchObject({
      isoWeek: 18,
      firstDay: '2024-04-29',
      lastDay: '2024-05-05',
    });
    expect(lastCompleteWeek('2024-05-13')).toMatchObject({
      isoWeek: 19,
      firstDay: '2024-05-06',
      lastDay: '2024-05-12',
    });
  });

  it('crosses New Year into the previous ISO year', () => {
    expect(lastCompleteWeek('2025-01-01')).toMatchObject({
      isoYear: 2024,
      isoWeek: 52,
      lastDay: '2024-12-29',
    });
  });
});

describe('months', () => {
  it('have their real lengths, leap years included', () => {
    expect(daysOf(periodOf('month', '2024-02-10'))).toHaveLength(29);
    expect(daysOf(periodOf('month', '2023-02-10'))).toHaveLength(28);
    expect(periodOf('month', '2100-02-01').lastDay).toBe('2100-02-28');
    expect(periodOf('month', '2024-04-30')).toEqual({
      kind: 'month',
      year: 2024,
      month: 4,
      firstDay: '2024-04-01',
      lastDay: '2024-04-30',
    });
    expect(daysOf(periodOf('month', '2024-12-31')).at(-1)).toBe('2024-12-31');
  });

  it('go back across New Year and forward again', () => {
    const january = periodOf('month', '2025-01-15');
    expect(previousPeriod(january)).toMatchObject({
      year: 2024,
      month: 12,
      firstDay: '2024-12-01',
      lastDay: '2024-12-31',
    });
    expect(shiftPeriod(january, 13)).toMatchObject({ year: 2026, month: 2, lastDay: '2026-02-28' });
    expect(shiftPeriod(january, -25)).toMatchObject({ year: 2022, month: 12 });
  });

  it('ignore the first day of the week', () => {
    expect(periodOf('month', '2024-05-12', 0)).toEqual(periodOf('month', '2024-05-12', 1));
  });
});

it('rejects a day that is not yyyy-MM-dd', () => {
  expect(() => periodOf('week', '2024/05/12')).toThrow(RangeError);
});
