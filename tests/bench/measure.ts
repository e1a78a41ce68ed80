/** Timing helpers and the result rows of `npm run bench`: medians of several runs, with min and max, against targets. */
import { performance } from 'node:perf_hooks';

/** `x`: a ratio (a page's time to the floor's, five years' figure to one year's, ours to a peer's); `s`: CPU seconds. */
export type Unit = 'ms' | 's' | 'KB' | 'MB' | 'x';

/** Each run's value (ms per operation, or a size), and what they sum up to. */
export interface Statistics {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export interface Target {
  /** the row passes when its median is below this (or equal to it, with `inclusive`), in the row's unit */
  below: number;
  /** a target written "<=": the limit itself passes */
  inclusive?: boolean;
  /** where the target comes from, for the table */
  text: string;
}

/** A target of "at most `limit`" (the issue's <= targets), shown as `<= 1.25 x`. */
export function atMost(limit: number, text: string): Target {
  return { below: limit, inclusive: true, text };
}

export interface BenchRow {
  id: string;
  /** what the row measures, in a few words */
  label: string;
  unit: Unit;
  /** null: the row was not measured in this run (its detail says why), e.g. the peers' folder is absent */
  stats: Statistics | null;
  target: Target | null;
  /** anything a reader needs to read the number (sizes: the raw size beside the gzip one) */
  detail?: string;
}

export function statistics(values: readonly number[]): Statistics {
  if (values.length === 0) throw new RangeError('no values to summarize');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: [...values] };
}

/** A single value (a size): median, min and max are that value. */
export function single(value: number): Statistics {
  return statistics([value]);
}

export type Verdict = 'PASS' | 'MISS' | 'info' | 'skipped';

export function verdict(row: BenchRow): Verdict {
  if (row.stats === null) return 'skipped';
  if (row.target === null) return 'info';
  const { median } = row.stats;
  const { below, inclusive } = row.target;
  return median < below || (inclusive === true && median === below) ? 'PASS' : 'MISS';
}

/** A row this run did not measure, with the reason in its detail. */
export function skippedRow(row: Omit<BenchRow, 'stats' | 'detail'>, reason: string): BenchRow {
  return { ...row, stats: null, detail: `skipped: ${reason}` };
}

/** The ratio of each pair of runs taken side by side (run i of `numerator` with run i of `denominator`). */
export function pairedRatios(numerator: readonly number[], denominator: readonly number[]): Statistics {
  if (numerator.length !== denominator.length) throw new RangeError('paired runs differ in number');
  return statistics(numerator.map((value, index) => value / denominator[index]!));
}

export interface SampleOptions {
  /** measured runs; the statistics are over these */
  runs: number;
  /** unmeasured runs first, so the JIT has compiled the hot path (what a long-lived page or worker sees) */
  warmupRuns?: number;
  /** operations per run; the run's value is the mean per operation */
  iterations?: number;
}

/**
 * Times `operation` in Node: `runs` runs of `iterations` calls each, after `warmupRuns` runs; each run's value
 * is milliseconds per call. `operation` receives the call index, so it can alternate inputs.
 */
export function sampleSync(options: SampleOptions, operation: (index: number) => unknown): Statistics {
  const iterations = options.iterations ?? 1;
  let sink: unknown;
  const runOnce = () => {
    const started = performance.now();
    for (let index = 0; index < iterations; index += 1) sink = operation(index);
    return (performance.now() - started) / iterations;
  };
  for (let run = 0; run < (options.warmupRuns ?? 1); run += 1) runOnce();
  const values: number[] = [];
  for (let run = 0; run < options.runs; run += 1) values.push(runOnce());
  keep(sink);
  return statistics(values);
}

/** Runs `measureOnce` (which returns one value) `runs` times after `warmupRuns`, sequentially. */
export async function sampleAsync(
  options: { runs: number; warmupRuns?: number },
  measureOnce: (run: number) => Promise<number>,
): Promise<Statistics> {
  for (let run = 0; run < (options.warmupRuns ?? 0); run += 1) await measureOnce(-1 - run);
  const values: number[] = [];
  for (let run = 0; run < options.runs; run += 1) values.push(await measureOnce(run));
  return statistics(values);
}

let kept: unknown;
/** Keeps a result reachable so the optimizer cannot drop the work that made it. */
function keep(value: unknown): void {
  kept = value;
}
export const lastKept = () => kept;

export function formatValue(value: number, unit: Unit): string {
  if (unit === 'ms') {
    if (value < 0.01) return `${(value * 1000).toFixed(2)} µs`;
    if (value < 1) return `${(value * 1000).toFixed(0)} µs`;
    if (value < 100) return `${value.toFixed(2)} ms`;
    if (value < 10_000) return `${value.toFixed(0)} ms`;
    return `${(value / 1000).toFixed(1)} s`;
  }
  if (unit === 'x') return `${value.toFixed(2)} x`;
  if (unit === 's') return `${value.toFixed(2)} s`;
  return `${value.toFixed(unit === 'MB' ? 2 : 1)} ${unit}`;
}

function pad(text: string, width: number, right = false): string {
  // CJK characters take two columns in a terminal.
  const columns = [...text].reduce((sum, char) => sum + (/[\u1100-\uffff]/.test(char) ? 2 : 1), 0);
  const fill = ' '.repeat(Math.max(0, width - columns));
  return right ? fill + text : text + fill;
}

/** A plain-text table: one line per row, columns padded, CJK-aware. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly boolean[],
): string {
  const widths = headers.map((header, column) =>
    Math.max(
      [...header].length,
      ...rows.map((row) =>
        [...(row[column] ?? '')].reduce((sum, char) => sum + (/[\u1100-\uffff]/.test(char) ? 2 : 1), 0),
      ),
    ),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => pad(cell, widths[column]!, rightAligned[column])).join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function formatBenchTable(rows: readonly BenchRow[]): string {
  return formatTable(
    ['Id', 'Measurement', 'Median', 'Min', 'Max', 'Runs', 'Target', 'Result', 'Detail'],
    rows.map((row) => [
      row.id,
      row.label,
      row.stats ? formatValue(row.stats.median, row.unit) : '—',
      row.stats ? formatValue(row.stats.min, row.unit) : '',
      row.stats ? formatValue(row.stats.max, row.unit) : '',
      row.stats ? String(row.stats.runs.length) : '0',
      row.target?.text ?? '—',
      verdict(row),
      row.detail ?? '',
    ]),
    [false, false, true, true, true, true, false, false, false],
  );
}
