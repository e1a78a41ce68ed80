/// <reference types="chrome" />
/**
 * Writes the sample ledger into the demo's profile, from one of the extension's own pages in that profile (the
 * only code that can reach its database). Refuses any profile the demo did not make (sampleLedger.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtensionSession } from '../e2e/extensionHarness';
import { sleep } from '../e2e/extensionHarness';
import { DEMO_PROFILE_PREFIX, isDemoProfile, type SampleLedger } from './sampleLedger';

export function newDemoProfileDir(): string {
  return mkdtempSync(join(tmpdir(), DEMO_PROFILE_PREFIX));
}

export async function seedSampleLedger(session: ExtensionSession, ledger: SampleLedger): Promise<void> {
  if (!isDemoProfile(session.userDataDir)) {
    throw new Error(`not the demo's own profile, no sample data written: ${session.userDataDir}`);
  }
  // The worker creates the database as it starts; wait for it rather than create an empty one.
  for (let attempt = 0; ; attempt += 1) {
    const written = await session.probe.evaluate(
      (rows) =>
        new Promise<boolean>((resolvePromise, reject) => {
          const request = indexedDB.open('fingertip-ledger');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const stores = ['spans', 'checkins', 'fingerprints', 'meta', 'dayRollupCache'];
            if (!stores.every((name) => db.objectStoreNames.contains(name))) {
              db.close();
              resolvePromise(false);
              return;
            }
            const transaction = db.transaction(stores, 'readwrite');
            for (const span of rows.spans) transaction.objectStore('spans').add(span);
            for (const checkin of rows.checkins) transaction.objectStore('checkins').add(checkin);
            for (const fingerprint of rows.fingerprints)
              transaction.objectStore('fingerprints').add(fingerprint);
            transaction.objectStore('meta').put(rows.markRow);
            // Days cached before the sample arrived would hide it.
            transaction.objectStore('dayRollupCache').clear();
            transaction.oncomplete = () => {
              db.close();
              resolvePromise(true);
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      ledger,
    );
    if (written) return;
    if (attempt > 50) throw new Error('the extension never created its database');
    await sleep(200);
  }
}
