/**
 * Per-install secrets kept beside the data, never in a backup: the salt that makes form fingerprints unlinkable
 * across installs. A missing or empty one (a wipe, an old restore) is made afresh, so duplicate detection never
 * silently stops.
 */
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

/** The salt, created on first use; a transaction keeps two racing callers from creating two. */
export async function fingerprintSalt(): Promise<string> {
  const db = ledgerDatabase();
  return db.transaction('rw', db.meta, async () => {
    const existing = await db.meta.get(SALT_KEY);
    if (isSalt(existing?.value)) return existing.value;
    const salt = randomHex(SALT_HEX_LENGTH / 2);
    await db.meta.put({ key: SALT_KEY, value: salt });
    return salt;
  });
}

/** Makes every per-install secret that is missing or damaged; inside a caller's transaction when it includes `meta`. */
export async function ensureSecrets(): Promise<void> {
  await fingerprintSalt();
}
