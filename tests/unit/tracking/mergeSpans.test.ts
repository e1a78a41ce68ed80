import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canMerge, mergeAdjacent } from '../../../utils/tracking/mergeSpans';
import type { Span, StoredSpan } from '../../../utils/tracking/span';
import { at, MINUTE, totalMs } from './trackingFixtures';

function span(start: number, end: number, overrides: Partial<StoredSpan> = {}): Span {
  return { platformId: 'xuexi', kind: 'active', start, end, day: '2024-05-06', source: 'auto', ...overrides };
}

const nine = at('2024-05-06T09:00');

describe('canMerge', () => {
  it('joins a span that starts where the previous one ended, or within a second of it', () => {
    expect(canMerge(span(nine, nine + MINUTE), span(nine + MINUTE, nine + 2 * MINUTE))).toBe(true);
    expect(canMerge(span(nine, nine + MINUTE), span(nine + MINUTE + 1000, nine + 2 * MINUTE))).toBe(true);
    expect(canMerge(span(nine, nine + MINUTE), span(nine + MINUTE + 1001, nine + 2 * MINUTE))).toBe(false);
    expect(canMerge(span(nine, nine + MINUTE), span(nine + MINUTE + 1, nine + 2 * MINUTE), 0)).toBe(false);
  });

  it('never joins different platforms, kinds, sources or days', () => {
    const first = span(nine, nine + MINUTE);
    const next = (overrides: Partial<Span>) => span(nine + MINUTE, nine + 2 * MINUTE, overrides);
    expect(canMerge(first, next({ platformId: 'party-member-net' }))).toBe(false);
    expect(canMerge(first, next({ kind: 'media' }))).toBe(false);
    expect(canMerge(first, next({ source: 'manual' }))).toBe(false);
    expect(canMerge(first, next({ day: '2024-05-07' }))).toBe(false);
  });

  it('never joins overlapping spans, which would hide time counted twice', () => {
    expect(canMerge(span(nine, nine + 2 * MINUTE), span(nine + MINUTE, nine + 3 * MINUTE))).toBe(false);
  });
});

describe('mergeAdjacent', () => {
  it('turns a run of back-to-back spans of one platform into one span, sorted by start', () => {
    const merged = mergeAdjacent([
      span(nine + 2 * MINUTE, nine + 3 * MINUTE, { id: 3 }),
      span(nine, nine + MINUTE, { id: 1 }),
      span(nine + MINUTE, nine + 2 * MINUTE, { id: 2, platformId: 'party-member-net' }),
      span(nine + MINUTE, nine + 2 * MINUTE, { id: 4 }),
    ]);
    expect(merged).toEqual([
      span(nine, nine + 3 * MINUTE, { id: 1 }),
      span(nine + MINUTE, nine + 2 * MINUTE, { id: 2, platformId: 'party-member-net' }),
    ]);
  });

  it('does not change the spans it was given', () => {
    const input = [span(nine, nine + MINUTE), span(nine + MINUTE, nine + 2 * MINUTE)];
    const copy = structuredClone(input);
    mergeAdjacent(input);
    expect(input).toEqual(copy);
  });

  const spanLists = fc.array(
    fc
      .record({
        platformId: fc.constantFrom('xuexi', 'party-member-net'),
        kind: fc.constantFrom<Span['kind']>('active', 'media'),
        source: fc.constantFrom<Span['source']>('auto', 'manual'),
        day: fc.constantFrom('2024-05-06', '2024-05-07'),
        // whole seconds, so back-to-back and slightly apart spans both occur often
        startSecond: fc.integer({ min: 0, max: 60 }),
        lengthSeconds: fc.integer({ min: 1, max: 10 }),
      })
      .map(({ startSecond, lengthSeconds, ...rest }) => ({
        ...rest,
        start: nine + startSecond * 1000,
        end: nine + (startSecond + lengthSeconds) * 1000,
      })),
    { maxLength: 30 },
  );

  it('keeps the total duration of spans that only touch, and never loses time', () => {
    fc.assert(
      fc.property(spanLists, (spans) => {
        expect(totalMs(mergeAdjacent(spans, 0))).toBe(totalMs(spans));
        // with a tolerance a bridged gap of at most a second per join is counted, never more
        const merged = mergeAdjacent(spans);
        const joins = spans.length - merged.length;
        expect(totalMs(merged)).toBeGreaterThanOrEqual(totalMs(spans));
        expect(totalMs(merged)).toBeLessThanOrEqual(totalMs(spans) + joins * 1000);
      }),
    );
  });

  it('is idempotent and returns spans sorted by start', () => {
    fc.assert(
      fc.property(spanLists, fc.constantFrom(0, 1000), (spans, tolerance) => {
        const once = mergeAdjacent(spans, tolerance);
        expect(mergeAdjacent(once, tolerance)).toEqual(once);
        for (let i = 1; i < once.length; i++)
          expect(once[i]!.start).toBeGreaterThanOrEqual(once[i - 1]!.start);
      }),
      { numRuns: 1000 },
    );
  });

  it('merges no matter in which order the spans arrive', () => {
    fc.assert(
      fc.property(spanLists, fc.infiniteStream(fc.nat()), (spans, order) => {
        const shuffled = spans
          .map((s) => ({ s, key: order.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ s }) => s);
        expect(mergeAdjacent(shuffled)).toEqual(mergeAdjacent(spans));
      }),
    );
  });
});
