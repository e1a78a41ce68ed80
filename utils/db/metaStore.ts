/**
 * Per-install secrets kept beside the data, never in a backup: the salt that makes form fingerprints unlinkable
 * across installs, and the key of the summary's noise (utils/summary/noiseStream.ts). A missing or empty one (a
 * wipe, an old restore) is made afresh, so duplicate detection never silently stops.
 */
import { parseSampleDataMark, SAMPLE_DATA_META_KEY, type SampleDataMark } from '../sampleData';
import { ledgerDatabase } from './ledgerDatabase';

const SALT_KEY = 'fingerprintSalt';
/** 32 random bytes as hex; anything shorter is not a salt this code made. */
const SALT_HEX_LENGTH = 64;

function randomHex(bytes: number): string {
  const buffer = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(buffer, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function isSalt(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]+$/.test(value) && value.length >= SALT_HEX_LENGTH;
}

/** A secret, created on first use; a transaction keeps two racing callers from creating two. */
async function secret(key: string): Promise<string> {
  const db = ledgerDatabase();
  return db.transaction('rw', db.meta, async () => {
    const existing = await db.meta.get(key);
    if (isSalt(existing?.value)) return existing.value;
    const made = randomHex(SALT_HEX_LENGTH / 2);
    await db.meta.put({ key, value: made });
    return made;
  });
}

export function fingerprintSalt(): Promise<string> {
  return secret(SALT_KEY);
}

const NOISE_KEY = 'summaryNoiseKey';

/** The noise key as stored, or null before ensureSecrets() made it: a read that a live query may run. */
export async function readSummaryNoiseKey(): Promise<string | null> {
  const row = await ledgerDatabase().meta.get(NOISE_KEY);
  return isSalt(row?.value) ? row.value : null;
}

/** Makes every per-install secret that is missing or damaged; inside a caller's transaction when it includes `meta`. */
export async function ensureSecrets(): Promise<void> {
  await secret(SALT_KEY);
  await secret(NOISE_KEY);
}

/** The version whose "what is new" notice the user has seen (or that was installed fresh, which needs none). */
const SEEN_VERSION_KEY = 'whatsNewSeenVersion';

export async function readSeenVersion(): Promise<string | null> {
  const row = await ledgerDatabase().meta.get(SEEN_VERSION_KEY);
  return typeof row?.value === 'string' ? row.value : null;
}

export async function markVersionSeen(version: string): Promise<void> {
  await ledgerDatabase().meta.put({ key: SEEN_VERSION_KEY, value: version });
}

/** The sample-data mark the demo's seeding wrote (utils/sampleData.ts), or null for a real ledger. */
export async function readSampleDataMark(): Promise<SampleDataMark | null> {
  const row = await ledgerDatabase().meta.get(SAMPLE_DATA_META_KEY);
  return parseSampleDataMark(row?.value);
}
