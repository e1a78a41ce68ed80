import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSmallParts, roundParts, roundToStep } from '../../../utils/summary/controlledRounding';

const units = (value: number, step: number) => Math.round(value / step);

describe('controlled rounding', () => {
  it('adds the parts up to the rounded total exactly, each a whole number of steps (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(0.01, 0.1, 0.25, 0.5, 1, 2),
        (parts, step) => {
          const total = roundToStep(
            parts.reduce((a, b) => a + b, 0),
            step,
          );
          const rounded = roundParts(parts, total, step, 0);
          expect(rounded.reduce((sum, part) => sum + units(part, step), 0)).toBe(units(total, step));
          for (const [index, part] of rounded.entries()) {
            expect(part).toBeGreaterThanOrEqual(0);
            expect(Math.abs(part / step - units(part, step))).toBeLessThan(1e-6);
            // Each part is within one step of its exact share of the rounded total.
            const sum = parts.reduce((a, b) => a + b, 0);
            const share = sum > 0 ? (parts[index]! / sum) * total : index === 0 ? total : 0;
            expect(Math.abs(part - share)).toBeLessThan(step + 1e-9);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the whole total to the rest part when every part is zero, and nothing to anyone for a zero total', () => {
    expect(roundParts([0, 0, 0], 1.5, 0.5, 2)).toEqual([0, 0, 1.5]);
    expect(roundParts([1, 2, 3], 0, 0.5, 2)).toEqual([0, 0, 0]);
  });

  it('breaks ties towards the earlier part, so the same input always gives the same output', () => {
    expect(roundParts([1, 1, 1], 1, 0.5, 0)).toEqual([0.5, 0.5, 0]);
  });

  it('folds parts under half a step into the rest part, keeping their sum', () => {
    expect(foldSmallParts([0.1, 2, 0.2, 0], 0.5, 3)).toEqual([0, 2, 0, 0.30000000000000004]);
    expect(foldSmallParts([-1, Number.NaN, 1], 0.5, 0)).toEqual([0, 0, 1]);
  });
});

describe('the keyed noise stream', () => {
  it('gives NOISE_DRAWS uniforms in [0, 1), spread evenly, the same for the same key and input', async () => {
    const { NOISE_DRAWS, noiseStream } = await import('../../../utils/summary/noiseStream');
    const draws = await noiseStream('0f'.repeat(32), '2026-W47', 1);
    expect(draws).toHaveLength(NOISE_DRAWS);
    expect(draws.every((draw) => draw >= 0 && draw < 1)).toBe(true);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
    expect(new Set(draws).size).toBe(draws.length);
    expect(await noiseStream('0f'.repeat(32), '2026-W47', 1)).toEqual(draws);
  });
});
