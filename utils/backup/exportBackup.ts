/** Makes the backup: every table read in one transaction, so the file is one consistent moment of the ledger. */
import * as v from 'valibot';
import { readLedgerTables } from '../db/backupStore';
import { BACKUP_FORMAT, BACKUP_VERSION, type LedgerBackup, OpenSpanRowSchema } from './backupFormat';
import { withoutNeverRecorded } from './withoutNeverRecorded';

export async function readBackup(now: number = Date.now()): Promise<LedgerBackup> {
  const { data, schemaVersion } = await readLedgerTables();
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion,
    exportedAt: new Date(now).toISOString(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    data: withoutNeverRecorded({
      ...data,
      // The tracker survives a corrupt open row by discarding it; a backup does the same rather than refuse.
      openSpan: data.openSpan.filter((row) => v.is(OpenSpanRowSchema, row)),
    }),
  };
}

/** Compact JSON: the file is for restoring, and half the size of an indented one. */
export function backupToJson(backup: LedgerBackup): string {
  return JSON.stringify(backup);
}

/** `指尖账本备份-2024-05-06.json`, the local day of the backup. */
export function backupFileName(now: number = Date.now()): string {
  const at = new Date(now);
  const day = [at.getFullYear(), at.getMonth() + 1, at.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
  return `指尖账本备份-${day}.json`;
}
