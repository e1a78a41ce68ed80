/**
 * The backup file: one versioned JSON document of the ledger, and its strict schemas. Version 2 adds the burdens off
 * the browser and leaves out the per-install secrets (the fingerprint salt, the summaries' noise): see
 * docs/privacy.md. Version 1 files are still read.
 */
import * as v from 'valibot';
import { BURDEN_EVENT_TYPES } from '../burden/burdenEvents';
import { INVENTORY_KINDS, REQUIRED_BY_LEVELS } from '../burden/inventory';
import { MAX_OUTSIDE_MINUTES } from '../burden/outsideTime';
import { CHECKIN_TYPES } from '../checkins/checkin';
import { PLATFORM_CATEGORIES } from '../platforms/platform';
import { readHostPattern } from '../platforms/readHostPattern';
import { HALF_HOURS_PER_DAY } from '../stats/dayRollup';
import { MAX_CONTRIBUTORS, MIN_CONTRIBUTORS } from '../summary/contributorThreshold';
import { isCalendarDay } from './zoneCalendar';

export const BACKUP_FORMAT = 'fingertip-ledger-backup';
/** The newest file version this code reads and writes; a newer file is refused with a clear sentence, never half-read. */
export const BACKUP_VERSION = 2;
/** Checked before a byte is parsed: ten years of heavy use is about 20 MB. */
export const MAX_BACKUP_BYTES = 40 * 1024 * 1024;

/**
 * No record can be older than the extension: a day before 2020 (or a day 0000-01-01) in a file is made up. Instants
 * start half a day earlier, so that 2020-01-01 in any time zone is still a plausible local day.
 */
export const EARLIEST_DAY = '2020-01-01';
export const EARLIEST_INSTANT = Date.parse('2020-01-01T00:00:00Z') - 14 * 3_600_000;
/** A span still being timed when the backup was made; no person is active on one platform for longer. */
export const MAX_OPEN_SPAN_MS = 24 * 3_600_000;

/** The tables of a backup, named as in the database so that a restore is a plain copy. */
export const BACKUP_TABLES = [
  'spans',
  'openSpan',
  'checkins',
  'fingerprints',
  'dayRollups',
  'platforms',
  'settings',
  'outsideTime',
  'burdenEvents',
  'inventory',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number] | 'meta';

const DAY = v.pipe(
  v.string(),
  v.check((day) => isCalendarDay(day) && day >= EARLIEST_DAY),
);
/** Epoch milliseconds a Date can hold, from 2020 on. */
const INSTANT = v.pipe(v.number(), v.safeInteger(), v.minValue(EARLIEST_INSTANT), v.maxValue(8.64e15));
const ROW_ID = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
const TEXT = v.pipe(v.string(), v.minLength(1), v.maxLength(2000));
const SPAN_KIND = v.picklist(['active', 'media']);
const MINUTES = v.pipe(v.number(), v.finite(), v.minValue(0));

export const SpanRowSchema = v.strictObject({
  id: ROW_ID,
  platformId: TEXT,
  start: INSTANT,
  end: INSTANT,
  day: DAY,
  kind: SPAN_KIND,
  source: v.picklist(['auto', 'manual']),
});

export const OpenSpanRowSchema = v.strictObject({
  key: v.literal('current'),
  value: v.strictObject({ platformId: TEXT, kind: SPAN_KIND, start: INSTANT, lastBeat: INSTANT }),
});

const CHECKIN_FIELDS = {
  id: ROW_ID,
  at: INSTANT,
  day: DAY,
  platformId: v.nullable(TEXT),
  type: v.picklist(CHECKIN_TYPES),
  source: v.picklist(['detected', 'manual']),
  confirmed: v.optional(v.boolean()),
  note: v.optional(v.pipe(v.string(), v.maxLength(2000))),
};

export const CheckinRowSchema = v.strictObject(CHECKIN_FIELDS);
/** Version 1 kept the minutes typed with a check-in on the check-in; they become outside-browser time. */
export const CheckinRowV1Schema = v.strictObject({
  ...CHECKIN_FIELDS,
  minutes: v.optional(v.pipe(MINUTES, v.maxValue(24 * 60))),
});

export const FingerprintRowSchema = v.strictObject({
  id: ROW_ID,
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  platformId: TEXT,
  day: DAY,
  at: INSTANT,
});

/** A wall-clock half hour holds at most 60 minutes: two passes on the day the clocks go back. */
export const DayRollupRowSchema = v.pipe(
  v.strictObject({
    day: DAY,
    platformId: TEXT,
    kind: SPAN_KIND,
    halfHours: v.pipe(v.array(v.pipe(MINUTES, v.maxValue(60))), v.length(HALF_HOURS_PER_DAY)),
    minutes: v.pipe(MINUTES, v.maxValue(HALF_HOURS_PER_DAY * 60)),
    spanCount: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  }),
  v.forward(
    v.check((row) => Math.abs(row.halfHours.reduce((sum, minutes) => sum + minutes, 0) - row.minutes) < 0.01),
    ['minutes'],
  ),
);

export const UserRuleRowSchema = v.strictObject({
  id: TEXT,
  name: TEXT,
  category: v.picklist(PLATFORM_CATEGORIES),
  patterns: v.pipe(
    v.array(
      v.pipe(
        v.string(),
        v.check((pattern) => readHostPattern(pattern).ok),
      ),
    ),
    v.maxLength(100),
  ),
  enabled: v.boolean(),
});

const MINUTE_OF_DAY = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(24 * 60));

/** Stored settings are partial (defaults fill the rest), but every field present must be one Settings knows. */
export const SettingsValueSchema = v.strictObject({
  idleThresholdSeconds: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(15), v.maxValue(86_400))),
  workingPeriods: v.optional(v.array(v.strictObject({ start: MINUTE_OF_DAY, end: MINUTE_OF_DAY }))),
  workingDays: v.optional(v.array(v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(7)))),
  weekStartsOn: v.optional(v.picklist([0, 1])),
  retentionMonths: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(600))),
  locale: v.optional(v.picklist(['auto', 'zh_CN', 'en'])),
  pausedUntil: v.optional(v.nullable(INSTANT)),
  summary: v.optional(
    v.strictObject({
      roundingHours: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0))),
      epsilon: v.optional(v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0)))),
      level: v.optional(v.nullable(v.picklist(['村/社区', '乡镇/街道', '县/区', '市', '省']))),
      province: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(50)))),
      includeUnconfirmed: v.optional(v.boolean()),
    }),
  ),
  /** the k rule's floor holds in a restored file too (utils/summary/contributorThreshold.ts) */
  mergeMinContributors: v.optional(
    v.pipe(v.number(), v.safeInteger(), v.minValue(MIN_CONTRIBUTORS), v.maxValue(MAX_CONTRIBUTORS)),
  ),
  workCalendar: v.optional(v.picklist(['china', 'weekdays'])),
});

export const SettingsRowSchema = v.strictObject({ key: v.literal('settings'), value: SettingsValueSchema });

/** Version 1 carried the per-install secrets; they are read and never restored (docs/privacy.md). */
export const MetaRowSchema = v.strictObject({
  key: TEXT,
  value: v.pipe(v.string(), v.maxLength(10_000)),
});

export const OutsideTimeRowSchema = v.strictObject({
  id: ROW_ID,
  day: DAY,
  at: INSTANT,
  minutes: v.pipe(v.number(), v.finite(), v.minValue(Number.MIN_VALUE), v.maxValue(MAX_OUTSIDE_MINUTES)),
  channel: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  checkinId: v.optional(ROW_ID),
});

export const BurdenEventRowSchema = v.strictObject({
  id: ROW_ID,
  at: INSTANT,
  day: DAY,
  type: v.picklist(BURDEN_EVENT_TYPES),
  subject: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
});

export const InventoryRowSchema = v.pipe(
  v.strictObject({
    id: ROW_ID,
    kind: v.picklist(INVENTORY_KINDS),
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    requiredBy: v.picklist(REQUIRED_BY_LEVELS),
    since: DAY,
    droppedOn: v.nullable(DAY),
    ref: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  }),
  v.forward(
    v.check((row) => row.droppedOn === null || row.droppedOn >= row.since),
    ['droppedOn'],
  ),
);

/** The file's header: what it is, which version wrote it, when, and in which time zone's calendar. */
export const BackupHeaderSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.picklist([1, BACKUP_VERSION]),
  /** the database version that wrote the file */
  schemaVersion: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  /** ISO 8601 */
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  /** the IANA time zone whose calendar the file's `day` fields use */
  timeZone: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  data: v.record(v.string(), v.unknown()),
});
export const BACKUP_HEADER_FIELDS = [
  'format',
  'version',
  'schemaVersion',
  'exportedAt',
  'timeZone',
  'data',
] as const;

/** Each table: the schema of one row, and how many rows it may have at most. */
interface TableSchema {
  row: v.GenericSchema;
  maxRows?: number;
}

const COMMON_TABLES = {
  spans: { row: SpanRowSchema },
  openSpan: { row: OpenSpanRowSchema, maxRows: 1 },
  fingerprints: { row: FingerprintRowSchema },
  dayRollups: { row: DayRollupRowSchema },
  platforms: { row: UserRuleRowSchema, maxRows: 10_000 },
  settings: { row: SettingsRowSchema, maxRows: 1 },
} satisfies Record<string, TableSchema>;

/** The tables of each file version, in the order they are checked. */
export const TABLE_SCHEMAS = {
  1: { ...COMMON_TABLES, checkins: { row: CheckinRowV1Schema }, meta: { row: MetaRowSchema } },
  2: {
    ...COMMON_TABLES,
    checkins: { row: CheckinRowSchema },
    outsideTime: { row: OutsideTimeRowSchema },
    burdenEvents: { row: BurdenEventRowSchema },
    inventory: { row: InventoryRowSchema, maxRows: 10_000 },
  },
} as const satisfies Record<1 | 2, Record<string, TableSchema>>;

type RowOf<Schema> = Schema extends { row: infer Row extends v.GenericSchema } ? v.InferOutput<Row> : never;
type TablesOf<Version extends 1 | 2> = {
  -readonly [Table in keyof (typeof TABLE_SCHEMAS)[Version]]: RowOf<(typeof TABLE_SCHEMAS)[Version][Table]>[];
};

export interface LedgerBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  schemaVersion: number;
  exportedAt: string;
  timeZone: string;
  data: TablesOf<2>;
}
export type BackupData = LedgerBackup['data'];
export interface LedgerBackupV1 extends Omit<LedgerBackup, 'version' | 'data'> {
  version: 1;
  data: TablesOf<1>;
}
