import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type DayRollup, mergeRollups, rollupSpans } from '../../../utils/stats/dayRollup';
import type { Span, SpanKind } from '../../../utils/tracking/span';

const MINUTE = 60_000;
const originalTimeZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTimeZone;
});

/** Epoch ms of a local wall-clock time in the current time zone. */
function at(day: string, time: string): number {
  return new Date(`${day}T${time}:00`).getTime();
}

function span(platformId: string, start: number, end: number, kind: SpanKind = 'active'): Span {
  return { platformId, start, end, day: '', kind, source: 'auto' };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Disjoint spans laid end to end with gaps, starting in 2024 Shanghai time, some crossing midnight. */
const disjointSpans = fc
  .array(
    fc.record({
      gap: fc.integer({ min: 0, max: 20 * 60 * MINUTE }),
      length: fc.integer({ min: 1, max: 6 * 60 * MINUTE }),
      platformId: fc.constantFrom('xuexi', 'zwfw', 'dingtalk'),
      kind: fc.constantFrom<SpanKind>('active', 'media'),
    }),
    { maxLength: 60 },
  )
  .map((steps) => {
    let cursor = Date.UTC(2024, 0, 1, 16);
    return steps.map((step) => {
      const start = cursor + step.gap;
      cursor = start + step.length;
      return span(step.platformId, start, cursor, step.kind);
    });
  });

const rollupRows = fc
  .array(
    fc.record({
      day: fc.constantFrom('2024-05-06', '2024-05-07'),
      platformId: fc.constantFrom('xuexi', 'zwfw'),
      kind: fc.constantFrom<SpanKind>('active', 'media'),
      halfHourMs: fc.array(fc.integer({ min: 0, max: 30 * MINUTE }), { minLength: 48, maxLength: 48 }),
      spanCount: fc.integer({ min: 1, max: 9 }),
    }),
    { maxLength: 6 },
  )
  .map((rows) =>
    rows.map(
      (row): DayRollup => ({
        day: row.day,
        platformId: row.platformId,
        kind: row.kind,
        halfHours: row.halfHourMs.map((ms) => ms / MINUTE),
        minutes: sum(row.halfHourMs) / MINUTE,
        spanCount: row.spanCount,
      }),
    ),
  );

describe('rollupSpans', () => {
  it('puts each minute in the local half hour it happened in', () => {
    const [rollup] = rollupSpans([span('xuexi', at('2024-05-06', '08:10'), at('2024-05-06', '09:05'))]);
    expect(rollup).toMatchObject({
      day: '2024-05-06',
      platformId: 'xuexi',
      kind: 'active',
      minutes: 55,
      spanCount: 1,
    });
    expect(rollup?.halfHours[16]).toBe(20);
    expect(rollup?.halfHours[17]).toBe(30);
    expect(rollup?.halfHours[18]).toBe(5);
    expect(sum(rollup?.halfHours ?? [])).toBe(55);
  });

  it('keeps platforms and kinds apart and counts spans per day', () => {
    const rollups = rollupSpans([
      span('xuexi', at('2024-05-06', '09:00'), at('2024-05-06', '09:30')),
      span('xuexi', at('2024-05-06', '10:00'), at('2024-05-06', '10:20')),
      span('xuexi', at('2024-05-06', '11:00'), at('2024-05-06', '11:45'), 'media'),
      span('zwfw', at('2024-05-07', '15:00'), at('2024-05-07', '15:10')),
    ]);
    expect(rollups.map((r) => [r.day, r.platformId, r.kind, r.minutes, r.spanCount])).toEqual([
      ['2024-05-06', 'xuexi', 'active', 50, 2],
      ['2024-05-06', 'xuexi', 'media', 45, 1],
      ['2024-05-07', 'zwfw', 'active', 10, 1],
    ]);
  });

  it('splits a span that crosses local midnight between the two days', () => {
    const rollups = rollupSpans([span('xuexi', at('2024-05-06', '23:40'), at('2024-05-07', '00:25'))]);
    expect(rollups.map((r) => [r.day, r.minutes, r.spanCount, r.halfHours[47], r.halfHours[0]])).toEqual([
      ['2024-05-06', 20, 1, 20, 0],
      ['2024-05-07', 25, 1, 0, 25],
    ]);
  });

  it('uses the instants, not the stored day, to find the day', () => {
    const [rollup] = rollupSpans([
      { ...span('xuexi', at('2024-05-06', '10:00'), at('2024-05-06', '11:00')), day: '2024-05-05' },
    ]);
    expect(rollup?.day).toBe('2024-05-06');
  });

  it('keeps fractions of a minute instead of rounding them away', () => {
    const start = at('2024-05-06', '10:00');
    const [rollup] = rollupSpans([span('xuexi', start, start + 90_500)]);
    expect(rollup?.minutes).toBeCloseTo(90.5 / 60, 12);
  });

  it('returns nothing for no spans and ignores spans that end before they start', () => {
    expect(rollupSpans([])).toEqual([]);
    const start = at('2024-05-06', '10:00');
    expect(rollupSpans([span('xuexi', start, start)])).toEqual([]);
  });

  it('keeps the total time of the spans (property)', () => {
    fc.assert(
      fc.property(disjointSpans, (spans) => {
        const spanMinutes = sum(spans.map((s) => (s.end - s.start) / MINUTE));
        const rollups = rollupSpans(spans);
        expect(sum(rollups.map((r) => r.minutes))).toBeCloseTo(spanMinutes, 6);
        for (const rollup of rollups) expect(sum(rollup.halfHours)).toBeCloseTo(rollup.minutes, 6);
      }),
    );
  });

  it('never puts more than 1440 minutes in one day, nor more than 30 in a half hour (property)', () => {
    fc.assert(
      fc.property(disjointSpans, (spans) => {
        const minutesByDay = new Map<string, number>();
        const halfHoursByDay = new Map<string, number[]>();
        for (const rollup of rollupSpans(spans)) {
          minutesByDay.set(rollup.day, (minutesByDay.get(rollup.day) ?? 0) + rollup.minutes);
          const slots = halfHoursByDay.get(rollup.day) ?? new Array<number>(48).fill(0);
          halfHoursByDay.set(
            rollup.day,
            slots.map((value, index) => value + (rollup.halfHours[index] ?? 0)),
          );
        }
        for (const minutes of minutesByDay.values()) expect(minutes).toBeLessThanOrEqual(1440 + 1e-9);
        for (const slots of halfHoursByDay.values())
          for (const slot of slots) expect(slot).toBeLessThanOrEqual(30 + 1e-9);
      }),
    );
  });

  it('rolls up in any order to the same rows, and in parts to what merging the parts gives (property)', () => {
    fc.assert(
      fc.property(disjointSpans, fc.nat(), (spans, cut) => {
        const split = spans.length === 0 ? 0 : cut % spans.length;
        const whole = rollupSpans(spans);
        expect(rollupSpans([...spans].reverse())).toEqual(whole);
        expect(mergeRollups(rollupSpans(spans.slice(0, split)), rollupSpans(spans.slice(split)))).toEqual(
          whole,
        );
      }),
    );
  });

  describe('in a time zone with daylight saving time (America/New_York)', () => {
    it('leaves the skipped hour empty on the spring-forward day', () => {
      process.env.TZ = 'America/New_York';
      // 2024-03-10: 02:00 EST jumps to 03:00 EDT; 01:00..04:00 on the wall is two real hours.
      const [rollup] = rollupSpans([span('xuexi', at('2024-03-10', '01:00'), at('2024-03-10', '04:00'))]);
      expect(rollup?.minutes).toBe(120);
      expect(rollup?.halfHours.slice(2, 8)).toEqual([30, 30, 0, 0, 30, 30]);
    });

    it('counts the repeated hour twice in its half hours on the fall-back day', () => {
      process.env.TZ = 'America/New_York';
      // 2024-11-03: 02:00 EDT falls back to 01:00 EST; 00:30..02:30 on the wall is three real hours.
      const start = at('2024-11-03', '00:30');
      const [rollup] = rollupSpans([span('xuexi', start, start + 180 * MINUTE)]);
      expect(rollup?.minutes).toBe(180);
      expect(rollup?.halfHours.slice(1, 6)).toEqual([30, 60, 60, 30, 0]);
    });

    it('splits at New York midnight, not Shanghai midnight', () => {
      process.env.TZ = 'America/New_York';
      const rollups = rollupSpans([span('xuexi', at('2024-05-06', '23:30'), at('2024-05-07', '01:00'))]);
      expect(rollups.map((r) => [r.day, r.minutes])).toEqual([
        ['2024-05-06', 30],
        ['2024-05-07', 60],
      ]);
    });

    it('keeps the total time across DST changes (property)', () => {
      process.env.TZ = 'America/New_York';
      const aroundChanges = fc.constantFrom(Date.UTC(2024, 2, 9, 20), Date.UTC(2024, 10, 2, 20));
      fc.assert(
        fc.property(
          aroundChanges,
          fc.array(fc.integer({ min: 1, max: 300 * MINUTE }), { maxLength: 20 }),
          (base, lengths) => {
            let cursor = base;
            const spans = lengths.map((length) => {
              const made = span('xuexi', cursor, cursor + length);
              cursor += length + 7 * MINUTE;
              return made;
            });
            const rollups = rollupSpans(spans);
            expect(sum(rollups.map((r) => r.minutes))).toBeCloseTo(sum(lengths) / MINUTE, 6);
            for (const rollup of rollups) {
              expect(rollup.halfHours).toHaveLength(48);
              expect(sum(rollup.halfHours)).toBeCloseTo(rollup.minutes, 6);
              // A fall-back day has 25 hours.
              expect(rollup.minutes).toBeLessThanOrEqual(1500 + 1e-9);
            }
          },
        ),
      );
    });
  });
});

describe('mergeRollups', () => {
  it('adds rows of the same day, platform and kind, and keeps the others', () => {
    const old = rollupSpans([span('xuexi', at('2024-05-06', '09:00'), at('2024-05-06', '09:40'))]);
    const recent = rollupSpans([
      span('xuexi', at('2024-05-06', '09:40'), at('2024-05-06', '10:00')),
      span('zwfw', at('2024-05-06', '14:00'), at('2024-05-06', '14:15')),
    ]);
    const merged = mergeRollups(old, recent);
    expect(merged.map((r) => [r.platformId, r.minutes, r.spanCount])).toEqual([
      ['xuexi', 60, 2],
      ['zwfw', 15, 1],
    ]);
    expect(merged[0]?.halfHours.slice(18, 20)).toEqual([30, 30]);
  });

  it('is commutative and associative, exactly (property)', () => {
    fc.assert(
      fc.property(rollupRows, rollupRows, rollupRows, (a, b, c) => {
        expect(mergeRollups(a, b)).toEqual(mergeRollups(b, a));
        expect(mergeRollups(mergeRollups(a, b), c)).toEqual(mergeRollups(a, mergeRollups(b, c)));
      }),
    );
  });

  it('has the empty list as identity, up to order and duplicate rows (property)', () => {
    fc.assert(
      fc.property(rollupRows, (rows) => {
        const normalized = mergeRollups(rows, []);
        expect(mergeRollups([], normalized)).toEqual(normalized);
        expect(sum(normalized.map((r) => r.minutes))).toBeCloseTo(sum(rows.map((r) => r.minutes)), 9);
      }),
    );
  });
});
