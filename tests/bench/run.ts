/**
 * `npm run bench`: a seeded synthetic year measured in Node and in the built extension in headless Chromium against
 * the targets of docs/benchmarks.md, plus a long scripted accuracy session. Prints one table, writes
 * bench-output/benchmarks.json. Environment: BENCH_ACCURACY_MINUTES (default 10; 0 skips the session),
 * BENCH_SEED (default 20240501), BENCH_TZ (default Asia/Shanghai, the users' time zone; Chromium inherits it).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { duplicateEntries } from '../../utils/checkins/duplicateEntries';
import { CHROMIUM } from '../e2e/extensionHarness';
import { toleranceSeconds } from '../e2e/groundTruth';
import { type AccuracyResult, runAccuracySession } from './accuracySession';
import { bundleSizes, KB, type ScriptSize } from './bundleSizes';
import { FLOOR_PAGE_FILES, runChromiumBench } from './chromiumBench';
import { runCollectBench } from './collectBench';
import { runCoreBench } from './coreBench';
import { type BenchRow, formatBenchTable, formatTable, single, verdict } from './measure';
import { checkSyntheticYear, generateSyntheticYear, type SyntheticYear } from './syntheticYear';

process.env.TZ = process.env.BENCH_TZ ?? 'Asia/Shanghai';

const OUTPUT = resolve('bench-output');
const PRODUCTION_BUILD = resolve('.output/chrome-mv3');
const E2E_BUILD = resolve('.output/chrome-mv3-e2e');

function readNumber(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number >= 0, not "${text}"`);
  return value;
}

/**
 * Other builds may rewrite .output while the bench runs (a shared working tree): measure a copy taken now, so the
 * sizes and the Chromium runs see one build.
 */
function snapshot(buildDir: string, name: string): string {
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`${buildDir} has no build: run \`npm run bench\` (it builds first)`);
  }
  const copy = join(OUTPUT, 'build', name);
  rmSync(copy, { recursive: true, force: true });
  cpSync(buildDir, copy, { recursive: true });
  for (const [file, content] of Object.entries(FLOOR_PAGE_FILES)) writeFileSync(join(copy, file), content);
  return copy;
}

function sizeRows(buildDir: string): BenchRow[] {
  const sizes = bundleSizes(buildDir);
  const row = (id: string, label: string, size: ScriptSize, target: BenchRow['target']): BenchRow => ({
    id,
    label,
    unit: 'KB',
    stats: single(size.gzip / KB),
    target,
    detail: `gzip; raw ${(size.raw / KB).toFixed(1)} KB; ${size.files.join(' + ')}`,
  });
  return [
    row('bundle.popup', 'popup JS (all it loads at open)', sizes.popup, { below: 60, text: '< 60 KB' }),
    row('bundle.popupFirstFrame', 'popup JS of the first frame', sizes.popupFirstFrame, null),
    row('bundle.dashboard', 'dashboard JS (entry + static imports)', sizes.dashboard, null),
    row('bundle.dashboardLazy', 'dashboard JS loaded later (import())', sizes.dashboardLazy, null),
    row('bundle.background', 'background service worker', sizes.background, null),
    row('bundle.contentScript', 'content script', sizes.contentScript, null),
  ];
}

function describeYear(year: SyntheticYear) {
  const minutes = year.spans.reduce((sum, span) => sum + (span.end - span.start) / 60_000, 0);
  const days = new Set(year.spans.map((span) => span.day));
  const lengths = year.spans.map((span) => (span.end - span.start) / 60_000).sort((a, b) => a - b);
  return {
    firstDay: year.firstDay,
    lastDay: year.lastDay,
    spans: year.spans.length,
    checkins: year.checkins.length,
    fingerprints: year.fingerprints.length,
    duplicateEntries: duplicateEntries(year.fingerprints).total,
    platforms: new Set(year.spans.map((span) => span.platformId)).size,
    daysWithSpans: days.size,
    hours: Math.round(minutes / 60),
    medianSpanMinutes: Number(lengths[Math.floor(lengths.length / 2)]!.toFixed(2)),
    longestSpanMinutes: Number(lengths.at(-1)!.toFixed(1)),
  };
}

/** workerProbe.ts and what it imports (Dexie, the tracker, the catalogue) as one classic script for the worker. */
async function bundleWorkerProbe(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      target: 'chrome102',
      lib: { entry: resolve('tests/bench/workerProbe.ts'), formats: ['iife'], name: '__ledgerBench' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output : [],
  );
  const script = chunks.find((chunk) => chunk.type === 'chunk');
  if (script?.type !== 'chunk') throw new Error('the worker probe did not bundle');
  // `var __ledgerBench = …` inside the evaluated function must still reach the worker's global scope.
  return `${script.code}\nglobalThis.__ledgerBench = __ledgerBench;`;
}

function machine() {
  const chromium = (() => {
    try {
      return execFileSync(CHROMIUM, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return 'unknown';
    }
  })();
  const git = (() => {
    try {
      const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
      const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() !== '';
      return `${commit}${dirty ? ' + uncommitted changes' : ''}`;
    } catch {
      return 'unknown';
    }
  })();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
    node: process.version,
    chromium,
    platform: `${os.type()} ${os.release()}`,
    timeZone: process.env.TZ,
    git,
  };
}

function accuracyTable(result: AccuracyResult): string {
  return formatTable(
    ['Platform', 'Truth', 'Recorded', 'Error', 'Error %', 'Bound', 'Within'],
    result.platforms.map((platform) => [
      platform.platformId,
      `${platform.truthSeconds.toFixed(1)} s`,
      `${platform.recordedSeconds.toFixed(1)} s`,
      `${platform.errorSeconds >= 0 ? '+' : ''}${platform.errorSeconds.toFixed(2)} s`,
      `${platform.errorPercent >= 0 ? '+' : ''}${platform.errorPercent.toFixed(2)} %`,
      `±${toleranceSeconds(platform.truthSeconds).toFixed(1)} s`,
      platform.withinTolerance ? 'yes' : 'NO',
    ]),
    [false, true, true, true, true, true, false],
  );
}

async function main(): Promise<void> {
  const accuracyMinutes = readNumber('BENCH_ACCURACY_MINUTES', 10);
  const seed = readNumber('BENCH_SEED', 20240501);
  const log = (line: string) => console.log(line);
  mkdirSync(OUTPUT, { recursive: true });
  const startedAt = new Date();
  const machineAtStart = machine();

  const production = snapshot(PRODUCTION_BUILD, 'chrome-mv3');
  const e2e = accuracyMinutes > 0 ? snapshot(E2E_BUILD, 'chrome-mv3-e2e') : null;

  log(`Generating the synthetic year (seed ${seed}, ${process.env.TZ})…`);
  const now = Date.now();
  const year = generateSyntheticYear({ seed, now });
  checkSyntheticYear(year);
  const yearFacts = describeYear(year);
  log(`  ${JSON.stringify(yearFacts)}`);

  log('Core in Node…');
  const core = runCoreBench(year, now);

  log('Chromium with the production build and the year loaded…');
  const chromium = await runChromiumBench(year, {
    extensionDir: production,
    workerProbeScript: await bundleWorkerProbe(),
  });
  log(
    `  loaded in ${chromium.loadSeconds.toFixed(1)} s; ${chromium.chromiumVersion}, time zone ${chromium.timeZone}`,
  );
  if (chromium.timeZone !== process.env.TZ) {
    log(`  warning: Chromium runs in ${chromium.timeZone}, the data was made in ${process.env.TZ}`);
  }

  let accuracy: AccuracyResult | null = null;
  if (e2e !== null) {
    log(`Accuracy: ${accuracyMinutes} min of scripted browsing, the worker stopped every minute…`);
    accuracy = await runAccuracySession({ extensionDir: e2e, minutes: accuracyMinutes, seed, log });
  }

  log('Collecting at scale: the merge page code and collect/group-report.sql (BENCH_COLLECT_SIZES)…');
  const collect = await runCollectBench(log);

  const rows = [...core.rows, ...chromium.rows, ...collect, ...sizeRows(production)];
  const machineAtEnd = machine();
  console.log('');
  console.log(
    `Benchmarks (${os.cpus().length} CPUs, load ${machineAtStart.loadAverage.join(' ')} at start, ${machineAtEnd.loadAverage.join(' ')} at end)`,
  );
  console.log(formatBenchTable(rows));
  const targeted = rows.filter((row) => row.target !== null);
  const missed = targeted.filter((row) => verdict(row) === 'MISS');
  console.log(
    `\n${targeted.length - missed.length} of ${targeted.length} targets met${missed.length > 0 ? `; missed: ${missed.map((row) => row.id).join(', ')}` : ''}.`,
  );
  if (accuracy) {
    console.log(
      `\nAccuracy over ${accuracy.minutes} min (${accuracy.switches} page visits, ${accuracy.workerStops} worker stops${accuracy.workerStopsFailed > 0 ? `, ${accuracy.workerStopsFailed} failed` : ''})`,
    );
    console.log(accuracyTable(accuracy));
    if (accuracy.unexpected.length > 0)
      console.log(`Recorded but never visited: ${accuracy.unexpected.join(', ')}`);
  }

  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    seed,
    machine: {
      ...machineAtStart,
      chromium: chromium.chromiumVersion || machineAtStart.chromium,
      loadAverageAtEnd: machineAtEnd.loadAverage,
    },
    data: { ...yearFacts, periods: core.inputs },
    rows: rows.map((row) => ({ ...row, verdict: verdict(row) })),
    chromium: {
      loadSeconds: chromium.loadSeconds,
      timeZone: chromium.timeZone,
      storage: chromium.storage,
      shown: chromium.shown,
    },
    accuracy,
  };
  const file = join(OUTPUT, 'benchmarks.json');
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
