/** Laplace noise for local differential privacy, drawn from an injected uniform source. */

/** A uniform random number in [0, 1). */
export type UniformRandom = () => number;

/**
 * One draw from Laplace(0, scale), as the difference of two exponential draws: it needs only
 * `1 - random()`, which lies in (0, 1], so the logarithm is always finite (unlike the inverse CDF at 0).
 */
export function laplaceNoise(scale: number, random: UniformRandom): number {
  const exponential = () => -Math.log(1 - random());
  return scale * (exponential() - exponential());
}
