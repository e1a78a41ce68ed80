/**
 * collect/group-report.sql and the merge page give the same report: the same summaries, written as the files a
 * collector receives, go through readSummaryFile + mergeSummaries + mergedReportToCsv on one side and through DuckDB
 * on the other; the CSV texts must be identical and the same files and rows must be refused.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { groupReportSql } from '../../../collect/groupReportSql';
import { readSummaryFile } from '../../../components/share/mergeFiles';
import { LEVELS } from '../../../utils/summary/levels';
import { mergedReportToCsv } from '../../../utils/summary/mergedReportToCsv';
import { mergeSummaries } from '../../../utils/summary/mergeSummaries';
import { GROUP_REPORT_SQL, runGroupReport } from './runGroupReport';
import { type SummaryFolderFile, summaryFolderFiles, writeSummaryFolder } from './summaryFolder';

const temp = mkdtempSync(join(tmpdir(), 'group-report-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const WORDS = { row: (file: string, row: number) => `${file}#${row}`, duplicate: 'duplicate' };

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
});
