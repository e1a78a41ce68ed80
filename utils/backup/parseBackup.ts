/**
 * Reads a backup file's text and checks ALL of it before anything is written: the shape of every row, unique ids,
 * days that agree with their times, spans inside one day, nothing from the future. Pure: the clock is passed in.
 */
import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  BackupSchema,
  type BackupTable,
  type LedgerBackup,
  MAX_BACKUP_BYTES,
} from './backupFormat';

/** Clocks of two computers disagree a little; a record further ahead than this was typed in or made up. */
export const FUTURE_TOLERANCE_MS = 60 * 60 * 1000;

/** Where in the file a problem is: a table and row (0-based), or the file's header when `table` is null. */
export interface BackupPlace {
  table: BackupTable | null;
  index: number | null;
}

/** What is wrong with a file, as data; components/data turns it into one sentence. */
export type BackupProblem =
  | { code: 'tooLarge'; bytes: number; limitBytes: number }
  | { code: 'empty' }
  | { code: 'truncated' }
  | { code: 'notJson' }
  | { code: 'notBackup' }
  | { code: 'tooNew' }
  | ({ code: 'missingField' | 'unknownField' | 'wrongValue'; field: string } & BackupPlace)
  | ({ code: 'duplicateId'; id: string } & BackupPlace)
  | ({ code: 'dayMismatch' | 'endNotAfterStart' | 'crossesMidnight' | 'inFuture' } & BackupPlace);

export type ParsedBackup = { ok: true; backup: LedgerBackup } | { ok: false; problem: BackupProblem };

export interface ParseBackupOptions {
  /** epoch ms now */
  now: number;
  /** the version of the database that will receive the data */
  schemaVersion: number;
}

export function parseBackup(text: string, { now, schemaVersion }: ParseBackupOptions): ParsedBackup {
  // A UTF-16 code unit is at least one byte of the file, so this bound never lets a too-large file through.
  if (text.length > MAX_BACKUP_BYTES) {
    return fail({ code: 'tooLarge', bytes: text.length, limitBytes: MAX_BACKUP_BYTES });
  }
  const trimmed = text.trim();
  if (trimmed.length === 0) return fail({ code: 'empty' });

  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    // A file that starts like our JSON but does not close was cut off (a copy or download that stopped).
    return fail({ code: trimmed.startsWith('{') && !trimmed.endsWith('}') ? 'truncated' : 'notJson' });
  }
  if (!isRecord(json) || json.format !== BACKUP_FORMAT) return fail({ code: 'notBackup' });
  // Version checks come before the schema, so a newer file says "too new" rather than "wrong field".
  const tooNewFile = typeof json.version === 'number' && json.version > BACKUP_VERSION;
  const tooNewDatabase = typeof json.schemaVersion === 'number' && json.schemaVersion > schemaVersion;
  if (tooNewFile || tooNewDatabase) return fail({ code: 'tooNew' });

  const result = v.safeParse(BackupSchema, json, { abortEarly: true });
  if (!result.success) return fail(problemOfIssue(result.issues[0]));
  const problem = consistencyProblem(result.output, now);
  return problem ? fail(problem) : { ok: true, backup: result.output };
}

function fail(problem: BackupProblem): ParsedBackup {
  return { ok: false, problem };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problemOfIssue(issue: v.BaseIssue<unknown> | undefined): BackupProblem {
  const keys = (issue?.path ?? []).map((item) => item.key);
  // data.<table>.<index>.<field...>, or a header field at the top.
  let table: BackupTable | null = null;
  let index: number | null = null;
  let fieldKeys = keys;
  if (keys[0] === 'data' && BACKUP_TABLES.includes(keys[1] as BackupTable)) {
    table = keys[1] as BackupTable;
    index = typeof keys[2] === 'number' ? keys[2] : null;
    fieldKeys = keys.slice(index === null ? 2 : 3);
  }
  const field = fieldKeys.map(String).join('.') || (table ?? 'data');
  if (issue?.type === 'strict_object' && issue.input !== undefined) {
    return { code: 'unknownField', table, index, field };
  }
  if (issue?.input === undefined && issue?.kind === 'schema') {
    return { code: 'missingField', table, index, field };
  }
  return { code: 'wrongValue', table, index, field };
}

/** The calendar day of instants in one time zone; cached per quarter hour (every zone's offsets change on one). */
function dayCalendar(timeZone: string): ((epochMs: number) => string) | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
  } catch {
    return null;
  }
  const cache = new Map<number, string>();
  return (epochMs) => {
    const quarter = Math.floor(epochMs / 900_000);
    let day = cache.get(quarter);
    if (day === undefined) {
      const parts = format.formatToParts(epochMs);
      const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
      day = `${part('year')}-${part('month')}-${part('day')}`;
      cache.set(quarter, day);
    }
    return day;
  };
}

function consistencyProblem(backup: LedgerBackup, now: number): BackupProblem | null {
  const dayOf = dayCalendar(backup.timeZone);
  if (!dayOf) return { code: 'wrongValue', table: null, index: null, field: 'timeZone' };
  const latest = now + FUTURE_TOLERANCE_MS;
  if (Date.parse(backup.exportedAt) > latest) return { code: 'inFuture', table: null, index: null };
  const today = dayOf(latest);
  const { data } = backup;

  const duplicate =
    firstDuplicate('spans', data.spans, (row) => String(row.id)) ??
    firstDuplicate('checkins', data.checkins, (row) => String(row.id)) ??
    firstDuplicate('fingerprints', data.fingerprints, (row) => String(row.id)) ??
    firstDuplicate('platforms', data.platforms, (row) => row.id) ??
    firstDuplicate('dayRollups', data.dayRollups, (row) => `${row.day} ${row.platformId} ${row.kind}`) ??
    firstDuplicate('meta', data.meta, (row) => row.key);
  if (duplicate) return duplicate;

  for (const [index, span] of data.spans.entries()) {
    const place = { table: 'spans', index } as const;
    if (span.end <= span.start) return { code: 'endNotAfterStart', ...place };
    if (span.end > latest) return { code: 'inFuture', ...place };
    if (dayOf(span.start) !== span.day) return { code: 'dayMismatch', ...place };
    // `end` is exclusive: a span may end exactly at midnight.
    if (dayOf(span.end - 1) !== span.day) return { code: 'crossesMidnight', ...place };
  }
  for (const [index, { value }] of data.openSpan.entries()) {
    const place = { table: 'openSpan', index } as const;
    if (value.lastBeat < value.start) return { code: 'endNotAfterStart', ...place };
    if (value.lastBeat > latest) return { code: 'inFuture', ...place };
  }
  for (const [table, rows] of [
    ['checkins', data.checkins],
    ['fingerprints', data.fingerprints],
  ] as const) {
    for (const [index, row] of rows.entries()) {
      if (row.at > latest) return { code: 'inFuture', table, index };
      if (dayOf(row.at) !== row.day) return { code: 'dayMismatch', table, index };
    }
  }
  for (const [index, rollup] of data.dayRollups.entries()) {
    if (rollup.day > today) return { code: 'inFuture', table: 'dayRollups', index };
  }
  return null;
}

function firstDuplicate<T>(
  table: BackupTable,
  rows: readonly T[],
  idOf: (row: T) => string,
): BackupProblem | null {
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const id = idOf(row);
    if (seen.has(id)) return { code: 'duplicateId', table, index, id };
    seen.add(id);
  }
  return null;
}
