/** A fresh fake-indexeddb database per test, installed as the one utils/db uses. */
import { LedgerDatabase, useLedgerDatabase } from '../../../utils/db/ledgerDatabase';

let counter = 0;

export function freshDatabase(): LedgerDatabase {
  counter += 1;
  const db = new LedgerDatabase(`ledger-test-${process.pid}-${counter}`);
  useLedgerDatabase(db);
  return db;
}
