/**
 * The noise of a summary, drawn from a keyed pseudo-random function instead of kept draws: HMAC-SHA256 under a
 * per-install secret of (period, epsilon, block). The same period and epsilon always get the same noise, so making
 * the summary again never brings fresh noise that could be averaged away, and nothing has to be written when a
 * summary is made. Without the secret (it never leaves the device: not in a backup, not in a summary) the stream
 * cannot be predicted. A different epsilon gets an independent stream, because the same draw scaled by two known
 * epsilons would let the noise be solved away.
 */

/** Enough for the largest summary: about 50 noisy fields and 200 national platforms, two uniforms each. */
export const NOISE_DRAWS = 600;

/** Uniforms in [0, 1), 53 bits each, four per HMAC block. */
export async function noiseStream(
  keyHex: string,
  periodKey: string,
  epsilon: number,
  count = NOISE_DRAWS,
): Promise<number[]> {
  const key = await crypto.subtle.importKey(
    'raw',
    hexBytes(keyHex),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const encoder = new TextEncoder();
  const blocks = await Promise.all(
    Array.from({ length: Math.ceil(count / 4) }, (_unused, block) =>
      crypto.subtle.sign(
        'HMAC',
        key,
        encoder.encode(`fingertip-summary-noise/${periodKey}/${epsilon}/${block}`),
      ),
    ),
  );
  const draws: number[] = [];
  for (const block of blocks) {
    const words = new DataView(block);
    for (let offset = 0; offset < 32 && draws.length < count; offset += 8) {
      // 27 high bits and 26 low bits make a double in [0, 1) with every representable step equally likely.
      draws.push(((words.getUint32(offset) >>> 5) * 2 ** 26 + (words.getUint32(offset + 4) >>> 6)) / 2 ** 53);
    }
  }
  return draws;
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(new ArrayBuffer(hex.length / 2));
  for (let index = 0; index < bytes.length; index++)
    bytes[index] = Number.parseInt(hex.slice(2 * index, 2 * index + 2), 16);
  return bytes;
}

/** A uniform source that hands out the stream in order; running out is a bug (NOISE_DRAWS is too small), not noise. */
export function streamRandom(draws: readonly number[]): () => number {
  let next = 0;
  return () => {
    if (next >= draws.length) throw new Error('the summary needs more noise draws than NOISE_DRAWS');
    return draws[next++]!;
  };
}
