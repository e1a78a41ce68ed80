/** Makes the backup: every table read in one transaction, so the file is one consistent moment of the database. */
import * as v from 'valibot';
import { ledgerDatabase } from '../db/ledgerDatabase';
import { BACKUP_FORMAT, BACKUP_VERSION, type LedgerBackup, OpenSpanRowSchema } from './backupFormat';
import { withoutNeverRecorded } from './withoutNeverRecorded';

export async function readBackup(now: number = Date.now()): Promise<LedgerBackup> {
  const db = ledgerDatabase();
  await db.open();
  const tables = [
    db.spans,
    db.openSpan,
    db.checkins,
    db.fingerprints,
    db.dayRollups,
    db.platforms,
    db.settings,
    db.meta,
  ];
  const data = await db.transaction('r', tables, async () => {
    const [spans, openSpan, checkins, fingerprints, dayRollups, platforms, settings, meta] =
      await Promise.all([
        db.spans.orderBy('id').toArray(),
        db.openSpan.toArray(),
        db.checkins.orderBy('id').toArray(),
        db.fingerprints.orderBy('id').toArray(),
        db.dayRollups.toArray(),
        db.platforms.toArray(),
        db.settings.toArray(),
        db.meta.toArray(),
      ]);
    return { spans, openSpan, checkins, fingerprints, dayRollups, platforms, settings, meta };
  });
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: db.verno,
    exportedAt: new Date(now).toISOString(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    data: withoutNeverRecorded({
      ...data,
      // The tracker survives a corrupt open row by discarding it; a backup does the same rather than refuse.
      openSpan: data.openSpan.filter((row) => v.is(OpenSpanRowSchema, row)),
    } as LedgerBackup['data']),
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
