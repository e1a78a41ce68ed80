import { describe, expect, it } from 'vitest';
import { checkSyntheticYear, generateSyntheticYear } from '../../bench/syntheticYear';

const now = new Date(2026, 11, 3, 15, 30).getTime();

describe("the bench's synthetic history", () => {
  it('makes three years the tracker could have written, about 50,000 spans a year', () => {
    const history = generateSyntheticYear({ seed: 20240501, now, years: 3 });
    expect(() => checkSyntheticYear(history)).not.toThrow();
    expect(history.firstDay).toBe('2023-12-05');
    expect(history.lastDay).toBe('2026-12-03');
    expect(history.spans.length).toBeGreaterThan(140_000);
    expect(history.spans.length).toBeLessThan(160_000);
    expect(history.checkins.length).toBeGreaterThan(3 * 4_000);
  });

  it('makes the same history from the same seed', () => {
    const first = generateSyntheticYear({ seed: 7, now, years: 2 });
    const second = generateSyntheticYear({ seed: 7, now, years: 2 });
    expect(second.spans.length).toBe(first.spans.length);
    expect(second.spans.at(-1)).toEqual(first.spans.at(-1));
    expect(second.fingerprints).toEqual(first.fingerprints);
  });

  it('never visits a reporting channel: the tracker records none, so neither may the bench', () => {
    const history = generateSyntheticYear({ seed: 11, now, years: 1 });
    const platforms = new Set(history.spans.map((span) => span.platformId));
    for (const channel of ['ccdi', 'ducha', '12380']) expect(platforms.has(channel)).toBe(false);
    const [first] = history.spans;
    if (!first) throw new Error('no spans');
    for (const platformId of ['ccdi', 'host:www.someplace12380.gov.cn', 'host:jubao.court.gov.cn']) {
      const spans = [{ ...first, platformId }, ...history.spans.slice(1)];
      expect(() => checkSyntheticYear({ ...history, spans })).toThrow(/reporting channel/);
    }
  });

  it('writes check-ins with the fields the tracker stores and no more, so its own backup restores', () => {
    const history = generateSyntheticYear({ seed: 11, now, years: 1 });
    const [first] = history.checkins;
    if (!first) throw new Error('no check-ins');
    const withMinutes = { ...first, minutes: 45 } as typeof first;
    expect(() =>
      checkSyntheticYear({ ...history, checkins: [withMinutes, ...history.checkins.slice(1)] }),
    ).toThrow(/minutes/);
  });
});
