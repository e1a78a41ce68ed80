/** The backup file: one versioned JSON document holding every table of the database, and its strict schema. */
import * as v from 'valibot';
import { CHECKIN_TYPES } from '../checkins/checkin';
import { PLATFORM_CATEGORIES } from '../platforms/platform';
import { readHostPattern } from '../platforms/readHostPattern';
import { HALF_HOURS_PER_DAY } from '../stats/dayRollup';

export const BACKUP_FORMAT = 'fingertip-ledger-backup';
/** The newest file version this code reads; a newer file is refused with a clear sentence, never half-read. */
export const BACKUP_VERSION = 1;
/** Checked before a byte is parsed: ten years of heavy use is about 20 MB. */
export const MAX_BACKUP_BYTES = 40 * 1024 * 1024;

/** The tables of a backup, named as in the database so that a restore is a plain copy. */
export const BACKUP_TABLES = [
  'spans',
  'openSpan',
  'checkins',
  'fingerprints',
  'dayRollups',
  'platforms',
  'settings',
  'meta',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

const DAY = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/));
/** Epoch milliseconds a Date can hold. */
const INSTANT = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(8.64e15));
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

export const CheckinRowSchema = v.strictObject({
  id: ROW_ID,
  at: INSTANT,
  day: DAY,
  platformId: v.nullable(TEXT),
  type: v.picklist(CHECKIN_TYPES),
  source: v.picklist(['detected', 'manual']),
  confirmed: v.optional(v.boolean()),
  minutes: v.optional(v.pipe(MINUTES, v.maxValue(24 * 60))),
  note: v.optional(v.pipe(v.string(), v.maxLength(2000))),
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
  patterns: v.array(
    v.pipe(
      v.string(),
      v.check((pattern) => readHostPattern(pattern).ok),
    ),
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
    }),
  ),
  mergeMinContributors: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1))),
});

export const SettingsRowSchema = v.strictObject({ key: v.literal('settings'), value: SettingsValueSchema });

export const MetaRowSchema = v.strictObject({
  key: TEXT,
  value: v.pipe(v.string(), v.maxLength(10_000)),
});

export const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  /** the database version that wrote the file */
  schemaVersion: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  /** ISO 8601 */
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  /** the IANA time zone whose calendar the file's `day` fields use */
  timeZone: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  data: v.strictObject({
    spans: v.array(SpanRowSchema),
    openSpan: v.pipe(v.array(OpenSpanRowSchema), v.maxLength(1)),
    checkins: v.array(CheckinRowSchema),
    fingerprints: v.array(FingerprintRowSchema),
    dayRollups: v.array(DayRollupRowSchema),
    platforms: v.array(UserRuleRowSchema),
    settings: v.pipe(v.array(SettingsRowSchema), v.maxLength(1)),
    meta: v.array(MetaRowSchema),
  }),
});

export type LedgerBackup = v.InferOutput<typeof BackupSchema>;
export type BackupData = LedgerBackup['data'];
