/** The uniform random source real summaries use: the Web Crypto API's `getRandomValues`, with 53 random bits per number. */
import type { UniformRandom } from './laplaceNoise';

export function cryptoRandom(): UniformRandom {
  const words = new Uint32Array(2);
  return () => {
    crypto.getRandomValues(words);
    // 27 high bits and 26 low bits make a double in [0, 1) with every representable step equally likely.
    return ((words[0]! >>> 5) * 2 ** 26 + (words[1]! >>> 6)) / 2 ** 53;
  };
}
