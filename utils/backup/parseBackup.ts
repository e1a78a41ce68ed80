/**
 * Reads a backup file's text and checks ALL of it before anything is written: the shape of every row, real calendar
 * days, unique ids, days that agree with their times, spans inside one day, nothing from the future, and the
 * tracker's invariants (ledgerInvariants.ts). A version 1 file is read into the current shape. Pure: the clock is
 * passed in.
 */
import * as v from 'valibot';
import { outsideChannelOfLegacyId } from '../burden/outsideChannels';
import {
  BACKUP_FORMAT,
  BACKUP_HEADER_FIELDS,
  BACKUP_VERSION,
  BackupHeaderSchema,
  type BackupTable,
  type LedgerBackup,
  type LedgerBackupV1,
  MAX_BACKUP_BYTES,
  TABLE_SCHEMAS,
} from './backupFormat';
import { type InvariantCode, ledgerInvariantProblem } from './ledgerInvariants';
import { withoutNeverRecorded } from './withoutNeverRecorded';
import { type ZoneCalendar, zoneCalendar } from './zoneCalendar';

/** Clocks of two computers disagree a little; a record further ahead than this was typed in or made up. */
export const FUTURE_TOLERANCE_MS = 60 * 60 * 1000;
/** A backup nests five levels deep; a file nested far deeper is not one, whatever else it holds. */
const MAX_DEPTH = 8;

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
  | ({
      code: 'dayMismatch' | 'endNotAfterStart' | 'crossesMidnight' | 'inFuture' | InvariantCode;
    } & BackupPlace);

export type ParsedBackup = { ok: true; backup: LedgerBackup } | { ok: false; problem: BackupProblem };

export interface ParseBackupOptions {
  /** epoch ms now */
  now: number;
  /** the version of the database that will receive the data */
  schemaVersion: number;
}

/** How far a check has got: rows checked of all rows in the file. */
export interface CheckProgress {
  checked: number;
  total: number;
}

/** Rows validated between two progress steps: a slice short enough to keep a page responsive. */
const ROWS_PER_STEP = 2_000;

/** Checks a backup file to the end in one go (the tests, and small files). */
export function parseBackup(text: string, options: ParseBackupOptions): ParsedBackup {
  const steps = backupCheckSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Checks a backup file a slice at a time, yielding to the page between slices (a five-year file has 250,000 rows),
 * with progress. `yieldNow` resolves in a later task.
 */
export async function parseBackupInSlices(
  text: string,
  options: ParseBackupOptions & {
    onProgress?: (progress: CheckProgress) => void;
    yieldNow: () => Promise<void>;
  },
): Promise<ParsedBackup> {
  const steps = backupCheckSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
    await options.yieldNow();
  }
}

/** The checks of parseBackup, as steps: every row of every table, then the file's consistency and invariants. */
export function* backupCheckSteps(
  text: string,
  { now, schemaVersion }: ParseBackupOptions,
): Generator<CheckProgress, ParsedBackup, void> {
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
  if (!isRecord(json) || json.format !== BACKUP_FORMAT || nestedDeeperThan(json, MAX_DEPTH)) {
    return fail({ code: 'notBackup' });
  }
  // Version checks come before the schema, so a newer file says "too new" rather than "wrong field".
  const tooNewFile = typeof json.version === 'number' && json.version > BACKUP_VERSION;
  const tooNewDatabase = typeof json.schemaVersion === 'number' && json.schemaVersion > schemaVersion;
  if (tooNewFile || tooNewDatabase) return fail({ code: 'tooNew' });

  const headerProblem = headerCheck(json);
  if (headerProblem) return fail(headerProblem);
  const version = json.version as 1 | 2;
  const tables = TABLE_SCHEMAS[version] as Record<string, { row: v.GenericSchema; maxRows?: number }>;
  const data = json.data as Record<string, unknown>;
  const tableProblem = tablesCheck(data, tables);
  if (tableProblem) return fail(tableProblem);

  const total = Object.keys(tables).reduce((sum, table) => sum + (data[table] as unknown[]).length, 0);
  let checked = 0;
  for (const [table, schema] of Object.entries(tables)) {
    const rows = data[table] as unknown[];
    for (let index = 0; index < rows.length; index += 1) {
      const result = v.safeParse(schema.row, rows[index], { abortEarly: true });
      if (!result.success) return fail(rowProblem(result.issues[0], table as BackupTable, index));
      rows[index] = result.output;
      checked += 1;
      if (checked % ROWS_PER_STEP === 0) yield { checked, total };
    }
  }
  const read = json as unknown as LedgerBackup | LedgerBackupV1;
  const problem = consistencyProblem(read, now);
  if (problem) return fail(problem);
  yield { checked, total };
  const backup = read.version === 1 ? fromVersion1(read) : read;
  const calendar = zoneCalendar(backup.timeZone)!;
  const invariant = ledgerInvariantProblem(
    { ...backup.data, openSpan: backup.data.openSpan.map((row) => row.value) },
    calendar,
  );
  if (invariant) return fail(invariant);
  return { ok: true, backup: { ...backup, data: withoutNeverRecorded(backup.data) } };
}

/** The header's fields, and nothing else beside them. */
function headerCheck(json: Record<string, unknown>): BackupProblem | null {
  const unknown = Object.keys(json).find((key) => !(BACKUP_HEADER_FIELDS as readonly string[]).includes(key));
  if (unknown !== undefined) return { code: 'unknownField', table: null, index: null, field: unknown };
  const result = v.safeParse(BackupHeaderSchema, json, { abortEarly: true });
  return result.success ? null : rowProblem(result.issues[0], null, null);
}

/** Every table of the version there, each a list within its size, and no table this version does not know. */
function tablesCheck(
  data: Record<string, unknown>,
  tables: Record<string, { maxRows?: number }>,
): BackupProblem | null {
  const unknown = Object.keys(data).find((key) => !(key in tables));
  if (unknown !== undefined)
    return { code: 'unknownField', table: null, index: null, field: `data.${unknown}` };
  for (const [table, { maxRows }] of Object.entries(tables)) {
    const rows = data[table];
    const place = { table: table as BackupTable, index: null, field: table };
    if (rows === undefined) return { code: 'missingField', ...place };
    if (!Array.isArray(rows) || (maxRows !== undefined && rows.length > maxRows)) {
      return { code: 'wrongValue', ...place };
    }
  }
  return null;
}

function fail(problem: BackupProblem): ParsedBackup {
  return { ok: false, problem };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Walks the value without recursion (a million-deep file must not overflow the stack) and stops at the limit. */
function nestedDeeperThan(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * A version 1 file in the current shape: the minutes typed with a check-in, and the manual spans of phone apps,
 * become outside-browser time (as the schema migration does); the per-install secrets it carried are dropped.
 */
function fromVersion1(backup: LedgerBackupV1): LedgerBackup {
  const { meta: _secrets, checkins, spans, ...tables } = backup.data;
  let nextId = 1;
  const outsideTime: LedgerBackup['data']['outsideTime'] = [];
  for (const checkin of checkins) {
    if (checkin.minutes !== undefined && checkin.minutes > 0) {
      outsideTime.push({
        id: nextId++,
        day: checkin.day,
        at: checkin.at,
        minutes: checkin.minutes,
        channel: outsideChannelOfLegacyId(checkin.platformId),
      });
    }
  }
  const isPhoneApp = (span: (typeof spans)[number]) =>
    span.source === 'manual' && span.platformId.startsWith('app:');
  for (const span of spans.filter(isPhoneApp)) {
    outsideTime.push({
      id: nextId++,
      day: span.day,
      at: span.start,
      minutes: (span.end - span.start) / 60_000,
      channel: outsideChannelOfLegacyId(span.platformId),
    });
  }
  return {
    ...backup,
    version: BACKUP_VERSION,
    data: {
      ...tables,
      spans: spans.filter((span) => !isPhoneApp(span)),
      checkins: checkins.map(({ minutes: _minutes, ...checkin }) => checkin),
      outsideTime,
      burdenEvents: [],
      inventory: [],
    },
  };
}

/** A schema issue as a problem at its place: a header field (`table` null) or a field of one row. */
function rowProblem(
  issue: v.BaseIssue<unknown> | undefined,
  table: BackupTable | null,
  index: number | null,
) {
  const field = (issue?.path ?? []).map((item) => String(item.key)).join('.') || (table ?? 'data');
  if (issue?.type === 'strict_object' && issue.input !== undefined) {
    return { code: 'unknownField', table, index, field } as const;
  }
  if (issue?.input === undefined && issue?.kind === 'schema') {
    return { code: 'missingField', table, index, field } as const;
  }
  return { code: 'wrongValue', table, index, field } as const;
}

interface CheckedTables {
  spans: readonly { id: number; start: number; end: number; day: string }[];
  openSpan: readonly { value: { start: number; lastBeat: number } }[];
  checkins: readonly { id: number; at: number; day: string }[];
  fingerprints: readonly { id: number; at: number; day: string }[];
  dayRollups: readonly { day: string; platformId: string; kind: string }[];
  platforms: readonly { id: string }[];
  outsideTime?: readonly { id: number; at: number; day: string }[];
  burdenEvents?: readonly { id: number; at: number; day: string }[];
  inventory?: readonly { id: number; since: string; droppedOn: string | null }[];
}

function consistencyProblem(
  backup: { exportedAt: string; timeZone: string; data: CheckedTables },
  now: number,
) {
  const calendar = zoneCalendar(backup.timeZone);
  if (!calendar) return { code: 'wrongValue', table: null, index: null, field: 'timeZone' } as const;
  const latest = now + FUTURE_TOLERANCE_MS;
  if (Date.parse(backup.exportedAt) > latest) return { code: 'inFuture', table: null, index: null } as const;
  const { data } = backup;
  return (
    duplicateProblem(data) ??
    spanProblem(data, calendar, latest) ??
    instantProblem(data, calendar, latest) ??
    futureDayProblem(data, calendar.dayOf(latest))
  );
}

function duplicateProblem(data: CheckedTables): BackupProblem | null {
  const byId = (row: { id: number | string }) => String(row.id);
  return (
    firstDuplicate('spans', data.spans, byId) ??
    firstDuplicate('checkins', data.checkins, byId) ??
    firstDuplicate('fingerprints', data.fingerprints, byId) ??
    firstDuplicate('platforms', data.platforms, byId) ??
    firstDuplicate('dayRollups', data.dayRollups, (row) => `${row.day} ${row.platformId} ${row.kind}`) ??
    firstDuplicate('outsideTime', data.outsideTime ?? [], byId) ??
    firstDuplicate('burdenEvents', data.burdenEvents ?? [], byId) ??
    firstDuplicate('inventory', data.inventory ?? [], byId)
  );
}

function spanProblem(data: CheckedTables, calendar: ZoneCalendar, latest: number): BackupProblem | null {
  for (const [index, span] of data.spans.entries()) {
    const place = { table: 'spans', index } as const;
    if (span.end <= span.start) return { code: 'endNotAfterStart', ...place };
    if (span.end > latest) return { code: 'inFuture', ...place };
    if (calendar.dayOf(span.start) !== span.day) return { code: 'dayMismatch', ...place };
    // `end` is exclusive: a span may end exactly at midnight.
    if (calendar.dayOf(span.end - 1) !== span.day) return { code: 'crossesMidnight', ...place };
  }
  for (const [index, { value }] of data.openSpan.entries()) {
    const place = { table: 'openSpan', index } as const;
    if (value.lastBeat < value.start) return { code: 'endNotAfterStart', ...place };
    if (value.lastBeat > latest) return { code: 'inFuture', ...place };
  }
  return null;
}

/** Records of a moment: the moment is not in the future and falls on the record's day. */
function instantProblem(data: CheckedTables, calendar: ZoneCalendar, latest: number): BackupProblem | null {
  for (const [table, rows] of [
    ['checkins', data.checkins],
    ['fingerprints', data.fingerprints],
    ['outsideTime', data.outsideTime ?? []],
    ['burdenEvents', data.burdenEvents ?? []],
  ] as const) {
    for (const [index, row] of rows.entries()) {
      if (row.at > latest) return { code: 'inFuture', table, index };
      if (calendar.dayOf(row.at) !== row.day) return { code: 'dayMismatch', table, index };
    }
  }
  return null;
}

function futureDayProblem(data: CheckedTables, today: string): BackupProblem | null {
  for (const [index, rollup] of data.dayRollups.entries()) {
    if (rollup.day > today) return { code: 'inFuture', table: 'dayRollups', index };
  }
  for (const [index, item] of (data.inventory ?? []).entries()) {
    if (item.since > today || (item.droppedOn ?? '') > today)
      return { code: 'inFuture', table: 'inventory', index };
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
