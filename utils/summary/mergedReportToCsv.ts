/** A merged report as one long CSV table (a row per period, group and field) for spreadsheets, DuckDB or pandas. */
import { CSV_LINE_END, csvLine } from './csv';
import type { FieldStatistics, MergedReport } from './mergeSummaries';

export const MERGED_REPORT_CSV_COLUMNS = [
  'period',
  'breakdown',
  'group',
  'contributors',
  'field',
  'label',
  'n',
  'total',
  'median',
  'q1',
  'q3',
] as const;

/** Header and rows with CRLF line ends; hidden groups and hidden periods have no rows (the JSON counts them). */
export function mergedReportToCsv(report: MergedReport): string {
  const rows: string[][] = [];
  const addRows = (
    period: string,
    breakdown: string,
    group: string,
    contributors: number,
    fields: FieldStatistics[],
  ) => {
    for (const stats of fields) {
      rows.push([
        period,
        breakdown,
        group,
        String(contributors),
        stats.field,
        stats.label,
        // A withheld quartile is an empty cell, as CSV tools read a missing value.
        ...[stats.n, stats.total, stats.median, stats.q1, stats.q3].map((value) =>
          value === null ? '' : String(value),
        ),
      ]);
    }
  };
  for (const period of report.periods) {
    addRows(period.period, 'all', '', period.contributors, period.fields);
    for (const breakdown of period.breakdowns) {
      for (const group of breakdown.groups) {
        addRows(period.period, breakdown.dimension, group.group, group.contributors, group.fields);
      }
    }
  }
  return [MERGED_REPORT_CSV_COLUMNS, ...rows].map((fields) => csvLine(fields) + CSV_LINE_END).join('');
}
