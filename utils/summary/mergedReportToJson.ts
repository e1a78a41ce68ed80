/** A merged report as pretty JSON; `mergeSummaries` builds its keys in a fixed order, so equal reports give equal text. */
import type { MergedReport } from './mergeSummaries';

export function mergedReportToJson(report: MergedReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
