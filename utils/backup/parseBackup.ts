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
  BACKUP_TABLES,
  BACKUP_VERSION,
  BackupSchema,
  type BackupTable,
  BackupV1Schema,
  type LedgerBackup,
  type LedgerBackupV1,
  MAX_BACKUP_BYTES,
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
  if (!isRecord(json) || json.format !== BACKUP_FORMAT || nestedDeeperThan(json, MAX_DEPTH)) {
    return fail({ code: 'notBackup' });
  }
  // Version checks come before the schema, so a newer file says "too new" rather than "wrong field".
  const tooNewFile = typeof json.version === 'number' && json.version > BACKUP_VERSION;
  const tooNewDatabase = typeof json.schemaVersion === 'number' && json.schemaVersion > schemaVersion;
  if (tooNewFile || tooNewDatabase) return fail({ code: 'tooNew' });

  let backup: LedgerBackup;
  if (json.version === 1) {
    const result = v.safeParse(BackupV1Schema, json, { abortEarly: true });
    if (!result.success) return fail(problemOfIssue(result.issues[0]));
    const problem = consistencyProblem(result.output, now);
    if (problem) return fail(problem);
    backup = fromVersion1(result.output);
  } else {
    const result = v.safeParse(BackupSchema, json, { abortEarly: true });
    if (!result.success) return fail(problemOfIssue(result.issues[0]));
    const problem = consistencyProblem(result.output, now);
    if (problem) return fail(problem);
    backup = result.output;
  }
  const calendar = zoneCalendar(backup.timeZone)!;
  const invariant = ledgerInvariantProblem(
    { ...backup.data, openSpan: backup.data.openSpan.map((row) => row.value) },
    calendar,
  );
  if (invariant) return fail(invariant);
  return { ok: true, backup: { ...backup, data: withoutNeverRecorded(backup.data) } };
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

function problemOfIssue(issue: v.BaseIssue<unknown> | undefined): BackupProblem {
  const keys = (issue?.path ?? []).map((item) => item.key);
  // data.<table>.<index>.<field...>, or a header field at the top.
  let table: BackupTable | null = null;
  let index: number | null = null;
  let fieldKeys = keys;
  if (keys[0] === 'data' && ([...BACKUP_TABLES, 'meta'] as readonly unknown[]).includes(keys[1])) {
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
