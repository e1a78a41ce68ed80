/**
 * Restores a backup in one transaction, replacing the database or merging into it. The whole file is checked
 * first (parseBackup), so a bad file, a failed write or a full disk leaves the database exactly as it was.
 */
import type { Checkin, FormFingerprint } from '../checkins/checkin';
import { ledgerDatabase, type SettingsRow } from '../db/ledgerDatabase';
import type { DayRollup } from '../stats/dayRollup';
import type { Span } from '../tracking/span';
import { splitAtMidnight } from '../tracking/splitAtMidnight';
import { type BackupData, type LedgerBackup, MAX_BACKUP_BYTES } from './backupFormat';
import { type BackupProblem, parseBackup } from './parseBackup';
import { withoutNeverRecorded } from './withoutNeverRecorded';

/** replace: the database becomes the backup; merge: what the database lacks is added, nothing is counted twice. */
export type RestoreMode = 'replace' | 'merge';

export interface RestoreReport {
  mode: RestoreMode;
  /** rows written, per kind of record */
  added: { spans: number; checkins: number; fingerprints: number; dayRollups: number; platforms: number };
  /** rows of the backup already in the database (merge only) */
  alreadyThere: number;
}

export type RestoreResult = { ok: true; report: RestoreReport } | { ok: false; problem: BackupProblem };

/** Checks a file's size before reading a byte of it, then reads, checks and restores. */
export async function restoreFromFile(
  file: Blob,
  mode: RestoreMode,
  now = Date.now(),
): Promise<RestoreResult> {
  if (file.size > MAX_BACKUP_BYTES) {
    return { ok: false, problem: { code: 'tooLarge', bytes: file.size, limitBytes: MAX_BACKUP_BYTES } };
  }
  return restoreFromText(await file.text(), mode, now);
}

export async function restoreFromText(
  text: string,
  mode: RestoreMode,
  now = Date.now(),
): Promise<RestoreResult> {
  const parsed = await checkBackupText(text, now);
  if (!parsed.ok) return parsed;
  return { ok: true, report: await restoreBackup(parsed.backup, mode) };
}

/** Only the check, for showing what a file holds before the user chooses how to restore it. */
export async function checkBackupFile(
  file: Blob,
  now = Date.now(),
): Promise<{ ok: true; backup: LedgerBackup } | { ok: false; problem: BackupProblem }> {
  if (file.size > MAX_BACKUP_BYTES) {
    return { ok: false, problem: { code: 'tooLarge', bytes: file.size, limitBytes: MAX_BACKUP_BYTES } };
  }
  return checkBackupText(await file.text(), now);
}

async function checkBackupText(text: string, now: number) {
  const db = ledgerDatabase();
  await db.open();
  return parseBackup(text, { now, schemaVersion: db.verno });
}

/** Writes a checked backup. Any failure inside aborts the transaction, and IndexedDB rolls every write back. */
export async function restoreBackup(backup: LedgerBackup, mode: RestoreMode): Promise<RestoreReport> {
  const db = ledgerDatabase();
  const data = withoutNeverRecorded(backup.data);
  const tables = [db.spans, db.checkins, db.fingerprints, db.dayRollups, db.platforms, db.settings, db.meta];
  return db.transaction('rw', [...tables, db.dayRollupCache], async () => {
    // Cached day totals are derived from what is about to change: they are recomputed on the next read.
    await db.dayRollupCache.clear();
    const spans = [...data.spans, ...closedOpenSpan(data)];
    if (mode === 'replace') {
      await Promise.all(tables.map((table) => table.clear()));
      await db.spans.bulkAdd(data.spans);
      await db.spans.bulkAdd(closedOpenSpan(data));
      await db.checkins.bulkAdd(data.checkins);
      await db.fingerprints.bulkAdd(data.fingerprints);
      await db.dayRollups.bulkAdd(data.dayRollups);
      await db.platforms.bulkAdd(data.platforms);
      await db.settings.bulkAdd(settingsRows(data));
      await db.meta.bulkAdd(data.meta);
      return {
        mode,
        added: {
          spans: spans.length,
          checkins: data.checkins.length,
          fingerprints: data.fingerprints.length,
          dayRollups: data.dayRollups.length,
          platforms: data.platforms.length,
        },
        alreadyThere: 0,
      };
    }

    const [existingSpans, existingRollups, existingCheckins, existingFingerprints] = await Promise.all([
      db.spans.toArray(),
      db.dayRollups.toArray(),
      db.checkins.toArray(),
      db.fingerprints.toArray(),
    ]);
    // A day, platform and kind is counted either by raw spans or by a folded rollup: whichever the database
    // already uses stays the only source, so a backup made before or after a retention run adds no minute twice.
    const rawTotals = new Set(existingSpans.map(totalKey));
    const foldedTotals = new Set(existingRollups.map(totalKey));
    const newSpans = fresh(spans, existingSpans, spanIdentity).filter(
      (span) => !foldedTotals.has(totalKey(span)),
    );
    const newRollups = fresh(data.dayRollups, existingRollups, totalKey).filter(
      (rollup) => !rawTotals.has(totalKey(rollup)),
    );
    const newCheckins = fresh(data.checkins, existingCheckins, checkinIdentity);
    const newFingerprints = fresh(data.fingerprints, existingFingerprints, fingerprintIdentity);
    const existingRuleIds = new Set(await db.platforms.toCollection().primaryKeys());
    const newRules = data.platforms.filter((rule) => !existingRuleIds.has(rule.id));
    const existingMetaKeys = new Set(await db.meta.toCollection().primaryKeys());
    const newMeta = data.meta.filter((row) => !existingMetaKeys.has(row.key));
    // The settings in use stay; a database that never saved any takes the backup's.
    const newSettings = (await db.settings.count()) === 0 ? settingsRows(data) : [];

    await db.spans.bulkAdd(newSpans.map(withoutId));
    await db.dayRollups.bulkAdd(newRollups);
    await db.checkins.bulkAdd(newCheckins.map(withoutId));
    await db.fingerprints.bulkAdd(newFingerprints.map(withoutId));
    await db.platforms.bulkAdd(newRules);
    await db.meta.bulkAdd(newMeta);
    await db.settings.bulkAdd(newSettings);

    const offered =
      spans.length +
      data.dayRollups.length +
      data.checkins.length +
      data.fingerprints.length +
      data.platforms.length;
    const added = {
      spans: newSpans.length,
      checkins: newCheckins.length,
      fingerprints: newFingerprints.length,
      dayRollups: newRollups.length,
      platforms: newRules.length,
    };
    const addedTotal = Object.values(added).reduce((sum, count) => sum + count, 0);
    return { mode, added, alreadyThere: offered - addedTotal };
  });
}

/**
 * The span that was being timed when the backup was made becomes closed spans ending at its last heartbeat: the
 * live `openSpan` row belongs to the running tracker, which a restore must not overwrite.
 */
function closedOpenSpan(data: BackupData): Span[] {
  return data.openSpan.flatMap(({ value }) =>
    splitAtMidnight({ ...value, end: value.lastBeat, source: 'auto' }),
  );
}

/** A stored settings value may lack fields, even inside `summary`: readSettings fills them from the defaults. */
function settingsRows(data: BackupData): SettingsRow[] {
  return data.settings as SettingsRow[];
}

/** Rows whose identity is in neither the database nor earlier in the same backup. */
function fresh<T>(rows: readonly T[], existing: readonly T[], identity: (row: T) => string): T[] {
  const seen = new Set(existing.map(identity));
  return rows.filter((row) => {
    const key = identity(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withoutId<T extends object>(row: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = row as T & { id?: number };
  return rest;
}

/** A span that grew after the backup (the tracker extends a span in place) is still the same span. */
function spanIdentity(span: Span): string {
  return `${span.platformId}\u0000${span.start}\u0000${span.kind}`;
}

function totalKey(row: Span | DayRollup): string {
  return `${row.day}\u0000${row.platformId}\u0000${row.kind}`;
}

function checkinIdentity(checkin: Checkin): string {
  return `${checkin.at}\u0000${checkin.type}\u0000${checkin.platformId ?? ''}`;
}

function fingerprintIdentity(fingerprint: FormFingerprint): string {
  return `${fingerprint.hash}\u0000${fingerprint.platformId}\u0000${fingerprint.day}`;
}
