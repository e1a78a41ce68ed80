/**
 * The ledger as a backup sees it: every table read in one transaction for export, and a restore written in one
 * transaction, replacing the ledger or merging into it, in chunks that report progress. The per-install secrets in
 * `meta` (the fingerprint salt, the summaries' noise key) are neither exported nor replaced.
 */
import { BACKUP_TABLES, type BackupData } from '../backup/backupFormat';
import { closedOpenSpan, type MergeAdditions, planMerge } from '../backup/mergePlan';
import { ledgerDatabase, type SettingsRow } from './ledgerDatabase';
import { ensureSecrets } from './metaStore';

/** The tables of the ledger a backup holds, with their stored rows and ids, in one read-only transaction. */
export async function readLedgerTables(): Promise<{ data: BackupData; schemaVersion: number }> {
  const db = ledgerDatabase();
  await db.open();
  const tables = BACKUP_TABLES.map((name) => db.table(name));
  const rows = await db.transaction('r', tables, () =>
    // Primary-key order (Dexie's toArray), so a backup of the same ledger is the same file.
    Promise.all(tables.map((table) => table.toArray())),
  );
  const data = Object.fromEntries(BACKUP_TABLES.map((name, index) => [name, rows[index]]));
  return { data: data as unknown as BackupData, schemaVersion: db.verno };
}

/** The database's schema version, opening it if need be (a file newer than it is refused). */
export async function ledgerSchemaVersion(): Promise<number> {
  const db = ledgerDatabase();
  await db.open();
  return db.verno;
}

export type RestoreMode = 'replace' | 'merge';

export interface RestoreReport {
  mode: RestoreMode;
  /** rows written, per kind of record */
  added: {
    spans: number;
    checkins: number;
    fingerprints: number;
    dayRollups: number;
    platforms: number;
    outsideTime: number;
    burdenEvents: number;
    inventory: number;
  };
  /** rows of the backup already in the ledger (merge only) */
  alreadyThere: number;
}

/** Rows written so far of all the restore will write. */
export type RestoreProgress = (written: number, total: number) => void;

/** Writes at most this many rows per request: large enough to be quick, small enough to report progress. */
const CHUNK_ROWS = 5_000;

/**
 * Restores checked data in one transaction. Any failure inside (a full disk) aborts it, and IndexedDB rolls every
 * write back: a restore is all or nothing.
 */
export async function restoreLedger(
  data: BackupData,
  mode: RestoreMode,
  onProgress: RestoreProgress = () => undefined,
): Promise<RestoreReport> {
  const db = ledgerDatabase();
  const written = [
    db.spans,
    db.checkins,
    db.fingerprints,
    db.dayRollups,
    db.platforms,
    db.settings,
    db.outsideTime,
    db.burdenEvents,
    db.inventory,
  ];
  return db.transaction('rw', [...written, db.openSpan, db.dayRollupCache, db.meta], async () => {
    // Cached day totals are derived from what is about to change: they are recomputed on the next read.
    await db.dayRollupCache.clear();
    let additions: MergeAdditions;
    if (mode === 'replace') {
      await Promise.all(written.map((table) => table.clear()));
      additions = {
        ...data,
        spans: [...data.spans, ...closedOpenSpan(data)],
      };
    } else {
      const [
        spans,
        openRow,
        dayRollups,
        checkins,
        fingerprints,
        outsideTime,
        burdenEvents,
        inventory,
        ruleIds,
        settings,
      ] = await Promise.all([
        db.spans.toArray(),
        db.openSpan.get('current'),
        db.dayRollups.toArray(),
        db.checkins.toArray(),
        db.fingerprints.toArray(),
        db.outsideTime.toArray(),
        db.burdenEvents.toArray(),
        db.inventory.toArray(),
        db.platforms.toCollection().primaryKeys(),
        db.settings.count(),
      ]);
      const open = openRow?.value as { start?: unknown } | undefined;
      additions = planMerge(
        {
          spans,
          openSpan: typeof open?.start === 'number' ? [{ start: open.start }] : [],
          dayRollups,
          checkins,
          fingerprints,
          outsideTime,
          burdenEvents,
          inventory,
          ruleIds: new Set(ruleIds as string[]),
          hasSettings: settings > 0,
        },
        data,
      );
    }
    const plan: [{ bulkAdd(rows: readonly unknown[]): Promise<unknown> }, readonly unknown[]][] = [
      [db.spans, additions.spans],
      [db.dayRollups, additions.dayRollups],
      [db.checkins, additions.checkins],
      [db.fingerprints, additions.fingerprints],
      [db.outsideTime, additions.outsideTime],
      [db.burdenEvents, additions.burdenEvents],
      [db.inventory, additions.inventory],
      [db.platforms, additions.platforms],
      [db.settings, additions.settings as SettingsRow[]],
    ];
    const total = plan.reduce((sum, [, rows]) => sum + rows.length, 0);
    let done = 0;
    onProgress(done, total);
    for (const [table, rows] of plan) {
      for (let from = 0; from < rows.length; from += CHUNK_ROWS) {
        const chunk = rows.slice(from, from + CHUNK_ROWS);
        await table.bulkAdd(chunk);
        done += chunk.length;
        onProgress(done, total);
      }
    }
    // Privacy state never comes from a file: the ledger keeps its own secrets, made afresh if it had none.
    await ensureSecrets();
    const added = {
      spans: additions.spans.length,
      checkins: additions.checkins.length,
      fingerprints: additions.fingerprints.length,
      dayRollups: additions.dayRollups.length,
      platforms: additions.platforms.length,
      outsideTime: additions.outsideTime.length,
      burdenEvents: additions.burdenEvents.length,
      inventory: additions.inventory.length,
    };
    const offered =
      data.spans.length +
      data.openSpan.length +
      data.dayRollups.length +
      data.checkins.length +
      data.fingerprints.length +
      data.outsideTime.length +
      data.burdenEvents.length +
      data.inventory.length +
      data.platforms.length;
    const addedTotal = Object.values(added).reduce((sum, count) => sum + count, 0);
    return { mode, added, alreadyThere: mode === 'merge' ? Math.max(0, offered - addedTotal) : 0 };
  });
}
