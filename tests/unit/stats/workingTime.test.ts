import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS as CHINA_CALENDAR_SETTINGS } from '../../../utils/settings';
import { rollupSpans } from '../../../utils/stats/dayRollup';
import {
  afterHoursMinutes,
  minutesOutsideWork,
  type WorkingTime,
  weekendMinutes,
} from '../../../utils/stats/workingTime';
import type { Span } from '../../../utils/tracking/span';

/**
 * These tests are of the weekday rule (Monday to Friday): China's calendar has tests of its own
 * (chinaCalendar.test.ts), and the week they use holds a 调休 Saturday (2024-05-11).
 */
const DEFAULT_SETTINGS = { ...CHINA_CALENDAR_SETTINGS, workCalendar: 'weekdays' as const };

const MINUTE = 60_000;
const originalTimeZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTimeZone;
});

function at(day: string, time: string): number {
  return new Date(`${day}T${time}:00`).getTime();
}

function span(start: number, end: number): Span {
  return { platformId: 'xuexi', start, end, day: '', kind: 'active', source: 'auto' };
}

function rollupOf(start: number, end: number) {
  const [rollup] = rollupSpans([span(start, end)]);
  if (!rollup) throw new Error('expected one rollup');
  return rollup;
}

// 2024-05-06 is a Monday, 2024-05-11 a Saturday, 2024-05-12 a Sunday.
const MONDAY = '2024-05-06';
const SATURDAY = '2024-05-11';

describe('minutesOutsideWork', () => {
  it('counts the half hour after 17:30 of a span from 17:00 to 18:00 on a weekday', () => {
    expect(
      minutesOutsideWork({ start: at(MONDAY, '17:00'), end: at(MONDAY, '18:00') }, DEFAULT_SETTINGS),
    ).toEqual({
      afterHours: 30,
      weekend: 0,
    });
  });

  it('counts the lunch break of a span from 11:00 to 15:00 as after hours', () => {
    expect(
      minutesOutsideWork({ start: at(MONDAY, '11:00'), end: at(MONDAY, '15:00') }, DEFAULT_SETTINGS),
    ).toEqual({
      afterHours: 120,
      weekend: 0,
    });
  });

  it('is exact to the second at a boundary', () => {
    const start = at(MONDAY, '08:29') + 30_000;
    expect(minutesOutsideWork({ start, end: at(MONDAY, '08:31') }, DEFAULT_SETTINGS).afterHours).toBe(0.5);
  });

  it('counts all of a Saturday as weekend time, not after hours', () => {
    expect(
      minutesOutsideWork({ start: at(SATURDAY, '10:00'), end: at(SATURDAY, '11:15') }, DEFAULT_SETTINGS),
    ).toEqual({
      afterHours: 0,
      weekend: 75,
    });
  });

  it('splits a span from Friday night into Saturday between after hours and weekend', () => {
    const friday = '2024-05-10';
    expect(
      minutesOutsideWork({ start: at(friday, '23:00'), end: at(SATURDAY, '01:00') }, DEFAULT_SETTINGS),
    ).toEqual({
      afterHours: 60,
      weekend: 60,
    });
  });

  it('follows the working days of the settings (a six-day week)', () => {
    const sixDays: WorkingTime = { ...DEFAULT_SETTINGS, workingDays: [1, 2, 3, 4, 5, 6] };
    expect(minutesOutsideWork({ start: at(SATURDAY, '17:00'), end: at(SATURDAY, '18:00') }, sixDays)).toEqual(
      {
        afterHours: 30,
        weekend: 0,
      },
    );
  });

  it('counts everything on a working day without working periods as after hours', () => {
    const noPeriods: WorkingTime = { workingDays: [1, 2, 3, 4, 5], workingPeriods: [] };
    expect(
      minutesOutsideWork({ start: at(MONDAY, '09:00'), end: at(MONDAY, '10:00') }, noPeriods).afterHours,
    ).toBe(60);
  });

  it('does not count a minute twice when working periods overlap', () => {
    const overlapping: WorkingTime = {
      workingDays: [1],
      workingPeriods: [
        { start: 9 * 60, end: 11 * 60 },
        { start: 10 * 60, end: 12 * 60 },
      ],
    };
    expect(
      minutesOutsideWork({ start: at(MONDAY, '08:00'), end: at(MONDAY, '13:00') }, overlapping).afterHours,
    ).toBe(120);
  });

  it('reads working hours on the wall clock on a DST day (America/New_York)', () => {
    process.env.TZ = 'America/New_York';
    // 2024-03-11 is the Monday after the spring-forward Sunday; 2024-11-04 the Monday after fall-back.
    expect(
      minutesOutsideWork(
        { start: at('2024-03-11', '17:00'), end: at('2024-03-11', '18:00') },
        DEFAULT_SETTINGS,
      ),
    ).toEqual({ afterHours: 30, weekend: 0 });
    // The fall-back Sunday 2024-11-03 has 25 hours, all weekend.
    expect(
      minutesOutsideWork(
        { start: at('2024-11-03', '00:00'), end: at('2024-11-04', '00:00') },
        DEFAULT_SETTINGS,
      ),
    ).toEqual({ afterHours: 0, weekend: 1500 });
  });
});

describe('afterHoursMinutes and weekendMinutes of a rollup', () => {
  it('agree with the exact split of a span across 17:30', () => {
    const rollup = rollupOf(at(MONDAY, '17:00'), at(MONDAY, '18:10'));
    expect(afterHoursMinutes(rollup, DEFAULT_SETTINGS)).toBe(40);
    expect(weekendMinutes(rollup, DEFAULT_SETTINGS)).toBe(0);
  });

  it('count the lunch break between 12:00 and 14:00', () => {
    const rollup = rollupOf(at(MONDAY, '11:45'), at(MONDAY, '14:20'));
    expect(afterHoursMinutes(rollup, DEFAULT_SETTINGS)).toBe(120);
  });

  it('put a whole Sunday rollup into weekend time', () => {
    const sunday = '2024-05-12';
    const rollup = rollupOf(at(sunday, '09:00'), at(sunday, '21:30'));
    expect(weekendMinutes(rollup, DEFAULT_SETTINGS)).toBe(750);
    expect(afterHoursMinutes(rollup, DEFAULT_SETTINGS)).toBe(0);
  });

  it('are recomputed when the working hours change', () => {
    const rollup = rollupOf(at(MONDAY, '17:00'), at(MONDAY, '19:00'));
    const longerDay: WorkingTime = {
      ...DEFAULT_SETTINGS,
      workingPeriods: [{ start: 8 * 60, end: 18 * 60 + 30 }],
    };
    expect(afterHoursMinutes(rollup, DEFAULT_SETTINGS)).toBe(90);
    expect(afterHoursMinutes(rollup, longerDay)).toBe(30);
  });

  it('share a half hour cut by a boundary in proportion', () => {
    const rollup = rollupOf(at(MONDAY, '17:30'), at(MONDAY, '18:00'));
    const endsAt1745: WorkingTime = {
      ...DEFAULT_SETTINGS,
      workingPeriods: [{ start: 8 * 60, end: 17 * 60 + 45 }],
    };
    expect(afterHoursMinutes(rollup, endsAt1745)).toBe(15);
  });

  it('equal the exact split of the spans whenever working periods are on half hours (property)', () => {
    const halfHourPeriods = fc
      .uniqueArray(fc.integer({ min: 0, max: 48 }), { minLength: 0, maxLength: 6 })
      .map((bounds) => bounds.sort((a, b) => a - b))
      .map((bounds) => {
        const periods = [];
        for (let index = 0; index + 1 < bounds.length; index += 2) {
          periods.push({ start: (bounds[index] ?? 0) * 30, end: (bounds[index + 1] ?? 0) * 30 });
        }
        return periods;
      });
    const spans = fc
      .array(
        fc.record({
          offset: fc.integer({ min: 0, max: 7 * 1440 }),
          length: fc.integer({ min: 1, max: 600 }),
        }),
        {
          maxLength: 10,
        },
      )
      .map((rows) =>
        rows.map((row) =>
          span(
            at(MONDAY, '00:00') + row.offset * MINUTE,
            at(MONDAY, '00:00') + (row.offset + row.length) * MINUTE,
          ),
        ),
      );
    fc.assert(
      fc.property(halfHourPeriods, spans, (workingPeriods, list) => {
        const working: WorkingTime = { workingPeriods, workingDays: [1, 2, 3, 4, 5] };
        const rollups = rollupSpans(list);
        const exact = list.map((s) => minutesOutsideWork(s, working));
        const fromRollups = {
          afterHours: rollups.reduce((total, r) => total + afterHoursMinutes(r, working), 0),
          weekend: rollups.reduce((total, r) => total + weekendMinutes(r, working), 0),
        };
        expect(fromRollups.afterHours).toBeCloseTo(
          exact.reduce((total, e) => total + e.afterHours, 0),
          6,
        );
        expect(fromRollups.weekend).toBeCloseTo(
          exact.reduce((total, e) => total + e.weekend, 0),
          6,
        );
      }),
    );
  });
});
