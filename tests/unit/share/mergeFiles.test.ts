import { describe, expect, it } from 'vitest';
import {
  addSummaryFiles,
  EMPTY_MERGE_INPUTS,
  type MergeFileWords,
  readSummaryFile,
  summariesOf,
} from '../../../components/share/mergeFiles';
import { noOffBrowserTotals, type PeriodTotals } from '../../../utils/stats/periodTotals';
import { buildSummary } from '../../../utils/summary/buildSummary';
import type { Summary } from '../../../utils/summary/summary';
import { CSV_BOM, summaryToCsvFile, summaryToCsvRow } from '../../../utils/summary/summaryToCsvRow';
import { summaryToJson } from '../../../utils/summary/summaryToJson';

const WORDS: MergeFileWords = {
  row: (fileName, row) => `${fileName} 第 ${row} 行`,
  duplicate: '这个文件已经放入过',
};

function summaryWithHours(minutes: number): Summary {
  const totals: PeriodTotals = {
    period: { kind: 'week', isoYear: 2026, isoWeek: 47, firstDay: '2026-11-16', lastDay: '2026-11-22' },
    daysWithRecords: 3,
    totalMinutes: minutes,
    byPlatform: [],
    byCategory: { 学习教育: minutes },
    afterHoursMinutes: 0,
    weekendMinutes: 0,
    checkinsByType: {},
    duplicateEntries: 0,
    ...noOffBrowserTotals(),
  };
  return buildSummary(totals, {
    roundingHours: 0.5,
    epsilon: null,
    level: null,
    province: null,
    random: () => 0.5,
  });
}

describe('reading summary files', () => {
  it('reads a JSON file as one summary', () => {
    const summary = summaryWithHours(120);
    expect(readSummaryFile({ name: 'a.json', text: summaryToJson(summary) }, WORDS)).toEqual({
      summaries: [summary],
      rejected: [],
    });
  });

  it('reads a CSV with many rows under one header as many summaries', () => {
    const rows = [60, 120, 180].map((minutes) => summaryToCsvRow(summaryWithHours(minutes)));
    const text = `${CSV_BOM}${rows[0]!.header}\r\n${rows.map((row) => row.row).join('\r\n')}\r\n`;
    const read = readSummaryFile({ name: '全部.csv', text }, WORDS);
    expect(read.rejected).toEqual([]);
    expect(read.summaries.map((summary) => summary.hours.total)).toEqual([1, 2, 3]);
  });

  it('names a bad row by file and spreadsheet row, and keeps the good rows', () => {
    const good = summaryToCsvRow(summaryWithHours(60));
    const bad = good.row.replace('fingertip-summary/1,2026-W47,3', 'fingertip-summary/1,2026-W47,9');
    const text = `${good.header}\r\n${good.row}\r\n${bad}\r\n${good.row}\r\n`;
    const read = readSummaryFile({ name: '全部.csv', text }, WORDS);
    expect(read.summaries).toHaveLength(2);
    expect(read.rejected).toHaveLength(1);
    expect(read.rejected[0]!.name).toBe('全部.csv 第 3 行');
    expect(read.rejected[0]!.error).toContain('有记录天数 9');
  });

  it('reads files joined with cat, whose header and BOM repeat in the middle', () => {
    const one = CSV_BOM + summaryToCsvFile(summaryWithHours(60));
    const two = CSV_BOM + summaryToCsvFile(summaryWithHours(90));
    const read = readSummaryFile({ name: 'joined.csv', text: one + two }, WORDS);
    expect(read.rejected).toEqual([]);
    expect(read.summaries.map((summary) => summary.hours.total)).toEqual([1, 1.5]);
  });

  it('reports a CSV with a wrong header once, for the whole file', () => {
    const { header, row } = summaryToCsvRow(summaryWithHours(60));
    const text = `${header.replace('period', 'periode')}\r\n${row}\r\n${row}\r\n`;
    const read = readSummaryFile({ name: 'wrong.csv', text }, WORDS);
    expect(read.summaries).toEqual([]);
    expect(read.rejected).toEqual([{ name: 'wrong.csv', error: expect.stringContaining('表头') }]);
  });
});

describe('adding files to the merge', () => {
  it('skips a corrupt file with its reason and keeps every other file', () => {
    const files = [60, 90, 120].map((minutes, index) => ({
      name: `第${index + 1}份.json`,
      text: summaryToJson(summaryWithHours(minutes)),
    }));
    const corrupt = { name: '坏文件.json', text: summaryToJson(summaryWithHours(30)).slice(0, 80) };
    const inputs = addSummaryFiles(EMPTY_MERGE_INPUTS, [...files.slice(0, 2), corrupt, files[2]!], WORDS);
    expect(summariesOf(inputs)).toHaveLength(3);
    expect(inputs.rejected).toEqual([
      { name: '坏文件.json', error: expect.stringContaining('JSON 格式有误') },
    ]);
  });

  it('counts the same file added twice only once, and says so', () => {
    const file = { name: 'a.json', text: summaryToJson(summaryWithHours(60)) };
    const once = addSummaryFiles(EMPTY_MERGE_INPUTS, [file], WORDS);
    const twice = addSummaryFiles(once, [file], WORDS);
    expect(summariesOf(twice)).toHaveLength(1);
    expect(twice.rejected).toEqual([{ name: 'a.json', error: '这个文件已经放入过' }]);
  });

  it('keeps two people whose summaries happen to be identical', () => {
    const text = summaryToJson(summaryWithHours(60));
    const inputs = addSummaryFiles(
      EMPTY_MERGE_INPUTS,
      [
        { name: '甲.json', text },
        { name: '乙.json', text },
      ],
      WORDS,
    );
    expect(summariesOf(inputs)).toHaveLength(2);
  });
});
