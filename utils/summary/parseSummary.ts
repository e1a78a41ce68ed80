/**
 * Reads a summary file (JSON or CSV, version 1 or 2) back into a validated summary, or says in one Chinese sentence
 * what is wrong: the shape, the bounds of its period, and the laws every summary obeys (summaryLaws.ts).
 */
import * as v from 'valibot';
import { parseCsv } from './csv';
import { LEVELS } from './levels';
import { type PeriodKey, parsePeriodKey } from './periodKey';
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
import { type BrokenLaw, brokenLaw } from './summaryLaws';

export type ParsedSummary = { ok: true; summary: AnySummary } | { ok: false; error: string };

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
    (issue) =>
      `周期格式不正确：“${shown(issue.input)}”（应为 2026-W47 这样的 ISO 周，或 2026-11 这样的月份）。`,
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

/** Never throws: every failure, including junk and oversized input, comes back as `{ ok: false, error }`. */
export function parseSummary(text: string, fileName?: string): ParsedSummary {
  let prefix = '';
  try {
    if (fileName !== undefined) prefix = `文件“${shown(fileName, 80)}”：`;
    const error = typeof text === 'string' ? undefined : '不是文本文件。';
    const result = error ? { error } : readSummary(text);
    return 'summary' in result
      ? { ok: true, summary: result.summary }
      : { ok: false, error: prefix + result.error };
  } catch {
    // Nothing above should throw; if it does, the file is still only rejected.
    return { ok: false, error: `${prefix}无法读取这个文件。` };
  }
}

function readSummary(text: string): { summary: AnySummary } | { error: string } {
  if (text.length > MAX_SUMMARY_CHARS) {
    return {
      error: `文件太大（${Math.ceil(text.length / 1024)} KB），摘要文件都小于 64 KB，这不是指尖账本摘要文件。`,
    };
  }
  const content = text.replace(/^\uFEFF/, '').trim();
  if (content === '') return { error: '文件是空的。' };
  const raw = content.startsWith('{') ? readJson(content) : readCsv(content);
  if ('error' in raw) return raw;
  return validate(raw.value);
}

function readJson(content: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(content) };
  } catch {
    return { error: '不是指尖账本摘要文件（JSON 格式有误，可能文件不完整）。' };
  }
}

function readCsv(content: string): { value: unknown } | { error: string } {
  const records = parseCsv(content);
  if (!records || records.length === 0 || records[0]![0] !== 'format') {
    return { error: '不是指尖账本摘要文件（既不是 JSON，也不是带 format 表头的 CSV）。' };
  }
  const [header, ...rows] = records as [string[], ...string[][]];
  const columns = Object.values(CSV_COLUMNS).find(
    (known) => header.join(',') === known.map((column) => column.name).join(','),
  );
  if (!columns) {
    return { error: `CSV 表头与 ${SUMMARY_FORMAT} 或 ${SUMMARY_FORMAT_V1} 的列不一致（列名或顺序不对）。` };
  }
  if (rows.length !== 1) return { error: `CSV 摘要文件应有一行数据，实际有 ${rows.length} 行。` };
  const row = rows[0]!;
  if (row.length !== columns.length) {
    return { error: `CSV 数据行应有 ${columns.length} 列，实际有 ${row.length} 列。` };
  }
  if (CSV_COLUMNS[row[0]!] !== columns) {
    return { error: `CSV 数据行的格式“${shown(row[0])}”与表头的列不一致。` };
  }
  const value: Record<string, unknown> = {};
  for (const [index, column] of columns.entries()) {
    const cell = cellValue(row[index]!, column.kind);
    if (cell === INVALID_LIST) return { error: `“${column.name}”一栏不是有效的 JSON 列表。` };
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

function validate(value: unknown): { summary: AnySummary } | { error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: '不是指尖账本摘要文件（内容不是一个 JSON 对象）。' };
  }
  if (!Object.hasOwn(value, 'format')) return { error: '不是指尖账本摘要文件（缺少 format 字段）。' };
  const format = (value as { format: unknown }).format;
  if (format !== SUMMARY_FORMAT && format !== SUMMARY_FORMAT_V1) {
    return { error: `不支持的格式“${shown(format)}”，这里只认 ${SUMMARY_FORMAT} 和 ${SUMMARY_FORMAT_V1}。` };
  }
  const result = v.safeParse(SCHEMAS[format], value);
  if (!result.success) {
    const [first, ...rest] = result.issues;
    return { error: describeIssue(first) + (rest.length > 0 ? `（另有 ${rest.length} 处问题）` : '') };
  }
  const summary: AnySummary = result.output;
  const broken = brokenLaw(summary);
  return broken ? { error: describeBrokenLaw(broken, parsePeriodKey(summary.period)!) } : { summary };
}

/** One sentence per law; the field is named as the file names it, so the person who sent it can find it. */
function describeBrokenLaw(broken: BrokenLaw, key: PeriodKey): string {
  switch (broken.law) {
    case 'daysInPeriod':
      return `有记录天数 ${broken.days} 超过了${periodName(key)}的 ${broken.periodDays} 天。`;
    case 'hoursInPeriod':
      return `“${broken.field}”为 ${broken.hours} 小时，超过了${periodName(key)}的 ${broken.periodHours} 小时。`;
    case 'partsAddUp':
      return `“${broken.field}”各项之和 ${broken.parts} 小时与合计 ${broken.total} 小时对不上，摘要不是由指尖账本生成的，或被改动过。`;
    case 'partWithinTotal':
      return `“${broken.field}”为 ${broken.part} 小时，超过了合计 ${broken.total} 小时。`;
    case 'countPerDay':
      return `“${broken.field}”为 ${broken.count} 次，超过了${periodName(key)}可能的上限 ${broken.max}。`;
    case 'duplicatePlatform':
      return `“hours.nationalPlatforms”中平台“${shown(broken.id)}”出现了不止一次。`;
  }
}

function periodName(key: PeriodKey): string {
  return key.kind === 'week' ? '一周' : '这个月';
}

type Issue = v.InferIssue<typeof SummarySchemaV1> | v.InferIssue<typeof SummarySchemaV2>;

function describeIssue(issue: Issue): string {
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  const field = `“${path}”`;
  switch (issue.type) {
    case 'strict_object':
      if (issue.expected === 'never') return `含有不认识的字段${field}。`;
      if (issue.received === 'undefined') return `缺少字段${field}。`;
      return `${field}应为一组字段（对象）。`;
    case 'number':
      return `${field}应为数字，实际是 ${shown(issue.input)}。`;
    case 'string':
      return `${field}应为文字，实际是 ${shown(issue.input)}。`;
    case 'array':
      return `${field}应为列表。`;
    case 'finite':
      return `${field}应为有限的数字。`;
    case 'integer':
      return `${field}应为整数，实际是 ${shown(issue.input)}。`;
    case 'min_value':
      return `${field}的数值 ${shown(issue.input)} 过小（不能小于 ${issue.requirement}）。`;
    case 'max_value':
      return `${field}的数值 ${shown(issue.input)} 不合理（不能大于 ${issue.requirement}）。`;
    case 'picklist':
      return `${field}的值 ${shown(issue.input)} 不在允许的选项中。`;
    case 'max_length':
      return `${field}太长。`;
    case 'regex':
      return `${field}的值 ${shown(issue.input)} 格式不正确。`;
    case 'check':
      return issue.message;
    default:
      return `${field}不符合格式。`;
  }
}

/** A value as shown inside an error: short, on one line, never a wall of junk. */
function shown(value: unknown, maxLength = 40): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  const oneLine = text.replace(/[\p{Cc}\p{Cf}]+/gu, ' ');
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength)}…` : oneLine;
}
