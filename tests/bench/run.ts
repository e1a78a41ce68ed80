/**
 * `npm run bench`: seeded synthetic histories measured in Node and in the built extension in headless Chromium
 * against the targets of docs/benchmarks.md: sizes, page opens as ratios to the floor, one to five years of history,
 * the two peers of ../shared/anchors and the browser CPU of a browsing session, and a long scripted accuracy
 * session. Prints one table, writes bench-output/benchmarks.json. Environment (docs/benchmarks.md): BENCH_YEARS
 * (1,3,5), BENCH_PAGE_ROUNDS (9), BENCH_PEER_ROUNDS (15), BENCH_SESSION_SECONDS (73), BENCH_CPU_REPEATS (1),
 * BENCH_PEERS (1; 0 skips the peers and the CPU sessions), BENCH_ANCHORS_DIR, BENCH_ACCURACY_MINUTES (10; 0 skips
 * the session), BENCH_SEED (20240501), BENCH_TZ (Asia/Shanghai, the users' time zone; Chromium inherits it).
 *
 * tsx runs it with tests/bench/tsconfig.node.json (TSX_TSCONFIG_PATH): the root tsconfig's `paths` point
 * chinese-days' source at its type declarations for the compiler, and tsx would load those empty declarations.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { duplicateEntries } from '../../utils/checkins/duplicateEntries';
import { CHROMIUM } from '../e2e/extensionHarness';
import { BENCH_BOUND } from '../e2e/groundTruth';
import { buildScripts, describeScripts, SCRIPT_BUDGETS } from '../e2e/scriptBudgets';
import { type AccuracyResult, runAccuracySession } from './accuracySession';
import { bundleSizes, KB, type ScriptSize } from './bundleSizes';
import { FLOOR_PAGE_FILES, runChromiumBench } from './chromiumBench';
import { runCollectBench } from './collectBench';
import { runCoreBench } from './coreBench';
import { type HistoryRun, historyRows, measureHistory } from './historyBench';
import { atMost, type BenchRow, formatBenchTable, formatTable, single, skippedRow, verdict } from './measure';
import { ANALYSIS_DIR, type ModuleShare, type ModuleSizes, moduleSizes } from './moduleSizes';
import { type PeerFigures, runPeerBench } from './peerBench';
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

/** BENCH_YEARS: counts of years of history, e.g. `1,3,5` (the first is the one the others are compared with). */
function readYears(): number[] {
  const text = process.env.BENCH_YEARS?.trim() || '1,3,5';
  const years = text.split(',').map((part) => Number(part.trim()));
  if (years.some((count) => !Number.isInteger(count) || count < 1)) {
    throw new Error(`BENCH_YEARS must list whole numbers >= 1, like 1,3,5, not "${text}"`);
  }
  return years;
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

const topModules = (shares: readonly ModuleShare[], most: number) =>
  shares
    .slice(0, most)
    .map((share) => `${share.module} ${(share.bytes / KB).toFixed(1)} KB`)
    .join(', ');

function sizeRows(buildDir: string, modules: ModuleSizes | null): BenchRow[] {
  const scripts = buildScripts(buildDir, { ignore: Object.keys(FLOOR_PAGE_FILES) });
  const analysed = (shares: readonly ModuleShare[] | undefined) =>
    shares ? `; biggest modules: ${topModules(shares, 6)}` : '';
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
    {
      id: 'size.contentScript',
      label: 'content script, raw (runs in every frame of every government page)',
      unit: 'KB',
      stats: single(scripts.contentScriptBytes / KB),
      target: atMost(SCRIPT_BUDGETS.contentScriptBytes / KB, '<= 16 KB'),
      detail: `${scripts.contentScriptBytes.toLocaleString('en-US')} bytes: ${describeScripts(scripts.contentScripts)}${analysed(modules?.contentScript)}`,
    },
    {
      id: 'size.allScripts',
      label: "all the extension's JS, raw",
      unit: 'KB',
      stats: single(scripts.allBytes / KB),
      target: atMost(SCRIPT_BUDGETS.allScriptsBytes / KB, '<= 500 KB'),
      detail: `${scripts.allBytes.toLocaleString('en-US')} bytes in ${scripts.all.length} files; biggest files: ${describeScripts(scripts.all, 6)}${analysed(modules?.all)}`,
    },
    // The target is on bundle.popupLoaded (what the browser fetched at open): this static count misses the parts
    // the live popup loads with import() as it mounts.
    row('bundle.popup', 'popup JS: first frame and live part, by static imports, gzip', sizes.popup, null),
    row('bundle.popupFirstFrame', 'popup JS of the first frame, gzip', sizes.popupFirstFrame, null),
    row('bundle.dashboard', 'dashboard JS (entry + static imports), gzip', sizes.dashboard, null),
    row('bundle.dashboardLazy', 'dashboard JS loaded later (import()), gzip', sizes.dashboardLazy, null),
    row('bundle.background', 'background service worker, gzip', sizes.background, null),
    row('bundle.contentScript', 'content script, gzip', sizes.contentScript, null),
  ];
}

/** Where the bytes come from: the biggest modules of all the JS and of the content script, and modules in several files. */
function moduleTable(modules: ModuleSizes): string {
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  const lines = (shares: readonly ModuleShare[], most: number) =>
    shares.slice(0, most).map((share) => [share.module, kb(share.bytes), share.files.join(', ')]);
  return [
    formatTable(['All the JS: module', 'Bytes', 'Files'], lines(modules.all, 15), [false, true, false]),
    '',
    formatTable(['Content script: module', 'Bytes', 'Files'], lines(modules.contentScript, 12), [
      false,
      true,
      false,
    ]),
    '',
    formatTable(
      ['Bundled more than once: module', 'Bytes (all copies)', 'Files'],
      lines(modules.inSeveralFiles, 12),
      [false, true, false],
    ),
    '',
    modules.loadedTwice.length === 0
      ? 'No page (nor the worker) loads the same source file in two of its files.'
      : formatTable(
          ['Loaded twice by one page: source', 'Page', 'Bytes (all copies)', 'Files'],
          modules.loadedTwice.map((entry) => [
            entry.source,
            entry.page,
            kb(entry.bytes),
            entry.files.join(', '),
          ]),
          [false, false, true, false],
        ),
  ].join('\n');
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
      `±${platform.toleranceSeconds.toFixed(2)} s`,
      platform.withinTolerance ? 'yes' : 'NO',
    ]),
    [false, true, true, true, true, true, false],
  );
}

const ACCURACY_TARGET = `every platform within max(${BENCH_BOUND.seconds} s, ${BENCH_BOUND.share * 100} %)`;

/** The accuracy session as one row: the largest error of any platform as a share of its bound (1 = at the bound). */
function accuracyRow(result: AccuracyResult | null, minutes: number): BenchRow {
  const row = {
    id: 'accuracy',
    label: `accuracy over ${minutes} min with a worker stop every minute: worst error ÷ its bound`,
    unit: 'x' as const,
    target: atMost(1, '<= 1 x'),
  };
  if (result === null) return skippedRow(row, 'BENCH_ACCURACY_MINUTES=0');
  const worst = result.platforms.reduce(
    (most, platform) => Math.max(most, Math.abs(platform.errorSeconds) / platform.toleranceSeconds),
    result.unexpected.length > 0 ? Number.POSITIVE_INFINITY : 0,
  );
  return {
    ...row,
    stats: single(worst),
    detail: `${ACCURACY_TARGET}; ${result.switches} page visits, ${result.workerStops} worker stops${result.unexpected.length > 0 ? `; recorded but never visited: ${result.unexpected.join(', ')}` : ''}`,
  };
}

async function main(): Promise<void> {
  const accuracyMinutes = readNumber('BENCH_ACCURACY_MINUTES', 10);
  const seed = readNumber('BENCH_SEED', 20240501);
  const years = readYears();
  const pageRounds = readNumber('BENCH_PAGE_ROUNDS', 9);
  const peerRounds = readNumber('BENCH_PEER_ROUNDS', 15);
  const sessionSeconds = readNumber('BENCH_SESSION_SECONDS', 73);
  const cpuRepeats = Math.max(1, readNumber('BENCH_CPU_REPEATS', 1));
  const withPeers = readNumber('BENCH_PEERS', 1) > 0;
  const log = (line: string) => console.log(line);
  mkdirSync(OUTPUT, { recursive: true });
  const startedAt = new Date();
  const machineAtStart = machine();
  const phases: Record<string, number> = {};
  const phase = async <Result>(name: string, work: () => Promise<Result> | Result): Promise<Result> => {
    const started = Date.now();
    try {
      return await work();
    } finally {
      phases[name] = Math.round((Date.now() - started) / 1000);
    }
  };

  const production = snapshot(PRODUCTION_BUILD, 'chrome-mv3');
  const e2e = accuracyMinutes > 0 ? snapshot(E2E_BUILD, 'chrome-mv3-e2e') : null;

  log('Sizes: the production build again with source maps, for the modules behind the bytes…');
  const modules = await phase('sizes', () =>
    moduleSizes(ANALYSIS_DIR).catch((error: unknown) => {
      log(
        `  the module analysis failed (${error instanceof Error ? error.message : String(error)}): sizes without it`,
      );
      return null;
    }),
  );

  log(`Generating the synthetic year (seed ${seed}, ${process.env.TZ})…`);
  const now = Date.now();
  const year = generateSyntheticYear({ seed, now });
  checkSyntheticYear(year);
  const yearFacts = describeYear(year);
  log(`  ${JSON.stringify(yearFacts)}`);

  log('Core in Node…');
  const core = await phase('core', () => runCoreBench(year, now));

  log(`History: ${years.join(', ')} years in the production build, ${pageRounds} rounds of page opens each…`);
  const history: HistoryRun[] = [];
  for (const count of years) {
    history.push(
      await phase(`history ${count}y`, () =>
        measureHistory(count, { extensionDir: production, seed, now, rounds: pageRounds, log }),
      ),
    );
  }

  log('Chromium with the production build and the year loaded: signals in the worker…');
  const chromium = await phase('signals', async () =>
    runChromiumBench(year, { extensionDir: production, workerProbeScript: await bundleWorkerProbe() }),
  );
  log(
    `  loaded in ${chromium.loadSeconds.toFixed(1)} s; ${chromium.chromiumVersion}, time zone ${chromium.timeZone}`,
  );
  if (chromium.timeZone !== process.env.TZ) {
    log(`  warning: Chromium runs in ${chromium.timeZone}, the data was made in ${process.env.TZ}`);
  }

  let peers: PeerFigures | null = null;
  if (withPeers) {
    log('Peers and browser CPU: empty profiles, the same methods for all…');
    peers = await phase('peers', () =>
      runPeerBench({ ourDir: production, rounds: peerRounds, sessionSeconds, cpuRepeats, seed, log }),
    );
  } else {
    log('Peers and browser CPU: skipped (BENCH_PEERS=0)');
  }

  let accuracy: AccuracyResult | null = null;
  if (e2e !== null) {
    log(`Accuracy: ${accuracyMinutes} min of scripted browsing, the worker stopped every minute…`);
    accuracy = await phase('accuracy', () =>
      runAccuracySession({ extensionDir: e2e, minutes: accuracyMinutes, seed, log }),
    );
  }

  log('Collecting at scale: the merge page code and collect/group-report.sql (BENCH_COLLECT_SIZES)…');
  const collect = await phase('collect', () => runCollectBench(log));

  const rows = [
    ...sizeRows(production, modules),
    ...core.rows,
    ...historyRows(history),
    ...chromium.rows,
    ...collect,
    ...(peers?.rows ?? [
      skippedRow({ id: 'peers', label: 'peers and browser CPU', unit: 'x', target: null }, 'BENCH_PEERS=0'),
    ]),
    accuracyRow(accuracy, accuracyMinutes),
  ];
  const machineAtEnd = machine();
  console.log('');
  console.log(
    `Benchmarks (${os.cpus().length} CPUs, load ${machineAtStart.loadAverage.join(' ')} at start, ${machineAtEnd.loadAverage.join(' ')} at end)`,
  );
  console.log(formatBenchTable(rows));
  const targeted = rows.filter((row) => row.target !== null && row.stats !== null);
  const missed = targeted.filter((row) => verdict(row) === 'MISS');
  const skipped = rows.filter((row) => row.stats === null);
  console.log(
    `\n${targeted.length - missed.length} of ${targeted.length} targets met${missed.length > 0 ? `; missed: ${missed.map((row) => row.id).join(', ')}` : ''}${skipped.length > 0 ? `; skipped: ${skipped.map((row) => row.id).join(', ')}` : ''}.`,
  );
  if (modules)
    console.log(`\nWhere the JS bytes come from (source maps of the same build)\n${moduleTable(modules)}`);
  if (accuracy) {
    console.log(
      `\nAccuracy over ${accuracy.minutes} min (${accuracy.switches} page visits, ${accuracy.workerStops} worker stops${accuracy.workerStopsFailed > 0 ? `, ${accuracy.workerStopsFailed} failed` : ''}), ${ACCURACY_TARGET}`,
    );
    console.log(accuracyTable(accuracy));
    if (accuracy.unexpected.length > 0)
      console.log(`Recorded but never visited: ${accuracy.unexpected.join(', ')}`);
  }
  console.log(`\nPhases (s): ${JSON.stringify(phases)}`);

  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    seed,
    settings: { years, pageRounds, peerRounds, sessionSeconds, cpuRepeats, withPeers, accuracyMinutes },
    phases,
    machine: {
      ...machineAtStart,
      chromium: chromium.chromiumVersion || machineAtStart.chromium,
      loadAverageAtEnd: machineAtEnd.loadAverage,
    },
    data: { ...yearFacts, periods: core.inputs },
    rows: rows.map((row) => ({ ...row, verdict: verdict(row) })),
    chromium: { loadSeconds: chromium.loadSeconds, timeZone: chromium.timeZone },
    history: history.map((run) => ({
      years: run.years,
      facts: run.facts,
      loadSeconds: run.loadSeconds,
      dailyJobSeconds: run.dailyJobSeconds,
      storageBytes: run.storageBytes,
      data: run.data,
      pages: Object.fromEntries(
        Object.entries(run.pages).map(([id, page]) => [
          id,
          { url: page.url, cold: page.cold, marks: page.marks },
        ]),
      ),
    })),
    modules: modules && {
      all: modules.all.slice(0, 40),
      contentScript: modules.contentScript,
      inSeveralFiles: modules.inSeveralFiles,
      loadedTwice: modules.loadedTwice,
    },
    peers: peers?.cpu ?? null,
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
