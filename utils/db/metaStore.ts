/** Per-install values kept beside the data: the salt that makes form fingerprints unlinkable across installs. */
import { ledgerDatabase } from './ledgerDatabase';

const SALT_KEY = 'fingerprintSalt';

function randomHex(bytes: number): string {
  const buffer = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(buffer, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The salt, created on first use; a transaction keeps two racing callers from creating two. */
export async function fingerprintSalt(): Promise<string> {
  const db = ledgerDatabase();
  return db.transaction('rw', db.meta, async () => {
    const existing = await db.meta.get(SALT_KEY);
    if (existing) return existing.value;
    const salt = randomHex(32);
    await db.meta.put({ key: SALT_KEY, value: salt });
    return salt;
  });
}
