/**
 * The files dropped on the merge page, read into summaries: a JSON file is one summary, a CSV file one summary per
 * row under its header. A file or row that is not a valid summary is set aside with its reason; the rest merge.
 */
import { CSV_LINE_END, csvLine, parseCsv } from '../../utils/summary/csv';
import { parseSummary } from '../../utils/summary/parseSummary';
import type { AnySummary } from '../../utils/summary/summary';
import { SUMMARY_CSV_COLUMNS, SUMMARY_CSV_COLUMNS_V1 } from '../../utils/summary/summaryCsvColumns';
import type { SummaryProblem } from '../../utils/summary/summaryProblems';

export interface SummaryFile {
  name: string;
  text: string;
}

export interface AcceptedFile extends SummaryFile {
  summaries: AnySummary[];
}

export interface RejectedSource {
  /** the file name, or the file and row of a CSV row */
  name: string;
  /** one sentence saying what is wrong */
  error: string;
}

export interface MergeInputs {
  accepted: AcceptedFile[];
  rejected: RejectedSource[];
}

/** Sentences in the page's language for what this module finds itself; parseSummary words its own reasons. */
export interface MergeFileWords {
  /** `名单.csv 第 3 行` */
  row: (fileName: string, rowNumber: number) => string;
  /** the same file (same name, same content) was already added */
  duplicate: string;
  /** why parseSummary refused a file or row, in the page's language */
  problem: (problem: SummaryProblem) => string;
}

export const EMPTY_MERGE_INPUTS: MergeInputs = { accepted: [], rejected: [] };

/** Adds files to what was already dropped; the same file added twice counts once. */
export function addSummaryFiles(
  current: MergeInputs,
  files: readonly SummaryFile[],
  words: MergeFileWords,
): MergeInputs {
  const accepted = [...current.accepted];
  const rejected = [...current.rejected];
  const rejectedKeys = new Set(rejected.map((known) => `${known.name}\u0000${known.error}`));
  const reject = (source: RejectedSource) => {
    const key = `${source.name}\u0000${source.error}`;
    if (rejectedKeys.has(key)) return;
    rejectedKeys.add(key);
    rejected.push(source);
  };
  // A set of what is in, not a scan of it per file: ten thousand files must not cost a hundred million comparisons.
  const acceptedKeys = new Set(accepted.map(fileKey));
  for (const file of files) {
    if (acceptedKeys.has(fileKey(file))) {
      reject({ name: file.name, error: words.duplicate });
      continue;
    }
    const read = readSummaryFile(file, words);
    read.rejected.forEach(reject);
    if (read.summaries.length > 0) {
      accepted.push({ ...file, summaries: read.summaries });
      acceptedKeys.add(fileKey(file));
    }
  }
  return { accepted, rejected };
}

function fileKey(file: SummaryFile): string {
  return `${file.name}\u0000${file.text}`;
}

export function summariesOf(inputs: MergeInputs): AnySummary[] {
  return inputs.accepted.flatMap((file) => file.summaries);
}

/** One file: a CSV with several rows under one header is split into one summary per row, each checked alone. */
export function readSummaryFile(
  file: SummaryFile,
  words: MergeFileWords,
): { summaries: AnySummary[]; rejected: RejectedSource[] } {
  const rows = csvRows(file.text);
  if (!rows) {
    const parsed = parseSummary(file.text);
    return parsed.ok
      ? { summaries: [parsed.summary], rejected: [] }
      : { summaries: [], rejected: [{ name: file.name, error: words.problem(parsed.problem) }] };
  }
  const summaries: AnySummary[] = [];
  const rejected: RejectedSource[] = [];
  rows.rows.forEach((row, index) => {
    // Files joined with `cat` repeat their header (and BOM) in the middle: such a line is a header, not a summary.
    if (isHeader(row)) return;
    const parsed = parseSummary(`${rows.header}${CSV_LINE_END}${csvLine(row)}${CSV_LINE_END}`);
    // Row 1 of the sheet is the header, so the first data row is row 2, as a spreadsheet numbers it.
    if (parsed.ok) summaries.push(parsed.summary);
    else rejected.push({ name: words.row(file.name, index + 2), error: words.problem(parsed.problem) });
  });
  return { summaries, rejected };
}

/** The headers of both versions: a file of either is split into rows under its own header. */
const SUMMARY_CSV_HEADERS = [SUMMARY_CSV_COLUMNS, SUMMARY_CSV_COLUMNS_V1].map((columns) =>
  csvLine(columns.map((column) => column.name)),
);

/** The header and data rows of a CSV with more than one data row; null for anything parseSummary reads whole. */
function csvRows(text: string): { header: string; rows: string[][] } | null {
  const content = text.replace(/^\uFEFF/, '').trim();
  if (content.startsWith('{')) return null;
  const records = parseCsv(content);
  if (!records || records.length < 3 || records[0]![0] !== 'format') return null;
  const [header, ...rows] = records as [string[], ...string[][]];
  // A wrong header is one problem of the file, not one per row: parseSummary reports it for the whole file.
  const known = headerOf(header);
  if (known === null) return null;
  return { header: known, rows };
}

function headerOf(row: readonly string[]): string | null {
  const line = csvLine([(row[0] ?? '').replace(/^\uFEFF/, ''), ...row.slice(1)]);
  return SUMMARY_CSV_HEADERS.includes(line) ? line : null;
}

function isHeader(row: readonly string[]): boolean {
  return headerOf(row) !== null;
}
