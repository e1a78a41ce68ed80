/** The time a release stamps on its files comes from the source, never from the clock. */
import { describe, expect, it } from 'vitest';
import { releaseTime, TIME_WITHOUT_SOURCE } from '../../../scripts/release/releaseTime';

const COMMIT_SECONDS = '1796232707'; // 2026-12-02T17:31:47Z

describe('releaseTime', () => {
  it('takes SOURCE_DATE_EPOCH when a packager sets it, over the commit time', () => {
    expect(releaseTime('1700000000', COMMIT_SECONDS).toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });

  it("takes the last commit's time when SOURCE_DATE_EPOCH is unset or empty", () => {
    expect(releaseTime(undefined, `${COMMIT_SECONDS}\n`).toISOString()).toBe('2026-12-02T17:31:47.000Z');
    expect(releaseTime('', COMMIT_SECONDS).toISOString()).toBe('2026-12-02T17:31:47.000Z');
  });

  it('takes 1980-01-01 outside a git checkout, the same on every run', () => {
    expect(releaseTime(undefined, undefined)).toEqual(TIME_WITHOUT_SOURCE);
    expect(TIME_WITHOUT_SOURCE.toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });

  it('fails on a SOURCE_DATE_EPOCH that is not whole seconds, rather than fall back silently', () => {
    expect(() => releaseTime('2026-12-02', COMMIT_SECONDS)).toThrow(/SOURCE_DATE_EPOCH/);
    expect(() => releaseTime('1700000000.5', COMMIT_SECONDS)).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
