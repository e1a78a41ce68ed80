import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoursAxis, labelEvery } from '../../../components/charts/axis';

describe('the hours axis of the SVG charts', () => {
  it('runs from 0 in equal round steps to a top at or just above the largest value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        fc.integer({ min: 2, max: 6 }),
        (max, count) => {
          const { top, ticks } = hoursAxis(max, count);
          expect(ticks[0]).toBe(0);
          expect(ticks.at(-1)).toBe(top);
          // at or above it, but for floating-point noise (a bar may not poke a visible hair out of the plot)
          expect(top).toBeGreaterThanOrEqual(max * (1 - 1e-9));
          const step = ticks[1]! - ticks[0]!;
          // round: 1, 2, 2.5 or 5 times a power of ten
          const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6));
          expect([1, 2, 2.5, 5]).toContain(mantissa);
          // tight: one step fewer would not reach the largest value; never more steps than asked for
          expect(top - step).toBeLessThan(max);
          expect(ticks.length - 1).toBeLessThanOrEqual(count);
          for (const [index, tick] of ticks.entries()) expect(tick).toBeCloseTo(index * step, 9);
        },
      ),
    );
  });

  it('draws an empty period on 0 to 1 h', () => {
    expect(hoursAxis(0)).toEqual({ top: 1, ticks: [0, 0.5, 1] });
    expect(hoursAxis(Number.NaN).top).toBe(1);
  });

  it('writes tick values without floating-point noise', () => {
    expect(hoursAxis(0.9).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(hoursAxis(7.5).ticks).toEqual([0, 2, 4, 6, 8]);
  });

  it('labels every day of a week and every other day of a month', () => {
    expect(labelEvery(7, 16)).toBe(1);
    expect(labelEvery(31, 16)).toBe(2);
    expect(labelEvery(0, 16)).toBe(1);
  });
});
