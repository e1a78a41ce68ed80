/**
 * Rows of `npm run bench` for collecting at scale: the group report of 10,000 and 200,000 summaries, by the merge
 * page's code in Node (readSummaryFile per file, mergeSummaries, mergedReportToCsv, the texts already in memory;
 * the page's addSummaryFiles adds a check for a file dropped twice that is quadratic in files) and by
 * collect/group-report.sql in DuckDB (@duckdb/node-api) reading the same folder from disk. Files as
 * tests/unit/collect/summaryFolder.ts writes them (JSON and CSV, both versions, batches of rows, copies).
 * BENCH_COLLECT_SIZES (default `10000,200000`; `0` skips). Alone: `node --import tsx tests/bench/collectBench.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readSummaryFile } from '../../components/share/mergeFiles';
import { LEVELS } from '../../utils/summary/levels';
import { mergedReportToCsv } from '../../utils/summary/mergedReportToCsv';
import { mergeSummaries } from '../../utils/summary/mergeSummaries';
import { PROVINCES } from '../../utils/summary/provinces';
import type { Summary } from '../../utils/summary/summary';
import { type SummaryProblem, summaryProblemText } from '../../utils/summary/summaryProblems';
import { runGroupReport } from '../unit/collect/runGroupReport';
import { generateSummaries, summaryFolderFiles, writeSummaryFolder } from '../unit/collect/summaryFolder';
import { type BenchRow, formatBenchTable, statistics } from './measure';

const WORDS = {
  row: (file: string, row: number) => `${file} 第 ${row} 行`,
  duplicate: '重复',
  problem: (problem: SummaryProblem) => summaryProblemText(problem, 'zh_CN'),
};
/** Distinct summaries past the generator's cost: each generated one under several profiles (different content). */
const BASE = 20_000;

function summaries(count: number, seed: number): Summary[] {
  const base = generateSummaries(Math.min(count, BASE), seed);
  return Array.from({ length: count }, (_, index) => {
    const summary = structuredClone(base[index % base.length]!);
    const variant = Math.floor(index / base.length);
    if (variant > 0) {
      summary.profile = {
        level: LEVELS[variant % LEVELS.length]!,
        province: PROVINCES[(variant * 7 + index) % PROVINCES.length]!,
      };
    }
    return summary;
  });
}

function time<T>(operation: () => T): [T, number] {
  const start = performance.now();
  const result = operation();
  return [result, performance.now() - start];
}

export async function runCollectBench(log: (line: string) => void = console.log): Promise<BenchRow[]> {
  const sizes = (process.env.BENCH_COLLECT_SIZES ?? '10000,200000')
    .split(',')
    .map(Number)
    .filter((size) => size > 0);
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const runs = size > 20_000 ? 1 : 3;
    log(`Collecting ${size.toLocaleString('en')} summaries: generating the folder…`);
    const files = summaryFolderFiles(size, 20261203, { bad: false, summaries: summaries(size, 20261203) });
    const folder = mkdtempSync(join(tmpdir(), 'collect-bench-'));
    try {
      writeSummaryFolder(join(folder, 'in'), files);
      const pageRuns: number[] = [];
      const sqlRuns: number[] = [];
      let pageCsv = '';
      let sqlCsv = '';
      for (let run = 0; run < runs; run++) {
        const [csv, ms] = time(() => {
          const summaries = files.flatMap((file) => readSummaryFile(file, WORDS).summaries);
          return mergedReportToCsv(mergeSummaries(summaries, { minContributors: 5 }));
        });
        pageCsv = csv;
        pageRuns.push(ms);
        log(`  merge page code: ${(ms / 1000).toFixed(1)} s`);
        const start = performance.now();
        sqlCsv = (await runGroupReport(join(folder, 'in'), folder)).csv;
        sqlRuns.push(performance.now() - start);
        log(`  DuckDB script: ${(sqlRuns.at(-1)! / 1000).toFixed(1)} s`);
      }
      if (pageCsv !== sqlCsv) throw new Error(`the two reports of ${size} summaries differ`);
      const detail = `${files.length.toLocaleString('en')} files (JSON and CSV, both versions, batches of rows, copies); same report`;
      rows.push(
        {
          id: `collect.page.${size}`,
          label: `group report of ${size.toLocaleString('en')} summaries: merge page code (Node)`,
          unit: 'ms',
          stats: statistics(pageRuns),
          target: null,
          detail: `readSummaryFile per file + mergeSummaries + mergedReportToCsv over ${detail}`,
        },
        {
          id: `collect.duckdb.${size}`,
          label: `group report of ${size.toLocaleString('en')} summaries: collect/group-report.sql (DuckDB)`,
          unit: 'ms',
          stats: statistics(sqlRuns),
          target: null,
          detail: `reading the folder from disk, ${detail}`,
        },
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runCollectBench();
  console.log(formatBenchTable(rows));
}
