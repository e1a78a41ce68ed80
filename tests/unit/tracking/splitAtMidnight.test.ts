import { startOfDay } from 'date-fns';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Span } from '../../../utils/tracking/span';
import { localDay, splitAtMidnight } from '../../../utils/tracking/splitAtMidnight';
import { at, HOUR, MINUTE } from './trackingFixtures';

function split(start: number, end: number): Span[] {
  return splitAtMidnight({ platformId: 'xuexi', kind: 'active', start, end, source: 'auto' });
}

function hours(spans: readonly Span[]): Array<[string, number]> {
  return spans.map((span) => [span.day, (span.end - span.start) / HOUR]);
}

/** Any stretch of up to four days within 2000..2040, often starting close to a midnight. */
const ranges = fc
  .tuple(
    fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
    fc.integer({ min: 1, max: 4 * 24 * HOUR }),
  )
  .map(([start, length]) => ({ start, end: start + length }));

/** The laws every split obeys, whatever the time zone. */
function expectLawfulSplit(start: number, end: number): void {
  const pieces = split(start, end);
  expect(pieces[0]?.start).toBe(start);
  expect(pieces.at(-1)?.end).toBe(end);
  pieces.forEach((piece, index) => {
    expect(piece.end).toBeGreaterThan(piece.start);
    // a piece never crosses local midnight: its first and last millisecond lie on its own day
    expect(localDay(piece.start)).toBe(piece.day);
    expect(localDay(piece.end - 1)).toBe(piece.day);
    const next = pieces[index + 1];
    if (next !== undefined) {
      expect(next.start).toBe(piece.end);
      expect(startOfDay(piece.end).getTime()).toBe(piece.end);
    }
  });
}

describe('splitAtMidnight in China Standard Time', () => {
  it('keeps a span within one day whole', () => {
    expect(hours(split(at('2024-05-06T09:00'), at('2024-05-06T11:30')))).toEqual([['2024-05-06', 2.5]]);
  });

  it('cuts a span at each local midnight it passes, not at UTC midnight', () => {
    expect(hours(split(at('2024-05-06T22:00'), at('2024-05-08T03:00')))).toEqual([
      ['2024-05-06', 2],
      ['2024-05-07', 24],
      ['2024-05-08', 3],
    ]);
    // 08:00 in Shanghai is UTC midnight: nothing is cut there
    expect(hours(split(at('2024-05-06T07:00'), at('2024-05-06T09:00')))).toEqual([['2024-05-06', 2]]);
  });

  it('files a span that ends exactly at midnight under the day it ran, and one that starts there under the next', () => {
    expect(hours(split(at('2024-05-06T23:00'), at('2024-05-07T00:00')))).toEqual([['2024-05-06', 1]]);
    expect(hours(split(at('2024-05-07T00:00'), at('2024-05-07T01:00')))).toEqual([['2024-05-07', 1]]);
  });

  it('gives no span for an empty, reversed or impossible range', () => {
    const nine = at('2024-05-06T09:00');
    expect(split(nine, nine)).toEqual([]);
    expect(split(nine, nine - MINUTE)).toEqual([]);
    expect(split(Number.NaN, nine)).toEqual([]);
    expect(split(nine, Number.POSITIVE_INFINITY)).toEqual([]);
    expect(split(nine, 1e300)).toEqual([]);
  });

  it('keeps the platform, kind and source on every piece', () => {
    const pieces = splitAtMidnight({
      platformId: 'party-member-net',
      kind: 'media',
      start: at('2024-05-06T23:30'),
      end: at('2024-05-07T00:30'),
      source: 'manual',
    });
    expect(pieces).toHaveLength(2);
    for (const piece of pieces)
      expect(piece).toMatchObject({ platformId: 'party-member-net', kind: 'media', source: 'manual' });
  });

  it('never lets a piece cross local midnight, and covers the range exactly', () => {
    fc.assert(fc.property(ranges, ({ start, end }) => expectLawfulSplit(start, end)));
  });
});

describe('splitAtMidnight in New York, across daylight-saving changes', () => {
  const zoneBefore = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    process.env.TZ = zoneBefore;
  });

  it('gives the day the clocks spring forward 23 hours', () => {
    // 2024-03-10: 02:00 EST became 03:00 EDT
    expect(at('2024-03-10T00:00')).toBe(Date.UTC(2024, 2, 10, 5));
    expect(hours(split(at('2024-03-09T22:00'), at('2024-03-11T02:00')))).toEqual([
      ['2024-03-09', 2],
      ['2024-03-10', 23],
      ['2024-03-11', 2],
    ]);
  });

  it('gives the day the clocks fall back 25 hours', () => {
    // 2024-11-03: 02:00 EDT became 01:00 EST
    expect(hours(split(at('2024-11-02T22:00'), at('2024-11-04T02:00')))).toEqual([
      ['2024-11-02', 2],
      ['2024-11-03', 25],
      ['2024-11-04', 2],
    ]);
  });

  it('files an instant under the New York calendar day', () => {
    expect(localDay(Date.UTC(2024, 4, 7, 3))).toBe('2024-05-06');
  });

  it('never lets a piece cross local midnight, and covers the range exactly', () => {
    fc.assert(fc.property(ranges, ({ start, end }) => expectLawfulSplit(start, end)));
  });

  it('never lets a piece cross local midnight on the days the clocks change', () => {
    const aroundChanges = fc
      .tuple(
        fc.constantFrom(
          at('2024-03-09T12:00'),
          at('2024-11-02T12:00'),
          at('2023-03-11T12:00'),
          at('2023-11-04T12:00'),
        ),
        fc.integer({ min: 0, max: 36 * HOUR }),
        fc.integer({ min: 1, max: 48 * HOUR }),
      )
      .map(([base, offset, length]) => ({ start: base + offset, end: base + offset + length }));
    fc.assert(fc.property(aroundChanges, ({ start, end }) => expectLawfulSplit(start, end)));
  });

  it('cuts a whole year into 364 days of 24 hours, one of 23 and one of 25', () => {
    const pieces = split(at('2024-01-01T00:00'), at('2025-01-01T00:00'));
    const dayLengths = pieces.map((piece) => (piece.end - piece.start) / HOUR);
    expect(dayLengths).toHaveLength(366);
    expect(dayLengths.filter((length) => length === 24)).toHaveLength(364);
    expect(pieces.find((piece) => piece.end - piece.start === 23 * HOUR)?.day).toBe('2024-03-10');
    expect(pieces.find((piece) => piece.end - piece.start === 25 * HOUR)?.day).toBe('2024-11-03');
  });
});

describe('localDay', () => {
  it('names the day in China Standard Time by default', () => {
    expect(localDay(Date.UTC(2024, 4, 6, 16))).toBe('2024-05-07');
    expect(localDay(Date.UTC(2024, 4, 6, 15, 59, 59, 999))).toBe('2024-05-06');
  });
});
