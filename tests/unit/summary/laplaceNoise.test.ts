import { describe, expect, it } from 'vitest';
import { cryptoRandom } from '../../../utils/summary/cryptoRandom';
import { laplaceNoise } from '../../../utils/summary/laplaceNoise';
import { seededRandom } from '../../../utils/summary/seededRandom';

function draws(count: number, scale: number, random: () => number): number[] {
  return Array.from({ length: count }, () => laplaceNoise(scale, random));
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('laplaceNoise', () => {
  it('has mean absolute value equal to its scale, 1/epsilon, and mean zero', () => {
    for (const epsilon of [0.25, 1, 4]) {
      const values = draws(40_000, 1 / epsilon, seededRandom(42));
      expect(mean(values.map(Math.abs)) * epsilon).toBeGreaterThan(0.97);
      expect(mean(values.map(Math.abs)) * epsilon).toBeLessThan(1.03);
      expect(Math.abs(mean(values)) * epsilon).toBeLessThan(0.03);
    }
  });

  it('has the Laplace tail: about e^-3 of draws lie beyond three scales', () => {
    const values = draws(40_000, 2, seededRandom(3));
    const beyond = values.filter((value) => Math.abs(value) > 6).length / values.length;
    expect(beyond).toBeGreaterThan(Math.exp(-3) * 0.85);
    expect(beyond).toBeLessThan(Math.exp(-3) * 1.15);
  });

  it('stays finite even when the random source returns exactly 0', () => {
    expect(Number.isFinite(laplaceNoise(1, () => 0))).toBe(true);
    expect(laplaceNoise(1, () => 0)).toBe(0);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const first = Array.from({ length: 1000 }, seededRandom(9));
    expect(Array.from({ length: 1000 }, seededRandom(9))).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(Math.abs(mean(first) - 0.5)).toBeLessThan(0.05);
  });
});

describe('cryptoRandom', () => {
  it('gives uniform numbers in [0, 1) from the Web Crypto API', () => {
    const values = Array.from({ length: 10_000 }, cryptoRandom());
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(Math.abs(mean(values) - 0.5)).toBeLessThan(0.02);
    expect(new Set(values).size).toBe(values.length);
  });
});
