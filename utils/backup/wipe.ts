/** Wipes everything the extension stores, in one transaction; the database stays open, so tracking goes on. */
import { ledgerDatabase } from '../db/ledgerDatabase';

/**
 * Clears every table (the salt too: fingerprints made after a wipe cannot be linked to earlier ones). Tables are
 * cleared rather than the database deleted, because deleting would close the background's open connection.
 */
export async function wipeEverything(): Promise<void> {
  const db = ledgerDatabase();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
