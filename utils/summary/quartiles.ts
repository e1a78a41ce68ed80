/** n, total, median and quartiles of a list of numbers, independent of the list's order. */

export interface Distribution {
  n: number;
  total: number;
  median: number;
  q1: number;
  q3: number;
}

/**
 * Quartiles by linear interpolation between order statistics (numpy's default, Excel's QUARTILE.INC).
 * Values are sorted before summing, so the same numbers in any order give bit-identical results.
 */
export function distribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    total: tidy(sorted.reduce((sum, value) => sum + value, 0)),
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
  };
}

function quantile(sorted: readonly number[], probability: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * probability;
  const below = sorted[Math.floor(position)]!;
  const above = sorted[Math.ceil(position)]!;
  return tidy(below + (above - below) * (position - Math.floor(position)));
}

/** Removes binary noise such as 0.30000000000000004 from sums of rounded hours. */
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
