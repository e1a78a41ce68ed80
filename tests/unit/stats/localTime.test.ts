import { afterEach, describe, expect, it } from 'vitest';
import { isoWeekdayOf, localDayOf, shiftDay, WallClock } from '../../../utils/stats/localTime';

const HOUR = 3_600_000;
const originalTimeZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTimeZone;
});

function piecesOf(start: number, end: number): [string, number, number][] {
  const pieces: [string, number, number][] = [];
  new WallClock().forEachPiece(start, end, (day, fromWall, toWall) =>
    pieces.push([day, fromWall / HOUR, toWall / HOUR]),
  );
  return pieces;
}

describe('calendar days', () => {
  it('shift across month ends, leap days and years', () => {
    expect(shiftDay('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftDay('2023-02-28', 1)).toBe('2023-03-01');
    expect(shiftDay('2025-01-01', -1)).toBe('2024-12-31');
    expect(shiftDay('2024-05-06', 365)).toBe('2025-05-06');
  });

  it('know their ISO weekday', () => {
    expect(isoWeekdayOf('2024-05-06')).toBe(1);
    expect(isoWeekdayOf('2024-05-12')).toBe(7);
  });

  it('follow the local time zone, not UTC', () => {
    // 2024-05-06 17:00 UTC is already the 7th in Shanghai.
    expect(localDayOf(Date.UTC(2024, 4, 6, 17))).toBe('2024-05-07');
    process.env.TZ = 'America/New_York';
    expect(localDayOf(Date.UTC(2024, 4, 6, 17))).toBe('2024-05-06');
  });
});

describe('WallClock', () => {
  it('splits an interval at local midnight into wall-clock hours of each day', () => {
    expect(piecesOf(Date.UTC(2024, 4, 6, 15), Date.UTC(2024, 4, 6, 17, 30))).toEqual([
      ['2024-05-06', 23, 24],
      ['2024-05-07', 0, 1.5],
    ]);
  });

  it('starts a day at 01:00 where DST skips midnight (America/Santiago)', () => {
    process.env.TZ = 'America/Santiago';
    // 2024-09-08: clocks jump from 00:00 to 01:00.
    const start = new Date('2024-09-07T23:00:00').getTime();
    expect(piecesOf(start, start + 2 * HOUR)).toEqual([
      ['2024-09-07', 23, 24],
      ['2024-09-08', 1, 2],
    ]);
  });

  it('handles a half-hour DST change (Australia/Lord_Howe)', () => {
    process.env.TZ = 'Australia/Lord_Howe';
    // 2024-04-07: 02:00 falls back to 01:30, so 01:30-02:00 happens twice.
    const start = new Date('2024-04-07T01:00:00').getTime();
    expect(piecesOf(start, start + 2 * HOUR)).toEqual([
      ['2024-04-07', 1, 2],
      ['2024-04-07', 1.5, 2.5],
    ]);
  });
});
