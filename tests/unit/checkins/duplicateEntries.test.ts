import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NewFingerprint } from '../../../utils/checkins/checkin';
import { duplicateEntries } from '../../../utils/checkins/duplicateEntries';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

/** A submission at a local time in Asia/Shanghai (the unit tests' zone). */
function submitted(hash: string, platformId: string, localTime: string): NewFingerprint {
  return { hash, platformId, day: localTime.slice(0, 10), at: new Date(`${localTime}+08:00`).getTime() };
}

describe('duplicateEntries', () => {
  it('counts nothing when nothing was submitted', () => {
    expect(duplicateEntries([])).toEqual({ total: 0, byDay: {}, byPlatformPair: [] });
  });

  it('counts the same data on two platforms as one duplicate, on the day of the later submission', () => {
    const result = duplicateEntries([
      submitted(HASH_A, 'grid', '2024-05-06T09:10'),
      submitted(HASH_A, 'host:tjbb.zj.gov.cn', '2024-05-07T15:30'),
    ]);
    expect(result).toEqual({
      total: 1,
      byDay: { '2024-05-07': 1 },
      byPlatformPair: [{ a: 'grid', b: 'host:tjbb.zj.gov.cn', count: 1 }],
    });
  });

  it('counts n - 1 duplicates for the same data on n platforms, each paired with where it was first typed', () => {
    const result = duplicateEntries([
      submitted(HASH_A, 'zlb', '2024-05-06T09:00'),
      submitted(HASH_A, 'grid', '2024-05-06T10:00'),
      submitted(HASH_A, 'dingtalk', '2024-05-06T11:00'),
    ]);
    expect(result.total).toBe(2);
    expect(result.byDay).toEqual({ '2024-05-06': 2 });
    expect(result.byPlatformPair).toEqual([
      { a: 'dingtalk', b: 'zlb', count: 1 },
      { a: 'grid', b: 'zlb', count: 1 },
    ]);
  });

  it('does not count re-submitting the same data on the same platform', () => {
    const result = duplicateEntries([
      submitted(HASH_A, 'grid', '2024-05-06T09:00'),
      submitted(HASH_A, 'grid', '2024-05-06T09:02'),
      submitted(HASH_A, 'grid', '2024-05-08T09:00'),
    ]);
    expect(result.total).toBe(0);
  });

  it('does not count a correction re-submitted to both platforms on the same day twice', () => {
    const result = duplicateEntries([
      submitted(HASH_A, 'grid', '2024-05-06T09:00'),
      submitted(HASH_A, 'zlb', '2024-05-06T09:10'),
      submitted(HASH_A, 'grid', '2024-05-06T09:20'),
      submitted(HASH_A, 'zlb', '2024-05-06T09:30'),
    ]);
    expect(result.total).toBe(1);
  });

  it('counts a daily form typed into the same two systems every day once a day', () => {
    const days = ['2024-05-06', '2024-05-07', '2024-05-08'];
    const result = duplicateEntries(
      days.flatMap((day) => [
        submitted(HASH_A, 'grid', `${day}T08:30`),
        submitted(HASH_A, 'zlb', `${day}T17:45`),
      ]),
    );
    expect(result.total).toBe(3);
    expect(result.byDay).toEqual({ '2024-05-06': 1, '2024-05-07': 1, '2024-05-08': 1 });
    expect(result.byPlatformPair).toEqual([{ a: 'grid', b: 'zlb', count: 3 }]);
  });

  it('still counts the same data typed into another system months later', () => {
    const result = duplicateEntries([
      submitted(HASH_A, 'grid', '2024-01-15T10:00'),
      submitted(HASH_A, 'census', '2024-06-20T10:00'),
    ]);
    expect(result.byDay).toEqual({ '2024-06-20': 1 });
  });

  it('counts different data separately and never matches different hashes', () => {
    const result = duplicateEntries([
      submitted(HASH_A, 'grid', '2024-05-06T09:00'),
      submitted(HASH_B, 'zlb', '2024-05-06T09:30'),
      submitted(HASH_B, 'grid', '2024-05-06T10:00'),
      submitted(HASH_A, 'zlb', '2024-05-07T10:00'),
    ]);
    expect(result.total).toBe(2);
    expect(result.byDay).toEqual({ '2024-05-06': 1, '2024-05-07': 1 });
    expect(result.byPlatformPair).toEqual([{ a: 'grid', b: 'zlb', count: 2 }]);
  });

  it('lists the most frequent pair first', () => {
    const result = duplicateEntries([
      submitted(HASH_A, 'x', '2024-05-06T09:00'),
      submitted(HASH_A, 'y', '2024-05-06T09:10'),
      submitted(HASH_B, 'p', '2024-05-06T09:00'),
      submitted(HASH_B, 'q', '2024-05-06T09:10'),
      submitted(HASH_B, 'p', '2024-05-07T09:00'),
      submitted(HASH_B, 'q', '2024-05-07T09:10'),
    ]);
    expect(result.byPlatformPair.map(({ a, b, count }) => `${a}-${b}:${count}`)).toEqual(['p-q:2', 'x-y:1']);
  });
});

describe('duplicateEntries laws', () => {
  const fingerprints = fc.array(
    fc.record({
      hash: fc.constantFrom(HASH_A, HASH_B, 'c'.repeat(64)),
      platformId: fc.constantFrom('grid', 'zlb', 'dingtalk', 'host:oa.xx.gov.cn'),
      offsetMinutes: fc.integer({ min: 0, max: 60 * 24 * 10 }),
    }),
    { maxLength: 40 },
  );
  const toFingerprints = (drawn: { hash: string; platformId: string; offsetMinutes: number }[]) =>
    drawn.map(({ hash, platformId, offsetMinutes }) => {
      const at = Date.UTC(2024, 4, 6) + offsetMinutes * 60_000;
      return { hash, platformId, at, day: new Date(at + 8 * 3600_000).toISOString().slice(0, 10) };
    });

  it('does not depend on the order the records are read in', () => {
    fc.assert(
      fc.property(
        fingerprints.chain((drawn) =>
          fc.tuple(fc.constant(drawn), fc.shuffledSubarray(drawn, { minLength: drawn.length })),
        ),
        ([drawn, shuffled]) => {
          expect(duplicateEntries(toFingerprints(shuffled))).toEqual(duplicateEntries(toFingerprints(drawn)));
        },
      ),
    );
  });

  it('adds up: per day and per pair sum to the total, which never exceeds the retypings possible', () => {
    fc.assert(
      fc.property(fingerprints, (drawn) => {
        const records = toFingerprints(drawn);
        const { total, byDay, byPlatformPair } = duplicateEntries(records);
        const sum = (numbers: number[]) => numbers.reduce((left, right) => left + right, 0);
        expect(sum(Object.values(byDay))).toBe(total);
        expect(sum(byPlatformPair.map(({ count }) => count))).toBe(total);
        expect(total).toBeLessThanOrEqual(records.length - new Set(records.map(({ hash }) => hash)).size);
        for (const { a, b } of byPlatformPair) expect(a < b).toBe(true);
      }),
    );
  });

  it('counts n - 1 for one hash submitted once on each of n platforms', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 10 }),
        (ids) => {
          const records = ids.map((platformId, index) =>
            submitted(HASH_A, platformId, `2024-05-06T0${index % 10}:00`),
          );
          expect(duplicateEntries(records).total).toBe(ids.length - 1);
        },
      ),
    );
  });
});
