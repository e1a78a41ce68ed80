/** Form fingerprints: a salted SHA-256 of a form's normalized values, so the same data typed twice is known without keeping it. */
import { sha256Hex } from './sha256';

/**
 * Bounds that keep a huge or odd form cheap and its fingerprint meaningful:
 * - `scannedControls`: form controls read per submission (the DOM work);
 * - `valueLength`: characters of one value that are hashed (a pasted document is not re-read in full);
 * - `values`: distinct values hashed, the first in sorted order, so the cap does not depend on field order;
 * - `minDistinctValues`, `minTotalLength`: below these a form says too little (是/否 answers, one box) for a
 *   matching hash on another platform to mean the same data was typed again.
 */
export const FINGERPRINT_LIMITS = {
  scannedControls: 2000,
  valueLength: 256,
  values: 500,
  minDistinctValues: 2,
  minTotalLength: 6,
} as const;

const INVISIBLE_CHARACTERS = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * Values only: field names differ between systems while the data typed is the same. Each value is
 * NFKC-folded (full-width to half-width), lower-cased and stripped of all whitespace ("138 1234 5678" is
 * "13812345678"); empty values are dropped, repeats kept once, and the rest sorted so field order does not
 * matter. The result is a JSON array: unambiguous whatever the values contain.
 */
export function normalizeFormValues(entries: readonly (readonly [string, string])[]): string {
  return JSON.stringify(normalizedValues(entries));
}

/**
 * The hex SHA-256 of the salt and the normalized values, or null when the form says too little to
 * compare (see FINGERPRINT_LIMITS). The salt is per install, so a hash cannot be looked up in a table of
 * common names or phone numbers. Uses `crypto.subtle` where the page allows it, the same SHA-256 in plain
 * code where it does not (http pages).
 */
export async function formFingerprint(
  entries: readonly (readonly [string, string])[],
  salt: string,
): Promise<string | null> {
  if (salt.length === 0) throw new RangeError('formFingerprint needs the per-install salt');
  const values = normalizedValues(entries);
  const totalLength = values.reduce((sum, value) => sum + value.length, 0);
  if (
    values.length < FINGERPRINT_LIMITS.minDistinctValues ||
    totalLength < FINGERPRINT_LIMITS.minTotalLength
  ) {
    return null;
  }
  // The salt is JSON-quoted so that no choice of salt and values can produce the same input as another.
  const input = new TextEncoder().encode(JSON.stringify(salt) + JSON.stringify(values));
  return sha256HexPreferringWebCrypto(input);
}

function normalizedValues(entries: readonly (readonly [string, string])[]): string[] {
  const values = new Set<string>();
  for (const [, raw] of entries) {
    const value = foldValue(raw);
    if (value.length > 0) values.add(value);
  }
  return [...values].sort(byCodeUnits).slice(0, FINGERPRINT_LIMITS.values);
}

function foldValue(raw: string): string {
  // Sliced before folding too, so a megabyte pasted into a textarea is never normalized in full.
  return raw
    .slice(0, FINGERPRINT_LIMITS.valueLength * 2)
    .normalize('NFKC')
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(/\s+/g, '')
    .toLowerCase()
    .slice(0, FINGERPRINT_LIMITS.valueLength);
}

function byCodeUnits(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

async function sha256HexPreferringWebCrypto(input: Uint8Array<ArrayBuffer>): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return sha256Hex(input);
  const digest = new Uint8Array(await subtle.digest('SHA-256', input));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
