/**
 * collect/group-report.sql and the merge page give the same report: the same summaries, written as the files a
 * collector receives, go through readSummaryFile + mergeSummaries + mergedReportToCsv on one side and through DuckDB
 * on the other; the CSV texts must be identical and the same files and rows must be refused.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { groupReportSql } from '../../../collect/groupReportSql';
import { readSummaryFile } from '../../../components/share/mergeFiles';
import { LEVELS } from '../../../utils/summary/levels';
import { mergedReportToCsv } from '../../../utils/summary/mergedReportToCsv';
import { mergeSummaries } from '../../../utils/summary/mergeSummaries';
import { type SummaryProblem, summaryProblemText } from '../../../utils/summary/summaryProblems';
import { GROUP_REPORT_SQL, runGroupReport } from './runGroupReport';
import {
  csvFile,
  generateSummaries,
  headerOf,
  rowOf,
  type SummaryFolderFile,
  summaryFolderFiles,
  writeSummaryFolder,
} from './summaryFolder';

const temp = mkdtempSync(join(tmpdir(), 'group-report-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const WORDS = {
  row: (file: string, row: number) => `${file}#${row}`,
  duplicate: 'duplicate',
  problem: (problem: SummaryProblem) => summaryProblemText(problem, 'zh_CN'),
};

function mergePage(files: readonly SummaryFolderFile[], k: number) {
  const read = files.map((file) => readSummaryFile(file, WORDS));
  const report = mergeSummaries(
    read.flatMap((result) => result.summaries),
    { minContributors: k },
  );
  return {
    report,
    csv: mergedReportToCsv(report),
    refused: read.flatMap((result) => result.rejected.map((rejected) => rejected.name)).sort(),
  };
}

async function both(name: string, files: readonly SummaryFolderFile[], k: number) {
  const folder = join(temp, name);
  writeSummaryFolder(folder, files);
  const sql = await runGroupReport(folder, temp, k);
  const refused = sql.refused.map((row) => (row.row === null ? row.file : `${row.file}#${row.row}`)).sort();
  return { page: mergePage(files, k), sql: { ...sql, refusedNames: refused } };
}

describe('collect/group-report.sql', () => {
  it('is what collect/groupReportSql.ts writes from the extension’s lists (run collect/generate.ts)', () => {
    expect(readFileSync(GROUP_REPORT_SQL, 'utf8')).toBe(groupReportSql());
  });

  it('gives the merge page’s report and refusals for 3,000 summaries in JSON and CSV files of both versions', async () => {
    const files = summaryFolderFiles(3000, 20261203);
    const { page, sql } = await both('large', files, 5);

    expect(sql.csv).toBe(page.csv);
    expect(sql.refusedNames).toEqual(page.refused);
    expect(sql.refused.every((row) => row.reason.length > 0)).toBe(true);

    // the test's data reach every rule (else the equality above would prove little)
    expect(page.report.duplicatesSkipped).toBeGreaterThan(100);
    expect(page.refused).toEqual(
      expect.arrayContaining(['bad-rows.csv#4', 'bad-rows.csv#9', 'junk.json', 'bad-parts.json']),
    );
    const period = (key: string) => page.report.periods.find((report) => report.period === key)!;
    expect(period('2026-W40').statisticsHidden).toBe(true);
    const levels = period('2026-W41').breakdowns.find((breakdown) => breakdown.dimension === 'level')!;
    expect(levels.groups.map((group) => group.group)).toEqual([LEVELS[0]]); // the residual rule hid the 7
    const mixed = period('2026-W42').fields.map((field) => field.field);
    expect(mixed).toContain('hours.total');
    expect(mixed).not.toContain('hours.workingHours'); // 4 version 2 summaries: under k
    const provinces = period('2026-W47').breakdowns.find((breakdown) => breakdown.dimension === 'province')!;
    expect(provinces.groups.length).toBeGreaterThan(0);
    expect(provinces.hiddenGroups).toBeGreaterThan(0);
    const fields = period('2026-W47').fields.map((field) => field.field);
    expect(fields).toContain('hours.workingHours'); // a version 2 field, over version 2 summaries only
    expect(fields).toContain('hours.nationalPlatforms.zzz-unknown');
    expect(fields).not.toContain('hours.nationalPlatforms.ducha');
    expect(sql.csv).toContain(',zzz-unknown（小时）,');
  }, 120_000);

  it('applies k = 3 and the quartile rule of groups under 5 the same way', async () => {
    const files = summaryFolderFiles(200, 7, { bad: false });
    const { page, sql } = await both('k3', files, 3);
    expect(sql.csv).toBe(page.csv);
    expect(sql.refusedNames).toEqual(page.refused);
    // some published group of 3 or 4 has a median but no quartiles
    expect(page.csv).toMatch(/\r\n[^\r\n]*,(3|4),[^,\r\n]+,[^,\r\n]+,(3|4),[\d.]+,[\d.]+,,\r\n/);
  }, 60_000);

  /**
   * Where the script and the merge page part, on files the extension never writes (docs/collecting.md lists them):
   * asserted as they are, so that a change on either side shows up here.
   */
  it('differs from the merge page only on files the extension never writes, as documented', async () => {
    const [summary] = summaryFolderFiles(1, 3, { bad: false });
    const json = JSON.parse(summary!.text) as Record<string, unknown>;
    const listing = generateSummaries(40, 3).find((one) => one.hours.nationalPlatforms.length > 0)!;
    const repeatedKey = summary!.text.replace('{', `{\n  "period": "2026-W01",`);
    const files: SummaryFolderFile[] = [
      // JSON.parse keeps the last of a repeated key; the script refuses the file
      { name: 'repeated-key.json', text: repeatedKey },
      // a CSV cell over two lines (a JSON list with a line break inside): read by both, no difference
      {
        name: 'cell-over-lines.csv',
        text: csvFile(headerOf(listing), [rowOf(listing).replace('"[{', '"[\n{')]),
      },
    ];
    const { page, sql } = await both('differences', files, 3);
    expect(JSON.parse(repeatedKey).period).toBe(json.period);
    expect(page.refused).toEqual([]);
    expect(sql.refusedNames).toEqual(['repeated-key.json']);
    expect(sql.csv).toBe(page.csv);
  });

  it('refuses a file that is not UTF-8 text, as the merge page refuses what it decodes from it', async () => {
    const folder = join(temp, 'bytes');
    mkdirSync(folder, { recursive: true });
    const bytes = Buffer.from([0xb8, 0xc3, 0xd5, 0xaa, 0xd2, 0xaa, 0x7b]); // GBK text, not UTF-8
    writeFileSync(join(folder, 'gbk.csv'), bytes);
    const sql = await runGroupReport(folder, temp, 5);
    const page = readSummaryFile({ name: 'gbk.csv', text: new TextDecoder().decode(bytes) }, WORDS);
    expect(sql.refused.map((row) => row.file)).toEqual(['gbk.csv']);
    expect(page.rejected.map((rejected) => rejected.name)).toEqual(['gbk.csv']);
  });
});
