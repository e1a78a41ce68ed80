/**
 * Controlled rounding: parts rounded to a step so that they add up to their rounded total exactly (the largest
 * remainder method), whatever the rounding of each part alone would give. A summary's lists of parts then add up in
 * the text, the JSON and the CSV alike, and a reader can check the law.
 */

/** Rounds to the step; the final rounding to 6 decimals removes binary noise such as 0.30000000000000004. */
export function roundToStep(value: number, step: number): number {
  return tidy(Math.round(value / step) * step);
}

export function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Parts under half a step would round to nothing alone: they are added to the part at `restIndex` (the list's
 * "其他"), so that their time is counted there instead of vanishing. Parts below 0 count as 0.
 */
export function foldSmallParts(parts: readonly number[], step: number, restIndex: number): number[] {
  const folded = parts.map((part) => (Number.isFinite(part) && part > 0 ? part : 0));
  for (let index = 0; index < folded.length; index++) {
    if (index !== restIndex && folded[index]! > 0 && folded[index]! < step / 2) {
      folded[restIndex] = folded[restIndex]! + folded[index]!;
      folded[index] = 0;
    }
  }
  return folded;
}

/**
 * Shares `total` (a multiple of `step`) among the parts in proportion to them, each a multiple of `step`, adding up
 * to `total` exactly: every part gets the whole steps of its share, and the steps left over go to the largest
 * remainders (the earlier part on a tie, so the result never depends on chance). When all parts are 0, the whole
 * total goes to `restIndex`.
 */
export function roundParts(
  parts: readonly number[],
  total: number,
  step: number,
  restIndex: number,
): number[] {
  const units = Math.max(0, Math.round(total / step));
  const clean = parts.map((part) => (Number.isFinite(part) && part > 0 ? part : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  const result = clean.map(() => 0);
  if (units === 0 || clean.length === 0) return result;
  if (sum <= 0) {
    result[restIndex] = tidy(units * step);
    return result;
  }
  const shares = clean.map((part) => (part / sum) * units);
  const whole = shares.map((share) => Math.floor(share));
  let left = units - whole.reduce((a, b) => a + b, 0);
  const order = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    whole[index] = whole[index]! + 1;
    left--;
  }
  return whole.map((count) => tidy(count * step));
}
