import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MERGED_REPORT_CSV_COLUMNS } from '../../../utils/summary/mergedReportToCsv';
import { parseSummary } from '../../../utils/summary/parseSummary';
import { isCurrentSummary } from '../../../utils/summary/summary';
import { SUMMARY_CSV_COLUMNS } from '../../../utils/summary/summaryCsvColumns';
import { summaryToCsvRow } from '../../../utils/summary/summaryToCsvRow';
import { summaryToJson } from '../../../utils/summary/summaryToJson';

const doc = readFileSync(new URL('../../../docs/summary-format.md', import.meta.url), 'utf8');

function fencedBlock(language: string): string {
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(doc);
  if (!match) throw new Error(`no ${language} block in docs/summary-format.md`);
  return match[1]!;
}

describe('docs/summary-format.md', () => {
  it('shows an example JSON that is a valid summary, written exactly as the extension writes it', () => {
    const json = fencedBlock('json');
    const parsed = parseSummary(json);
    if (!parsed.ok || !isCurrentSummary(parsed.summary))
      throw new Error(`not a current summary: ${JSON.stringify(parsed)}`);
    expect(summaryToJson(parsed.summary)).toBe(json);
  });

  it('shows the same summary as CSV, with the real header', () => {
    const csv = fencedBlock('csv');
    const parsed = parseSummary(csv);
    const fromJson = parseSummary(fencedBlock('json'));
    expect(parsed).toEqual(fromJson);
    if (parsed.ok && isCurrentSummary(parsed.summary))
      expect(csv).toBe(`${Object.values(summaryToCsvRow(parsed.summary)).join('\n')}\n`);
  });

  it('documents every CSV column of the summary and of the merged report', () => {
    for (const column of SUMMARY_CSV_COLUMNS) expect(doc).toContain(`\`${column.name}\``);
    for (const column of MERGED_REPORT_CSV_COLUMNS) expect(doc).toContain(`\`${column}\``);
  });
});
