/**
 * Restores a backup file: the whole file is checked first (parseBackup), then written in one transaction
 * (utils/db/backupStore.ts), replacing the ledger or merging into it, so a bad file, a failed write or a full disk
 * leaves the database exactly as it was.
 */
import {
  ledgerSchemaVersion,
  type RestoreMode,
  type RestoreProgress,
  type RestoreReport,
  restoreLedger,
} from '../db/backupStore';
import { type LedgerBackup, MAX_BACKUP_BYTES } from './backupFormat';
import { type BackupProblem, type CheckProgress, parseBackup, parseBackupInSlices } from './parseBackup';
import { withoutNeverRecorded } from './withoutNeverRecorded';

export type { RestoreMode, RestoreReport } from '../db/backupStore';

export type RestoreResult = { ok: true; report: RestoreReport } | { ok: false; problem: BackupProblem };
export type CheckedBackup = { ok: true; backup: LedgerBackup } | { ok: false; problem: BackupProblem };

/** Only the check, for showing what a file holds before the user chooses how to restore it. */
export async function checkBackupText(text: string, now = Date.now()): Promise<CheckedBackup> {
  return parseBackup(text, { now, schemaVersion: await ledgerSchemaVersion() });
}

/** Checks a file's size before reading a byte of it, then reads and checks it. */
export async function checkBackupFile(file: Blob, now = Date.now()): Promise<CheckedBackup> {
  if (file.size > MAX_BACKUP_BYTES) {
    return { ok: false, problem: { code: 'tooLarge', bytes: file.size, limitBytes: MAX_BACKUP_BYTES } };
  }
  return checkBackupText(await file.text(), now);
}

/**
 * The check of a page: the file's rows validated a slice at a time, yielding to the page between slices and
 * reporting progress, so a five-year file keeps the page responsive while it is read.
 */
export async function checkBackupFileInSlices(
  file: Blob,
  options: { now?: number; onProgress?: (progress: CheckProgress) => void; yieldNow: () => Promise<void> },
): Promise<CheckedBackup> {
  if (file.size > MAX_BACKUP_BYTES) {
    return { ok: false, problem: { code: 'tooLarge', bytes: file.size, limitBytes: MAX_BACKUP_BYTES } };
  }
  const text = await file.text();
  await options.yieldNow();
  return parseBackupInSlices(text, {
    now: options.now ?? Date.now(),
    schemaVersion: await ledgerSchemaVersion(),
    yieldNow: options.yieldNow,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}

export async function restoreFromText(
  text: string,
  mode: RestoreMode,
  now = Date.now(),
  onProgress?: RestoreProgress,
): Promise<RestoreResult> {
  const checked = await checkBackupText(text, now);
  if (!checked.ok) return checked;
  return { ok: true, report: await restoreBackup(checked.backup, mode, onProgress) };
}

export async function restoreFromFile(
  file: Blob,
  mode: RestoreMode,
  now = Date.now(),
  onProgress?: RestoreProgress,
): Promise<RestoreResult> {
  const checked = await checkBackupFile(file, now);
  if (!checked.ok) return checked;
  return { ok: true, report: await restoreBackup(checked.backup, mode, onProgress) };
}

/** Writes a checked backup; any failure inside rolls every write back. */
export function restoreBackup(
  backup: LedgerBackup,
  mode: RestoreMode,
  onProgress?: RestoreProgress,
): Promise<RestoreReport> {
  // A file checked by parseBackup is already free of reporting channels; a backup made in code may not be.
  return restoreLedger(withoutNeverRecorded(backup.data), mode, onProgress);
}
