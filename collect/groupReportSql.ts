/**
 * Writes collect/group-report.sql: the merge page's group report (utils/summary/mergeSummaries.ts) as one DuckDB
 * script for folders too large for the browser. The lists the script needs (columns of both versions, field labels,
 * levels, provinces, catalogue names, limits) are taken from the extension's own modules here, so the script
 * cannot drift from them silently: tests/unit/collect/groupReport.test.ts checks the file is what this writes.
 * Regenerate with `node --import tsx collect/generate.ts`.
 */
import { CATALOGUE } from '../utils/platforms/catalogue';
import { RETIRED_NEVER_RECORD_IDS } from '../utils/platforms/neverRecord';
import {
  DEFAULT_CONTRIBUTORS,
  MAX_CONTRIBUTORS,
  MIN_CONTRIBUTORS,
  QUARTILES_MIN_GROUP,
} from '../utils/summary/contributorThreshold';
import { LEVELS } from '../utils/summary/levels';
import { MERGED_REPORT_CSV_COLUMNS } from '../utils/summary/mergedReportToCsv';
import { MAX_SUMMARY_CHARS } from '../utils/summary/parseSummary';
import { PROVINCES } from '../utils/summary/provinces';
import { SUMMARY_FORMAT, SUMMARY_FORMAT_V1, SUMMARY_LIMITS } from '../utils/summary/summary';
import { SUMMARY_CSV_COLUMNS, SUMMARY_CSV_COLUMNS_V1 } from '../utils/summary/summaryCsvColumns';
import { summaryFields } from '../utils/summary/summaryFields';

/** Where the script writes its two outputs (relative to the current folder); the test replaces them. */
export const REPORT_FILE = 'group-report.csv';
export const REFUSED_FILE = 'refused-files.csv';

const text = (value: string) => `'${value.replaceAll("'", "''")}'`;
const ident = (name: string) => `"${name}"`;
const V1_NAMES = new Set(SUMMARY_CSV_COLUMNS_V1.map((column) => column.name));
const LEAVES = SUMMARY_CSV_COLUMNS;
/** The week's or month's longest bound on hours: the per-period bound is a law, checked later. */
const MAX_HOURS = 31 * 24;

type Leaf = (typeof LEAVES)[number];

/** One CSV record: fields quoted (line breaks allowed inside) or not (a quote only after the first character). */
const CSV_FIELD = '(?:"(?:[^"]|"")*"|[^",\\r\\n][^,\\r\\n]*|)';
const CSV_RECORD = `${CSV_FIELD}(?:,${CSV_FIELD})*`;

function leafCheck(leaf: Leaf): string {
  const x = ident(leaf.name);
  if (leaf.name === 'format') return `json_type(${x}) = 'VARCHAR'`;
  if (leaf.name === 'period') return `gr_period_ok(${x})`;
  if (leaf.name === 'daysWithRecords') return `gr_int_ok(${x}, 31)`;
  if (leaf.name === 'hours.nationalPlatforms') return `gr_platforms_ok(${x})`;
  if (leaf.name === 'profile.level') return `gr_pick_ok(${x}, gr_levels())`;
  if (leaf.name === 'profile.province') return `gr_pick_ok(${x}, gr_provinces())`;
  if (leaf.name === 'anonymization.roundingHours')
    return `gr_num_in(${x}, ${SUMMARY_LIMITS.minRoundingHours}, ${SUMMARY_LIMITS.maxRoundingHours})`;
  if (leaf.name === 'anonymization.epsilon')
    return `(json_type(${x}) = 'NULL' OR gr_num_in(${x}, ${SUMMARY_LIMITS.minEpsilon}, ${SUMMARY_LIMITS.maxEpsilon}))`;
  if (leaf.name.startsWith('hours.') || leaf.name.startsWith('outsideBrowser.')) return `gr_hours_ok(${x})`;
  return `gr_int_ok(${x}, ${SUMMARY_LIMITS.maxCount})`;
}

/** A CSV cell as the JSON value parseSummary makes of it (csv cellValue): numbers, text, null, or a parsed list. */
function cellToJson(leaf: Leaf, index: number): string {
  const cell = `cells[${index + 1}]`;
  switch (leaf.kind) {
    case 'text':
      return `to_json(${cell})`;
    case 'number':
      return `gr_cell_number(${cell})`;
    case 'nullableText':
      return `CASE WHEN ${cell} = '' THEN 'null'::JSON ELSE to_json(${cell}) END`;
    case 'nullableNumber':
      return `CASE WHEN ${cell} = '' THEN 'null'::JSON ELSE gr_cell_number(${cell}) END`;
    case 'jsonList':
      return `CASE WHEN gr_json_ok(${cell}) THEN ${cell}::JSON END`;
  }
}

/** The objects of a JSON summary and their keys, for both versions (valibot's strictObject: no more, no fewer). */
function objectKeys(names: readonly string[]): Map<string, string[]> {
  const objects = new Map<string, string[]>([['', []]]);
  for (const name of names) {
    const parts = name.split('.');
    for (let depth = 0; depth < parts.length; depth++) {
      const parent = parts.slice(0, depth).join('.');
      if (!objects.has(parent)) objects.set(parent, []);
      const keys = objects.get(parent)!;
      if (!keys.includes(parts[depth]!)) keys.push(parts[depth]!);
    }
  }
  return objects;
}

function shapeCheck(names: readonly string[]): string {
  return [...objectKeys(names)]
    .map(([path, keys]) => {
      const sorted = `[${[...keys].sort().map(text).join(', ')}]`;
      const at = path === '' ? 'j' : `json_extract(j, ${text(`$.${path}`)})`;
      return `      WHEN coalesce(json_type(${at}) <> 'OBJECT' OR list_sort(json_keys(${at})) <> ${sorted}, true)\n        THEN ${text(`“${path || '(整个文件)'}”的字段不对（缺少、多出或不是一组字段）。`)}`;
    })
    .join('\n');
}

function platformNames(): string {
  const retired = new Set(RETIRED_NEVER_RECORD_IDS);
  const rows = CATALOGUE.filter((platform) => !retired.has(platform.id)).map(
    (platform) => `(${text(platform.id)}, ${text(platform.name)}, false)`,
  );
  const retiredRows = [...retired].map((id) => `(${text(id)}, NULL, true)`);
  return [...rows, ...retiredRows].join(',\n  ');
}

/** Field order and labels, as summaryFields lists them; the national platforms slot in before `hours.otherNational`. */
function fieldRows(): { fields: string; platformOrdinal: number } {
  const fields = summaryFields(new Map());
  // ordinals start at 1: the platforms come right before `hours.otherNational`, sorted by id among themselves
  const platformOrdinal = fields.findIndex((field) => field.field === 'hours.otherNational') + 0.5;
  return {
    fields: fields
      .map((field, index) => `(${index + 1}, ${text(field.field)}, ${text(field.label)})`)
      .join(',\n  '),
    platformOrdinal,
  };
}

const numberLeaves = LEAVES.filter((leaf) => leaf.kind === 'number' || leaf.kind === 'nullableNumber');
const hourLeaves = LEAVES.filter(
  (leaf) =>
    (leaf.name.startsWith('hours.') || leaf.name.startsWith('outsideBrowser.')) &&
    leaf.name !== 'hours.nationalPlatforms',
);
const countLeaves = (prefixes: string[]) =>
  LEAVES.filter((leaf) =>
    prefixes.some((prefix) => leaf.name === prefix || leaf.name.startsWith(`${prefix}.`)),
  );
const sumOf = (names: string[]) => names.map((name) => `coalesce(${ident(name)}, 0)`).join(' + ');
const byPrefix = (prefix: string) =>
  LEAVES.filter((leaf) => leaf.name.startsWith(`${prefix}.`)).map((l) => l.name);

export function groupReportSql(): string {
  const v2Header = SUMMARY_CSV_COLUMNS.map((column) => column.name).join(',');
  const v1Header = SUMMARY_CSV_COLUMNS_V1.map((column) => column.name).join(',');
  const v1Index = new Map(SUMMARY_CSV_COLUMNS_V1.map((column, index) => [column.name, index]));
  const { fields, platformOrdinal } = fieldRows();
  const categories = byPrefix('hours.byCategory');
  const channels = byPrefix('outsideBrowser.byChannel');
  const perDay = countLeaves(['checkins', 'duplicateEntries', 'unconfirmedLeftOut', 'burdenEvents']).map(
    (leaf) => leaf.name,
  );
  const inventory = byPrefix('inventory');
  const eps = 1e-4;
  const csvLeafColumns = (version: 1 | 2) =>
    LEAVES.map((leaf, index) => {
      if (version === 2) return `${cellToJson(leaf, index)} AS ${ident(leaf.name)}`;
      const at = v1Index.get(leaf.name);
      return at === undefined
        ? `NULL::JSON AS ${ident(leaf.name)}`
        : `${cellToJson(SUMMARY_CSV_COLUMNS_V1[at]!, at)} AS ${ident(leaf.name)}`;
    }).join(',\n    ');
  const schemaCases = LEAVES.map(
    (leaf) =>
      `      WHEN ${V1_NAMES.has(leaf.name) ? '' : 'version = 2 AND '}NOT coalesce(${leafCheck(leaf)}, false)\n        THEN ${text(`“${leaf.name}”不符合格式（类型、取值或范围不对）。`)}`,
  ).join('\n');
  const typed = LEAVES.filter((leaf) => leaf.name !== 'hours.nationalPlatforms')
    .map((leaf) => {
      const x = ident(leaf.name);
      if (leaf.kind === 'text' || leaf.kind === 'nullableText')
        return `json_extract_string(${x}, '$') AS ${x}`;
      return `TRY_CAST(${x} AS DOUBLE) AS ${x}`;
    })
    .join(',\n    ');
  const reportColumns = MERGED_REPORT_CSV_COLUMNS.join(',');
  void numberLeaves;

  return `-- 指尖账本 group report for DuckDB: the merge page's report (fingertip-merged-report/2 as CSV) from a folder.
-- GENERATED by collect/generate.ts from the extension's own lists: do not edit by hand.
-- Guide: docs/collecting.md. Run from the folder where the outputs should go:
--   duckdb -cmd "SET VARIABLE folder = '/path/to/summaries'" < group-report.sql
--   python3 -c "import duckdb,sys; c=duckdb.connect(); c.execute(\\"SET VARIABLE folder = '/path/to/summaries'\\"); c.execute(open(sys.argv[1]).read())" group-report.sql
-- Optional: SET VARIABLE k = 5 (contributors a published group needs: ${MIN_CONTRIBUTORS}..${MAX_CONTRIBUTORS}, else ${DEFAULT_CONTRIBUTORS}).
-- Reads every *.json and *.csv file in the folder (not its subfolders); writes ${REPORT_FILE} (the merge page's
-- CSV export, same columns, rows and numbers) and ${REFUSED_FILE} (file, CSV row, reason) in the current folder.

-- The lists the report depends on -------------------------------------------------------------------------------
CREATE OR REPLACE TEMP MACRO gr_levels() AS [${LEVELS.map(text).join(', ')}];
CREATE OR REPLACE TEMP MACRO gr_provinces() AS [${PROVINCES.map(text).join(', ')}];
CREATE OR REPLACE TEMP TABLE gr_catalogue(id VARCHAR, name VARCHAR, retired BOOLEAN);
-- national platforms are named from the extension's catalogue (utils/platforms/catalogue.ts), never from a file;
-- retired ids (never-record channels, utils/platforms/neverRecord.ts) are left out; other ids keep their id.
INSERT INTO gr_catalogue VALUES
  ${platformNames()};
CREATE OR REPLACE TEMP TABLE gr_fields(ord DOUBLE, field VARCHAR, label VARCHAR);
INSERT INTO gr_fields VALUES
  ${fields};
CREATE OR REPLACE TEMP MACRO gr_k() AS (
  SELECT CASE WHEN TRY_CAST(getvariable('k') AS DOUBLE) BETWEEN ${MIN_CONTRIBUTORS} AND ${MAX_CONTRIBUTORS}
    AND TRY_CAST(getvariable('k') AS DOUBLE) = floor(TRY_CAST(getvariable('k') AS DOUBLE))
    THEN TRY_CAST(getvariable('k') AS INTEGER) ELSE ${DEFAULT_CONTRIBUTORS} END);

-- Checks of one value (the summary's schema, utils/summary/parseSummary.ts) ---------------------------------------
CREATE OR REPLACE TEMP MACRO gr_is_num(x) AS json_type(x) IN ('UBIGINT', 'BIGINT', 'DOUBLE', 'HUGEINT');
CREATE OR REPLACE TEMP MACRO gr_num_in(x, lo, hi) AS gr_is_num(x) AND TRY_CAST(x AS DOUBLE) BETWEEN lo AND hi;
CREATE OR REPLACE TEMP MACRO gr_int_ok(x, hi) AS gr_num_in(x, 0, hi) AND TRY_CAST(x AS DOUBLE) = floor(TRY_CAST(x AS DOUBLE));
CREATE OR REPLACE TEMP MACRO gr_hours_ok(x) AS gr_num_in(x, 0, ${MAX_HOURS});
CREATE OR REPLACE TEMP MACRO gr_pick_ok(x, allowed) AS
  json_type(x) = 'NULL' OR (json_type(x) = 'VARCHAR' AND list_contains(allowed, json_extract_string(x, '$')));
CREATE OR REPLACE TEMP MACRO gr_period_ok(x) AS json_type(x) = 'VARCHAR' AND (
  (regexp_full_match(json_extract_string(x, '$'), '\\d{4}-W\\d{2}')
    AND TRY_CAST(json_extract_string(x, '$')[1:4] AS INTEGER) BETWEEN 2000 AND 2099
    AND TRY_CAST(json_extract_string(x, '$')[7:8] AS INTEGER)
      BETWEEN 1 AND weekofyear(make_date(TRY_CAST(json_extract_string(x, '$')[1:4] AS INTEGER), 12, 28)))
  OR (regexp_full_match(json_extract_string(x, '$'), '\\d{4}-\\d{2}')
    AND TRY_CAST(json_extract_string(x, '$')[1:4] AS INTEGER) BETWEEN 2000 AND 2099
    AND TRY_CAST(json_extract_string(x, '$')[6:7] AS INTEGER) BETWEEN 1 AND 12));
CREATE OR REPLACE TEMP MACRO gr_platforms_ok(x) AS json_type(x) = 'ARRAY'
  AND json_array_length(x) <= ${SUMMARY_LIMITS.maxNationalPlatforms}
  AND coalesce(list_bool_and(list_transform(json_extract(x, '$[*]'), lambda p:
    coalesce(json_type(p) = 'OBJECT' AND list_sort(json_keys(p)) = ['hours', 'id', 'name']
      AND json_type(p, '$.id') = 'VARCHAR' AND length(json_extract_string(p, '$.id')) <= 64
      AND regexp_full_match(json_extract_string(p, '$.id'), '(?i)[a-z0-9]+(?:[._-][a-z0-9]+)*')
      AND json_type(p, '$.name') = 'VARCHAR'
      AND NOT regexp_matches(json_extract_string(p, '$.name'), '^[=+\\-@]')
      AND NOT contains(json_extract_string(p, '$.name'), '://')
      AND regexp_full_match(json_extract_string(p, '$.name'), '[^\\p{Cc}\\p{Cf}]{1,60}')
      AND gr_hours_ok(json_extract(p, '$.hours')), false))), true);
-- JSON.parse's JSON: DuckDB's reader also takes trailing commas (NaN and Infinity fail the number checks anyway)
CREATE OR REPLACE TEMP MACRO gr_json_ok(t) AS json_valid(t) AND NOT regexp_matches(t, ',\\s*[}\\]]');
-- a CSV cell that looks like a number is one (parseSummary's NUMBER_TEXT); anything else stays text and fails later
CREATE OR REPLACE TEMP MACRO gr_cell_number(cell) AS CASE
  WHEN regexp_full_match(cell, '(?i)[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[+-]?\\d+)?') AND TRY_CAST(cell AS DOUBLE) IS NOT NULL
    THEN to_json(TRY_CAST(cell AS DOUBLE)) ELSE to_json(cell) END;

-- 1. The files ------------------------------------------------------------------------------------------------
CREATE OR REPLACE TEMP TABLE gr_refused(file VARCHAR, "row" BIGINT, reason VARCHAR);
CREATE OR REPLACE TEMP TABLE gr_all_files AS
SELECT regexp_extract(filename, '[^/\\\\]+$') AS file, try(decode(content)) AS text
FROM read_blob(getvariable('folder') || '/*')
WHERE regexp_matches(filename, '\\.(json|csv)$', 'i');
INSERT INTO gr_refused SELECT file, NULL, '不是文本文件（不是 UTF-8 编码的文字）。' FROM gr_all_files WHERE text IS NULL;
-- body: the text without a leading byte order mark and surrounding white space (parseSummary's trim)
CREATE OR REPLACE TEMP TABLE gr_files AS
SELECT file, text, regexp_replace(text, '^[\\s\\pZ\\x{FEFF}]+|[\\s\\pZ\\x{FEFF}]+$', '', 'g') AS body
FROM gr_all_files WHERE text IS NOT NULL;

-- 2. CSV files as records, as parseCsv (utils/summary/csv.ts) splits them: RFC 4180, a quoted cell may hold line
-- breaks, blank lines are skipped; a file with an open quote or text after a closing quote is not CSV at all
CREATE OR REPLACE TEMP TABLE gr_records AS
WITH split AS (
  SELECT file, regexp_extract_all(body, ${text(CSV_RECORD)}) AS records,
    regexp_full_match(body, ${text(`${CSV_RECORD}(?:(?:\\r\\n|\\r|\\n)${CSV_RECORD})*`)}) AS well_formed
  FROM gr_files WHERE NOT starts_with(body, '{')
), numbered AS (
  SELECT file, well_formed, unnest(records) AS record, unnest(generate_series(1, len(records))) AS i FROM split
)
SELECT file, row_number() OVER (PARTITION BY file ORDER BY i) AS rec, well_formed,
  list_transform(regexp_extract_all(record, '(?:^|,)("(?:[^"]|"")*"|[^,]*)', 1),
    lambda c: CASE WHEN starts_with(c, '"') THEN replace(c[2:-2], '""', '"') ELSE c END) AS cells
FROM numbered WHERE record NOT IN ('', '""');
CREATE OR REPLACE TEMP MACRO gr_header_version(cells) AS CASE
  array_to_string([regexp_replace(cells[1], '^\\x{FEFF}', '')] || cells[2:], ',')
  WHEN ${text(v2Header)} THEN 2 WHEN ${text(v1Header)} THEN 1 END;
CREATE OR REPLACE TEMP TABLE gr_csv_files AS
SELECT f.file, f.text, bool_or(NOT r.well_formed) AS malformed, count(r.rec) AS records,
  any_value(r.cells) FILTER (WHERE r.rec = 1) AS header,
  gr_header_version(any_value(r.cells) FILTER (WHERE r.rec = 1)) AS version
FROM gr_files f LEFT JOIN gr_records r USING (file)
WHERE NOT starts_with(f.body, '{') GROUP BY f.file, f.text;
-- the merge page (components/share/mergeFiles.ts) reads a well-formed CSV of a known header and 2+ data rows row
-- by row, skipping repeated headers (files joined with cat); any other file is read whole, as one summary
CREATE OR REPLACE TEMP TABLE gr_csv_candidates AS
SELECT r.file, r.rec AS "row", f.version, r.cells
FROM gr_records r JOIN gr_csv_files f USING (file)
WHERE NOT coalesce(f.malformed, false) AND f.records >= 3 AND f.version IS NOT NULL
  AND r.rec >= 2 AND gr_header_version(r.cells) IS NULL
UNION ALL
SELECT r.file, NULL, f.version, r.cells
FROM gr_records r JOIN gr_csv_files f USING (file)
WHERE f.records = 2 AND NOT f.malformed AND f.version IS NOT NULL AND r.rec = 2
  AND length(f.text) <= ${MAX_SUMMARY_CHARS};

-- 3. Refusals of whole files before any field is read ------------------------------------------------------------
INSERT INTO gr_refused
SELECT file, NULL, CASE
    WHEN length(text) > ${MAX_SUMMARY_CHARS} THEN '文件太大，摘要文件都小于 64 KB，这不是指尖账本摘要文件。'
    WHEN body = '' THEN '文件是空的。'
    WHEN coalesce(malformed, true) OR header[1] <> 'format' THEN '不是指尖账本摘要文件（既不是 JSON，也不是带 format 表头的 CSV）。'
    WHEN version IS NULL THEN 'CSV 表头与 ${SUMMARY_FORMAT} 或 ${SUMMARY_FORMAT_V1} 的列不一致（列名或顺序不对）。'
    ELSE 'CSV 摘要文件应有一行数据，实际有 ' || (records - 1) || ' 行。' END
FROM gr_csv_files JOIN (SELECT file, body FROM gr_files) USING (file)
WHERE NOT (NOT coalesce(malformed, false) AND version IS NOT NULL AND records >= 3)
  AND NOT (records = 2 AND NOT malformed AND version IS NOT NULL AND length(text) <= ${MAX_SUMMARY_CHARS});
INSERT INTO gr_refused
SELECT file, NULL, CASE WHEN length(text) > ${MAX_SUMMARY_CHARS} THEN '文件太大，摘要文件都小于 64 KB，这不是指尖账本摘要文件。'
  ELSE '不是指尖账本摘要文件（JSON 格式有误，可能文件不完整）。' END
FROM gr_files WHERE starts_with(body, '{') AND (length(text) > ${MAX_SUMMARY_CHARS} OR NOT gr_json_ok(body));

-- 4. Every candidate summary as one row of JSON values, one column per field ---------------------------------------
CREATE OR REPLACE TEMP TABLE gr_raw AS
SELECT file, "row", 'csv' AS source,
  CASE WHEN len(cells) <> ${SUMMARY_CSV_COLUMNS.length} THEN 'CSV 数据行应有 ${SUMMARY_CSV_COLUMNS.length} 列，实际有 ' || len(cells) || ' 列。'
    WHEN cells[1] <> ${text(SUMMARY_FORMAT)} THEN 'CSV 数据行的格式与表头的列不一致。'
    WHEN NOT gr_json_ok(cells[${LEAVES.findIndex((leaf) => leaf.kind === 'jsonList') + 1}]) THEN '“hours.nationalPlatforms”一栏不是有效的 JSON 列表。' END AS shape_error,
  2 AS version,
    ${csvLeafColumns(2)}
FROM gr_csv_candidates WHERE version = 2
UNION ALL
SELECT file, "row", 'csv',
  CASE WHEN len(cells) <> ${SUMMARY_CSV_COLUMNS_V1.length} THEN 'CSV 数据行应有 ${SUMMARY_CSV_COLUMNS_V1.length} 列，实际有 ' || len(cells) || ' 列。'
    WHEN cells[1] <> ${text(SUMMARY_FORMAT_V1)} THEN 'CSV 数据行的格式与表头的列不一致。'
    WHEN NOT gr_json_ok(cells[${SUMMARY_CSV_COLUMNS_V1.findIndex((leaf) => leaf.kind === 'jsonList') + 1}]) THEN '“hours.nationalPlatforms”一栏不是有效的 JSON 列表。' END,
  1,
    ${csvLeafColumns(1)}
FROM gr_csv_candidates WHERE version = 1
UNION ALL
SELECT file, NULL, 'json', CASE
      WHEN json_type(j) <> 'OBJECT' THEN '不是指尖账本摘要文件（内容不是一个 JSON 对象）。'
      WHEN json_type(j, '$.format') IS NULL THEN '不是指尖账本摘要文件（缺少 format 字段）。'
      WHEN json_type(j, '$.format') <> 'VARCHAR' OR json_extract_string(j, '$.format') NOT IN (${text(SUMMARY_FORMAT)}, ${text(SUMMARY_FORMAT_V1)})
        THEN '不支持的格式，这里只认 ${SUMMARY_FORMAT} 和 ${SUMMARY_FORMAT_V1}。'
      WHEN json_extract_string(j, '$.format') = ${text(SUMMARY_FORMAT)} THEN CASE
${shapeCheck(SUMMARY_CSV_COLUMNS.map((column) => column.name))}
      END
      ELSE CASE
${shapeCheck(SUMMARY_CSV_COLUMNS_V1.map((column) => column.name))}
      END END,
  CASE WHEN json_extract_string(j, '$.format') = ${text(SUMMARY_FORMAT_V1)} THEN 1 ELSE 2 END,
    ${LEAVES.map((leaf, index) => `leaves[${index + 1}] AS ${ident(leaf.name)}`).join(',\n    ')}
-- one parse per file: json_extract with a list of paths gives the list of values
FROM (SELECT file, body::JSON AS j, json_extract(body, [${LEAVES.map((leaf) => text(`$.${leaf.name}`)).join(', ')}]) AS leaves
  FROM gr_files WHERE starts_with(body, '{') AND length(text) <= ${MAX_SUMMARY_CHARS} AND gr_json_ok(body));

-- 5. The schema of each field, then typed values -------------------------------------------------------------------
CREATE OR REPLACE TEMP TABLE gr_checked AS
SELECT *, coalesce(shape_error, CASE
${schemaCases}
    END) AS error
FROM gr_raw;
INSERT INTO gr_refused SELECT file, "row", error FROM gr_checked WHERE error IS NOT NULL;

CREATE OR REPLACE TEMP TABLE gr_typed AS
SELECT file, "row", version,
    ${typed},
  CAST(json_transform("hours.nationalPlatforms", '[{"id":"VARCHAR","name":"VARCHAR","hours":"DOUBLE"}]')
    AS STRUCT(id VARCHAR, name VARCHAR, hours DOUBLE)[]) AS platforms,
  CASE WHEN json_extract_string("period", '$')[6] = 'W' THEN 7
    ELSE day(last_day(make_date(TRY_CAST(json_extract_string("period", '$')[1:4] AS INTEGER), TRY_CAST(json_extract_string("period", '$')[6:7] AS INTEGER), 1))) END AS period_days
FROM gr_checked WHERE error IS NULL;

-- 6. The laws every summary obeys (utils/summary/summaryLaws.ts) -----------------------------------------------------
CREATE OR REPLACE TEMP MACRO gr_tidy(x) AS round(x, 6);
CREATE OR REPLACE TEMP TABLE gr_lawful AS
SELECT *, CASE
    WHEN "daysWithRecords" > period_days THEN '有记录天数超过了周期的天数。'
    WHEN greatest(${hourLeaves.map((leaf) => `coalesce(${ident(leaf.name)}, 0)`).join(', ')},
        coalesce(list_max(list_transform(platforms, lambda p: p.hours)), 0)) > period_days * 24
      THEN '有时长超过了周期的总小时数。'
    WHEN len(list_distinct(list_transform(platforms, lambda p: p.id))) < len(platforms)
      THEN '“hours.nationalPlatforms”中有平台出现了不止一次。'
    WHEN greatest(${perDay.map((name) => `coalesce(${ident(name)}, 0)`).join(', ')}) > ${SUMMARY_LIMITS.maxCountPerDay} * period_days
      THEN '有次数超过了周期可能的上限（每天 ${SUMMARY_LIMITS.maxCountPerDay} 次）。'
    WHEN version = 2 AND greatest(${inventory.map((name) => `${ident(name)}`).join(', ')}) > ${SUMMARY_LIMITS.maxInventory}
      THEN '清单有一项超过了 ${SUMMARY_LIMITS.maxInventory} 个。'
    WHEN version = 2 AND (
        abs(gr_tidy(${sumOf(categories)}) - "hours.total") > ${eps}
        OR abs(gr_tidy(coalesce(list_sum(list_transform(platforms, lambda p: p.hours)), 0) + "hours.otherNational" + "hours.provincialLocal") - "hours.total") > ${eps}
        OR abs(gr_tidy("hours.workingHours" + "hours.outsideWorkingHours" + "hours.weekends") - "hours.total") > ${eps}
        OR abs(gr_tidy(${sumOf(channels)}) - "outsideBrowser.total") > ${eps})
      THEN '分项之和与合计对不上，摘要不是由指尖账本生成的，或被改动过。'
    WHEN version = 2 AND "hours.mediaPlayback" > "hours.total" + ${eps} THEN '“hours.mediaPlayback”超过了合计。'
    WHEN version = 1 AND "anonymization.epsilon" IS NULL AND (
        abs(gr_tidy(${sumOf(categories)}) - "hours.total") > ${categories.length + 1} * "anonymization.roundingHours" / 2 + ${eps}
        OR abs(gr_tidy(coalesce(list_sum(list_transform(platforms, lambda p: p.hours)), 0) + "hours.provincialLocal") - "hours.total")
          > (len(platforms) + 2) * "anonymization.roundingHours" / 2 + ${eps})
      THEN '分项之和与合计对不上，摘要不是由指尖账本生成的，或被改动过。'
    WHEN version = 1 AND "anonymization.epsilon" IS NULL AND (
        greatest("hours.outsideWorkingHours", "hours.weekends", "hours.mediaPlayback") > "hours.total" + "anonymization.roundingHours" + ${eps}
        OR "hours.outsideWorkingHours" + "hours.weekends" > "hours.total" + 3 * "anonymization.roundingHours" / 2 + ${eps})
      THEN '分项超过了合计。'
  END AS error
FROM gr_typed;
INSERT INTO gr_refused SELECT file, "row", error FROM gr_lawful WHERE error IS NOT NULL;

-- 7. One summary per content: the same figures under two file names, or a repeated CSV row, are one person --------
CREATE OR REPLACE TEMP TABLE gr_summaries AS
SELECT row_number() OVER () AS sid, * FROM (
  SELECT DISTINCT ON (content) * EXCLUDE (file, "row", error, period_days, version) FROM (
    SELECT *, to_json(struct_pack(
      ${LEAVES.filter((leaf) => leaf.name !== 'hours.nationalPlatforms')
        .map((leaf) => `${ident(leaf.name)} := ${ident(leaf.name)}`)
        .join(', ')},
      platforms := list_sort(platforms)))::VARCHAR AS content
    FROM gr_lawful WHERE error IS NULL));

-- 8. Values per field: every field its version has (v1 leaves the v2 fields NULL, left out of n); a national
-- platform of the period a summary does not list counts as 0 hours
CREATE OR REPLACE TEMP TABLE gr_values AS
UNPIVOT (SELECT sid, ${summaryFields(new Map())
    .map((field) => ident(field.field))
    .join(', ')} FROM gr_summaries)
ON COLUMNS(* EXCLUDE (sid)) INTO NAME field VALUE v;
CREATE OR REPLACE TEMP TABLE gr_period_platforms AS
SELECT DISTINCT s.period, p.id, coalesce(c.name, p.id) AS name
FROM (SELECT period, unnest(platforms) AS p FROM gr_summaries) s
LEFT JOIN gr_catalogue c ON c.id = p.id
WHERE NOT coalesce(c.retired, false);
INSERT INTO gr_values
SELECT s.sid, 'hours.nationalPlatforms.' || pp.id,
  coalesce(list_extract(list_filter(s.platforms, lambda p: p.id = pp.id), 1).hours, 0)
FROM gr_summaries s JOIN gr_period_platforms pp ON pp.period = s.period;
CREATE OR REPLACE TEMP TABLE gr_field_order AS
SELECT ord, NULL::VARCHAR AS id, field, label FROM gr_fields
UNION ALL
SELECT DISTINCT ${platformOrdinal}, id, 'hours.nationalPlatforms.' || id, name || '（小时）' FROM gr_period_platforms;

-- 9. Groups: the period, then each level and each province with at least k people; if the hidden groups and those
-- who left the field blank are together fewer than k (and not none), the smallest shown group is hidden too
CREATE OR REPLACE TEMP TABLE gr_members AS
SELECT period, 0 AS dim, 'all' AS breakdown, '' AS "group", 0 AS gord, sid FROM gr_summaries
UNION ALL SELECT period, 1, 'level', "profile.level", list_position(gr_levels(), "profile.level"), sid
  FROM gr_summaries WHERE "profile.level" IS NOT NULL
UNION ALL SELECT period, 2, 'province', "profile.province", list_position(gr_provinces(), "profile.province"), sid
  FROM gr_summaries WHERE "profile.province" IS NOT NULL;
CREATE OR REPLACE TEMP TABLE gr_groups AS
WITH sizes AS (
  SELECT period, dim, breakdown, "group", gord, count(*) AS size FROM gr_members GROUP BY ALL
), periods AS (
  SELECT period, size AS everyone FROM sizes WHERE dim = 0
), marked AS (
  SELECT s.*, p.everyone, s.size >= gr_k() AS shown FROM sizes s JOIN periods p USING (period)
), residuals AS (
  SELECT period, dim, max(everyone) - sum(size) FILTER (WHERE shown) AS residual, count(*) FILTER (WHERE shown) AS shown_count,
    arg_max(gord, struct_pack(neg := -size, gord := gord)) FILTER (WHERE shown) AS smallest
  FROM marked WHERE dim > 0 GROUP BY period, dim
)
SELECT m.period, m.dim, m.breakdown, m."group", m.gord, m.size
FROM marked m LEFT JOIN residuals r USING (period, dim)
WHERE m.shown AND NOT (m.dim > 0 AND r.residual > 0 AND r.residual < gr_k() AND r.shown_count > 0 AND m.gord = r.smallest);

-- 10. n, total, median and quartiles (linear interpolation; quartiles only for ${QUARTILES_MIN_GROUP} or more); a field
-- fewer than k summaries have is not published
CREATE OR REPLACE TEMP MACRO gr_number(x) AS CASE WHEN x IS NULL THEN ''
  WHEN x = 0 THEN '0' ELSE rtrim(rtrim(printf('%.6f', x), '0'), '.') END;
CREATE OR REPLACE TEMP MACRO gr_csv_field(x) AS CASE
  WHEN regexp_matches(x, '[",\\r\\n]|^\\s|\\s$') THEN '"' || replace(x, '"', '""') || '"' ELSE x END;
CREATE OR REPLACE TEMP TABLE gr_report AS
WITH stats AS (
  SELECT g.period, g.dim, g.breakdown, g."group", g.gord, g.size, v.field, count(v.v) AS n,
    gr_tidy(sum(v.v)) AS total, quantile_cont(v.v, [0.25, 0.5, 0.75]) AS q
  FROM gr_groups g
  JOIN gr_members m ON m.period = g.period AND m.dim = g.dim AND m.gord = g.gord
  JOIN gr_values v ON v.sid = m.sid
  GROUP BY ALL
)
SELECT s.period, s.breakdown, s."group", s.size AS contributors, s.field, f.label, s.n, s.total,
  gr_tidy(s.q[2]) AS median,
  CASE WHEN s.n >= ${QUARTILES_MIN_GROUP} THEN gr_tidy(s.q[1]) END AS q1,
  CASE WHEN s.n >= ${QUARTILES_MIN_GROUP} THEN gr_tidy(s.q[3]) END AS q3,
  row_number() OVER (ORDER BY s.period, s.dim, s.gord, f.ord, f.id) AS line
FROM stats s JOIN gr_field_order f ON f.field = s.field
WHERE s.n > 0 AND s.n >= gr_k() AND (s.dim > 0 OR s.size >= gr_k());

-- 11. The outputs ------------------------------------------------------------------------------------------------
-- lines end in CR LF like the merge page's export: each line carries its CR, COPY adds the LF
COPY (
  SELECT line FROM (
    SELECT 0 AS n, ${text(reportColumns)} || chr(13) AS line
    UNION ALL
    SELECT line, concat_ws(',', gr_csv_field(period), breakdown, gr_csv_field("group"), contributors,
      gr_csv_field(field), gr_csv_field(label), n, gr_number(total), gr_number(median), gr_number(q1), gr_number(q3)) || chr(13)
    FROM gr_report)
  ORDER BY n
) TO '${REPORT_FILE}' (FORMAT csv, HEADER false, QUOTE '', ESCAPE '', DELIMITER E'\\t');
COPY (SELECT file, "row", reason FROM gr_refused ORDER BY file, "row" NULLS FIRST)
  TO '${REFUSED_FILE}' (FORMAT csv, HEADER true);
`;
}
