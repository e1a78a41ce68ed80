/** The CSV form of a summary: one header and one row in a fixed column order, so many files concatenate under one header. */
import { CSV_LINE_END, csvLine } from './csv';
import type { Summary } from './summary';
import { SUMMARY_CSV_COLUMNS, valueAtPath } from './summaryCsvColumns';
import { canonicalSummary } from './summaryToJson';

/** Prepend to a saved CSV file so that Excel reads it as UTF-8. */
export const CSV_BOM = '\uFEFF';

/** Header and row, each without a line end; see `summaryToCsvFile` for the whole file. */
export function summaryToCsvRow(summary: Summary): { header: string; row: string } {
  const canonical = canonicalSummary(summary);
  return {
    header: csvLine(SUMMARY_CSV_COLUMNS.map((column) => column.name)),
    row: csvLine(SUMMARY_CSV_COLUMNS.map((column) => cellText(valueAtPath(canonical, column.name)))),
  };
}

/** Header and row with CRLF line ends, as saved (the caller prepends `CSV_BOM`). */
export function summaryToCsvFile(summary: Summary): string {
  const { header, row } = summaryToCsvRow(summary);
  return `${header}${CSV_LINE_END}${row}${CSV_LINE_END}`;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
