/** The span being measured now, persisted on every change so a stopped worker or a crash loses at most one beat. */
import type { OpenSpan } from '../tracking/span';
import { ledgerDatabase } from './ledgerDatabase';

/** Whatever the row holds, unvalidated: the tracker's reconcile validates it. */
export async function readStoredOpenSpan(): Promise<unknown> {
  const row = await ledgerDatabase().openSpan.get('current');
  return row?.value ?? null;
}

export async function saveOpenSpan(open: OpenSpan | null): Promise<void> {
  const table = ledgerDatabase().openSpan;
  if (open === null) await table.delete('current');
  else await table.put({ key: 'current', value: open });
}
