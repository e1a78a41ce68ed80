/**
 * The popup's first read, with the bare IndexedDB API: Dexie is about a third of the popup's script, and the
 * first frame should not wait for it to load (docs/benchmarks.md). Dexie reads the same rows once it has loaded.
 *
 * Read-only, one transaction, and it never creates or upgrades the database: when the background has not created
 * it yet, or its stores are not all there, the answer is null and the page reads through Dexie instead.
 */
import type { Checkin } from '../checkins/checkin';
import type { UserRule } from '../platforms/platform';
import { type Settings, withDefaults } from '../settings';
import type { StoredSpan } from '../tracking/span';
import { DATABASE_NAME } from './databaseName';

/** Today's rows as stored, in the order spansOfDay() and checkinsOfDay() return them. */
export interface TodayRecords {
  spans: StoredSpan[];
  /** the open span row's value, unvalidated (parseOpenSpan validates it) */
  storedOpenSpan: unknown;
  rules: UserRule[];
  checkins: Checkin[];
  settings: Settings;
}

const STORES = ['spans', 'openSpan', 'platforms', 'checkins', 'settings'] as const;

export function readTodayRecords(
  day: string,
  factory: IDBFactory = indexedDB,
  name: string = DATABASE_NAME,
): Promise<TodayRecords | null> {
  return new Promise((resolve) => {
    const opening = factory.open(name);
    // No version given: an existing database opens at its own version. Only a missing one asks for an upgrade,
    // and aborting it leaves nothing behind for Dexie to trip over.
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    opening.onblocked = () => resolve(null);
    opening.onsuccess = () => {
      const db = opening.result;
      // Never hold up a schema upgrade Dexie (in the worker or this page) may need.
      db.onversionchange = () => db.close();
      if (!STORES.every((store) => db.objectStoreNames.contains(store))) {
        db.close();
        resolve(null);
        return;
      }
      readInOneTransaction(db, day).then(
        (records) => {
          db.close();
          resolve(records);
        },
        () => {
          db.close();
          resolve(null);
        },
      );
    };
  });
}

function readInOneTransaction(db: IDBDatabase, day: string): Promise<TodayRecords> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction([...STORES], 'readonly');
    const spans = transaction.objectStore('spans').index('day').getAll(day);
    const open = transaction.objectStore('openSpan').get('current');
    const rules = transaction.objectStore('platforms').getAll();
    const checkins = transaction.objectStore('checkins').index('day').getAll(day);
    const settings = transaction.objectStore('settings').get('settings');
    transaction.oncomplete = () =>
      resolve({
        spans: (spans.result as StoredSpan[]).sort((a, b) => a.start - b.start),
        storedOpenSpan: (open.result as { value?: unknown } | undefined)?.value ?? null,
        rules: rules.result as UserRule[],
        checkins: (checkins.result as Checkin[]).sort((a, b) => a.at - b.at),
        settings: withDefaults((settings.result as { value?: Partial<Settings> } | undefined)?.value),
      });
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('transaction aborted'));
  });
}
