/**
 * Reads a summary file (JSON or CSV, version 1 or 2) back into a validated summary, or says in one Chinese sentence
 * what is wrong: the shape, the bounds of its period, and the laws every summary obeys (summaryLaws.ts).
 */
import * as v from 'valibot';
import { parseCsv } from './csv';
import { LEVELS } from './levels';
import { parsePeriodKey } from './periodKey';
import { PROVINCES } from './provinces';
import {
  type AnySummary,
  BURDEN_EVENT_KEY_LIST,
  CATEGORY_KEY_LIST,
  CHECKIN_KEY_LIST,
  INVENTORY_KEY_LIST,
  MAX_PLATFORM_ID_LENGTH,
  NATIONAL_PLATFORM_ID,
  NATIONAL_PLATFORM_NAME,
  OUTSIDE_KEY_LIST,
  SUMMARY_FORMAT,
  SUMMARY_FORMAT_V1,
  SUMMARY_LIMITS,
} from './summary';
import {
  type CsvColumnKind,
  SUMMARY_CSV_COLUMNS,
  SUMMARY_CSV_COLUMNS_V1,
  type SummaryCsvColumn,
  setAtPath,
} from './summaryCsvColumns';
import { brokenLaw } from './summaryLaws';
import { type FieldIssue, type SummaryProblem, shown, summaryProblemText } from './summaryProblems';

/** `error` is the problem in one Chinese sentence; the merge page words `problem` in its own language. */
export type ParsedSummary =
  | { ok: true; summary: AnySummary }
  | { ok: false; error: string; problem: SummaryProblem };

type Read<T> = T | { problem: SummaryProblem };

/** A real summary is a few KB; anything this large is rejected before it is read. */
export const MAX_SUMMARY_CHARS = 64 * 1024;

/** The widest bound of any period (a 31-day month); the per-period bound is checked after the schema. */
const MAX_HOURS = 31 * 24;

const hoursSchema = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_HOURS));
const countSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(SUMMARY_LIMITS.maxCount));
/** One entry per fixed key (every category, every check-in type), each with the same schema. */
function keyedSchema<Key extends string, Schema extends v.GenericSchema>(
  keys: readonly Key[],
  schema: Schema,
) {
  return v.strictObject(Object.fromEntries(keys.map((key) => [key, schema])) as Record<Key, Schema>);
}

const periodSchema = v.pipe(
  v.string(),
  v.check(
    (period) => parsePeriodKey(period) !== null,
    // A marker, not a sentence: issueProblem() turns it into the 'period' problem.
    (issue) => `period:${shown(issue.input)}`,
  ),
);
const nationalPlatformsSchema = v.pipe(
  v.array(
    v.strictObject({
      id: v.pipe(v.string(), v.maxLength(MAX_PLATFORM_ID_LENGTH), v.regex(NATIONAL_PLATFORM_ID)),
      name: v.pipe(v.string(), v.regex(NATIONAL_PLATFORM_NAME)),
      hours: hoursSchema,
    }),
  ),
  v.maxLength(SUMMARY_LIMITS.maxNationalPlatforms),
);
const profileSchema = v.strictObject({
  level: v.nullable(v.picklist(LEVELS)),
  province: v.nullable(v.picklist(PROVINCES)),
});
const anonymizationSchema = v.strictObject({
  roundingHours: v.pipe(
    v.number(),
    v.minValue(SUMMARY_LIMITS.minRoundingHours),
    v.maxValue(SUMMARY_LIMITS.maxRoundingHours),
  ),
  epsilon: v.nullable(
    v.pipe(v.number(), v.minValue(SUMMARY_LIMITS.minEpsilon), v.maxValue(SUMMARY_LIMITS.maxEpsilon)),
  ),
});
const daysSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(31));

const SummarySchemaV1 = v.strictObject({
  format: v.literal(SUMMARY_FORMAT_V1),
  period: periodSchema,
  daysWithRecords: daysSchema,
  platformsUsed: countSchema,
  hours: v.strictObject({
    total: hoursSchema,
    outsideWorkingHours: hoursSchema,
    weekends: hoursSchema,
    mediaPlayback: hoursSchema,
    byCategory: keyedSchema(CATEGORY_KEY_LIST, hoursSchema),
    nationalPlatforms: nationalPlatformsSchema,
    provincialLocal: hoursSchema,
  }),
  checkins: keyedSchema(CHECKIN_KEY_LIST, countSchema),
  duplicateEntries: countSchema,
  profile: profileSchema,
  anonymization: anonymizationSchema,
});

const SummarySchemaV2 = v.strictObject({
  format: v.literal(SUMMARY_FORMAT),
  period: periodSchema,
  daysWithRecords: daysSchema,
  platformsUsed: countSchema,
  hours: v.strictObject({
    total: hoursSchema,
    workingHours: hoursSchema,
    outsideWorkingHours: hoursSchema,
    weekends: hoursSchema,
    mediaPlayback: hoursSchema,
    byCategory: keyedSchema(CATEGORY_KEY_LIST, hoursSchema),
    nationalPlatforms: nationalPlatformsSchema,
    otherNational: hoursSchema,
    provincialLocal: hoursSchema,
  }),
  outsideBrowser: v.strictObject({
    total: hoursSchema,
    byChannel: keyedSchema(OUTSIDE_KEY_LIST, hoursSchema),
  }),
  checkins: keyedSchema(CHECKIN_KEY_LIST, countSchema),
  unconfirmedLeftOut: countSchema,
  duplicateEntries: countSchema,
  burdenEvents: keyedSchema(BURDEN_EVENT_KEY_LIST, countSchema),
  inventory: keyedSchema(INVENTORY_KEY_LIST, countSchema),
  profile: profileSchema,
  anonymization: anonymizationSchema,
});

const SCHEMAS = { [SUMMARY_FORMAT]: SummarySchemaV2, [SUMMARY_FORMAT_V1]: SummarySchemaV1 } as const;
const CSV_COLUMNS: Record<string, readonly SummaryCsvColumn[]> = {
  [SUMMARY_FORMAT]: SUMMARY_CSV_COLUMNS,
  [SUMMARY_FORMAT_V1]: SUMMARY_CSV_COLUMNS_V1,
};

/** Never throws: every failure, including junk and oversized input, comes back as `{ ok: false, error, problem }`. */
export function parseSummary(text: string, fileName?: string): ParsedSummary {
  let problem: SummaryProblem;
  try {
    const result: Read<{ summary: AnySummary }> =
      typeof text === 'string' ? readSummary(text) : { problem: { code: 'notText' } };
    if ('summary' in result) return { ok: true, summary: result.summary };
    problem = result.problem;
  } catch {
    // Nothing above should throw; if it does, the file is still only rejected.
    problem = { code: 'unreadable' };
  }
  return { ok: false, error: summaryProblemText(problem, 'zh_CN', fileName), problem };
}

function readSummary(text: string): Read<{ summary: AnySummary }> {
  if (text.length > MAX_SUMMARY_CHARS) {
    return { problem: { code: 'tooLarge', kilobytes: Math.ceil(text.length / 1024) } };
  }
  const content = text.replace(/^\uFEFF/, '').trim();
  if (content === '') return { problem: { code: 'empty' } };
  const raw = content.startsWith('{') ? readJson(content) : readCsv(content);
  if ('problem' in raw) return raw;
  return validate(raw.value);
}

function readJson(content: string): Read<{ value: unknown }> {
  try {
    return { value: JSON.parse(content) };
  } catch {
    return { problem: { code: 'badJson' } };
  }
}

function readCsv(content: string): Read<{ value: unknown }> {
  const records = parseCsv(content);
  if (!records || records.length === 0 || records[0]![0] !== 'format') {
    return { problem: { code: 'notSummary' } };
  }
  const [header, ...rows] = records as [string[], ...string[][]];
  const columns = Object.values(CSV_COLUMNS).find(
    (known) => header.join(',') === known.map((column) => column.name).join(','),
  );
  if (!columns) return { problem: { code: 'csvHeader' } };
  if (rows.length !== 1) return { problem: { code: 'csvRows', rows: rows.length } };
  const row = rows[0]!;
  if (row.length !== columns.length) {
    return { problem: { code: 'csvColumns', expected: columns.length, actual: row.length } };
  }
  if (CSV_COLUMNS[row[0]!] !== columns) return { problem: { code: 'csvFormat', format: shown(row[0]) } };
  const value: Record<string, unknown> = {};
  for (const [index, column] of columns.entries()) {
    const cell = cellValue(row[index]!, column.kind);
    if (cell === INVALID_LIST) return { problem: { code: 'csvList', column: column.name } };
    setAtPath(value, column.name, cell);
  }
  return { value };
}

const INVALID_LIST = Symbol('invalid list');
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Text that is not a number stays text, so that the schema names the column. */
function cellValue(cell: string, kind: CsvColumnKind): unknown {
  if (kind === 'jsonList') {
    try {
      return JSON.parse(cell);
    } catch {
      return INVALID_LIST;
    }
  }
  if ((kind === 'nullableText' || kind === 'nullableNumber') && cell === '') return null;
  if ((kind === 'number' || kind === 'nullableNumber') && NUMBER_TEXT.test(cell)) return Number(cell);
  return cell;
}

function validate(value: unknown): Read<{ summary: AnySummary }> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problem: { code: 'notObject' } };
  if (!Object.hasOwn(value, 'format')) return { problem: { code: 'noFormat' } };
  const format = (value as { format: unknown }).format;
  if (format !== SUMMARY_FORMAT && format !== SUMMARY_FORMAT_V1) {
    return { problem: { code: 'unknownFormat', format: shown(format) } };
  }
  const result = v.safeParse(SCHEMAS[format], value);
  if (!result.success) {
    const [first, ...rest] = result.issues;
    return { problem: issueProblem(first, rest.length) };
  }
  const summary: AnySummary = result.output;
  const broken = brokenLaw(summary);
  return broken
    ? { problem: { code: 'law', law: broken, periodKind: parsePeriodKey(summary.period)!.kind } }
    : { summary };
}

type Issue = v.InferIssue<typeof SummarySchemaV1> | v.InferIssue<typeof SummarySchemaV2>;

const ISSUE_OF_TYPE: Partial<Record<Issue['type'], FieldIssue>> = {
  number: 'notNumber',
  string: 'notText',
  array: 'notList',
  finite: 'notFinite',
  integer: 'notInteger',
  min_value: 'tooSmall',
  max_value: 'tooLarge',
  picklist: 'notInList',
  literal: 'notInList',
  max_length: 'tooLong',
  regex: 'badFormat',
};

function issueProblem(issue: Issue, more: number): SummaryProblem {
  if (issue.type === 'check' && issue.message.startsWith('period:')) {
    return { code: 'period', value: issue.message.slice('period:'.length) };
  }
  const field = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  let kind: FieldIssue = ISSUE_OF_TYPE[issue.type] ?? 'other';
  if (issue.type === 'strict_object') {
    kind =
      issue.expected === 'never' ? 'unknownKey' : issue.received === 'undefined' ? 'missing' : 'notObject';
  }
  const limit = 'requirement' in issue ? String(issue.requirement) : '';
  return { code: 'field', issue: kind, field, value: shown(issue.input), limit, more };
}
