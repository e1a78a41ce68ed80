/// <reference types="chrome" />
/**
 * The built extension in headless Chromium with a year in its IndexedDB: the cost of a signal with its write, in the
 * worker and end to end; and what every Chromium of the bench shares: the floor pages, loading a history into the
 * extension's database, Playwright connected to a timing browser for a while. The page opens are timed in
 * historyBench.ts.
 */
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { type ExtensionSession, launchExtension } from '../e2e/extensionHarness';
import { SITES, siteUrl, startFixtureServer } from '../fixtures/simulatedPlatforms';
import { sizeOf } from './bundleSizes';
import { type BenchRow, type Statistics, sampleAsync, statistics } from './measure';
import { COMPILED_FUNCTION_HELPER, type TimingBrowser } from './pageTiming';
import type { SyntheticYear } from './syntheticYear';
import type { SignalTimes } from './workerProbe';

const DATABASE = 'fingertip-ledger';
/** A static page added to the measured copy of the build: the floor every extension page pays on this machine. */
export const BLANK_PAGE = 'bench-blank.html';
/** The same paragraph written by one tiny module script: the floor of any page that reads before it shows. */
export const SCRIPT_PAGE = 'bench-script.html';

/**
 * What a page pays before it can show anything, on this machine, beside the scripted floor (docs/benchmarks.md,
 * "What the page targets cost"): the same paragraph written only after one row is read from the extension's own
 * IndexedDB (what any page that shows stored numbers must do first), after a `chrome.storage.session` read, and by
 * a module script that imports 13 tiny modules (what a page's number of files costs, whatever their size).
 */
export const FLOOR_IDB_PAGE = 'bench-idb.html';
export const FLOOR_SESSION_PAGE = 'bench-session.html';
export const FLOOR_MODULES_PAGE = 'bench-modules.html';
const FLOOR_MODULES = 13;

function floorVariantFiles(): Record<string, string> {
  const page = (script: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>floor</title><script type="module" src="/${script}"></script></head><body></body></html>`;
  const write =
    "const paragraph = document.createElement('p');\nparagraph.textContent = 'floor';\ndocument.body.append(paragraph);\n";
  const modules: Record<string, string> = {};
  for (let index = 0; index < FLOOR_MODULES; index += 1) {
    modules[`bench-module-${index}.js`] = `export const part${index} = ${index};\n`;
  }
  return {
    [FLOOR_IDB_PAGE]: page('bench-idb.js'),
    'bench-idb.js': `const opening = indexedDB.open('${DATABASE}');\nopening.onsuccess = () => {\n  const db = opening.result;\n  const read = db.transaction('settings').objectStore('settings').get('settings');\n  read.onsuccess = () => {\n    db.close();\n    ${write.replace(/\n/g, '\n    ')}  };\n};\n`,
    [FLOOR_SESSION_PAGE]: page('bench-session.js'),
    'bench-session.js': `chrome.storage.session.get('benchFloor').then(() => {\n  ${write.replace(/\n/g, '\n  ')}});\n`,
    [FLOOR_MODULES_PAGE]: page('bench-modules.js'),
    'bench-modules.js': `${Object.keys(modules)
      .map((file, index) => `import { part${index} } from './${file}';`)
      .join('\n')}\nif (${Object.keys(modules)
      .map((_, index) => `part${index}`)
      .join(' + ')} >= 0) {\n  ${write.replace(/\n/g, '\n  ')}}\n`,
    ...modules,
  };
}

/** The floor pages, added to the measured copy of the build only (file name -> content). */
export const FLOOR_PAGE_FILES: Readonly<Record<string, string>> = {
  [BLANK_PAGE]:
    '<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body><p>floor</p></body></html>',
  [SCRIPT_PAGE]:
    '<!doctype html><html><head><meta charset="utf-8"><title>floor</title><script type="module" src="/bench-script.js"></script></head><body></body></html>',
  'bench-script.js':
    "const paragraph = document.createElement('p');\nparagraph.textContent = 'floor';\ndocument.body.append(paragraph);\n",
  ...floorVariantFiles(),
};

/** rows per transaction (and per message to the page) when loading the year */
const LOAD_CHUNK = 10_000;

export interface ChromiumOptions {
  extensionDir: string;
  /** workerProbe.ts bundled as an IIFE that sets globalThis.__ledgerBench */
  workerProbeScript: string;
}

export interface ChromiumFigures {
  rows: BenchRow[];
  chromiumVersion: string;
  timeZone: string;
  loadSeconds: number;
}

function medianOf(times: readonly SignalTimes[], field: 'coreMs' | 'toPlatformMs' | 'awayMs'): number {
  return statistics(times.map((entry) => entry[field])).median;
}

/** Opens the database the extension created (raw IndexedDB, no Dexie) once its stores exist. */
export async function waitForDatabase(probe: Page): Promise<void> {
  await probe.waitForFunction(
    async (name) => {
      const known = await indexedDB.databases();
      if (!known.some((database) => database.name === name)) return false;
      return new Promise<boolean>((resolve) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          const names = [...request.result.objectStoreNames];
          request.result.close();
          resolve(
            ['spans', 'checkins', 'fingerprints', 'dayRollups'].every((store) => names.includes(store)),
          );
        };
        request.onerror = () => resolve(false);
      });
    },
    DATABASE,
    { timeout: 30_000, polling: 200 },
  );
}

/** One readwrite transaction adding every row of every store given; the stores' keys are auto-incremented. */
async function addRows(probe: Page, stores: Record<string, unknown[]>): Promise<void> {
  await probe.evaluate(
    ({ name, rowsByStore }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(Object.keys(rowsByStore), 'readwrite');
          for (const [store, rows] of Object.entries(rowsByStore)) {
            const objectStore = transaction.objectStore(store);
            for (const row of rows) objectStore.add(row);
          }
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
          transaction.onabort = () => reject(transaction.error ?? new Error('transaction aborted'));
        };
      }),
    { name: DATABASE, rowsByStore: stores },
  );
}

/** How many rows each of `stores` holds in the extension's database, counted in one transaction. */
export async function countRows(probe: Page, stores: readonly string[]): Promise<Record<string, number>> {
  return probe.evaluate(
    ({ name, names }) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(names, 'readonly');
          const result: Record<string, number> = {};
          for (const store of names) {
            const count = transaction.objectStore(store).count();
            count.onsuccess = () => {
              result[store] = count.result;
            };
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(result);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { name: DATABASE, names: [...stores] },
  );
}

export async function loadYear(probe: Page, year: SyntheticYear): Promise<number> {
  const started = Date.now();
  for (let offset = 0; offset < year.spans.length; offset += LOAD_CHUNK) {
    await addRows(probe, { spans: year.spans.slice(offset, offset + LOAD_CHUNK) });
  }
  await addRows(probe, { checkins: year.checkins, fingerprints: year.fingerprints });
  const counts = await countRows(probe, ['spans', 'checkins', 'fingerprints']);
  // The tracker may have added a span of its own meanwhile: at least the year must be there.
  if ((counts.spans ?? 0) < year.spans.length || counts.checkins !== year.checkins.length) {
    throw new Error(`the year did not load: ${JSON.stringify(counts)}`);
  }
  return (Date.now() - started) / 1000;
}

export async function storageUsage(probe: Page): Promise<{ usage: number; indexedDb: number | null }> {
  return probe.evaluate(async () => {
    const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
      usageDetails?: { indexedDB?: number };
    };
    return { usage: estimate.usage ?? 0, indexedDb: estimate.usageDetails?.indexedDB ?? null };
  });
}

/** The extension's service worker, woken by a message if Chrome has stopped it (a heartbeat: off a tracked page it changes nothing). */
async function serviceWorker(session: ExtensionSession): Promise<Worker> {
  const running = session.context
    .serviceWorkers()
    .find((worker) => worker.url().includes(session.extensionId));
  if (running) return running;
  const started = session.context.waitForEvent('serviceworker', { timeout: 30_000 });
  await session.probe.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'pageHeartbeat' }).catch(() => undefined),
  );
  return started;
}

async function timeSignalsInWorker(
  session: ExtensionSession,
  script: string,
  signals: number,
): Promise<SignalTimes> {
  const worker = await serviceWorker(session);
  return worker.evaluate(
    `(() => { ${script}; return globalThis.__ledgerBench.timeSignals(${signals}, 40); })()`,
  ) as Promise<SignalTimes>;
}

/**
 * The production path end to end: a tab switch in a window of its own, until the background has observed the
 * browser, written the step and set the badge (the last thing it does). Mean ms per switch over `switches`.
 */
async function timeTabSwitches(
  probe: Page,
  platformUrl: string,
  newsUrl: string,
  switches: number,
): Promise<number> {
  return probe.evaluate(
    async ({ platformUrl, newsUrl, switches }) => {
      const window = await chrome.windows.create({ url: [platformUrl, newsUrl], focused: true });
      const [platformTab, newsTab] = window?.tabs ?? [];
      if (platformTab?.id === undefined || newsTab?.id === undefined) throw new Error('no tabs');
      try {
        const loadedBy = Date.now() + 30_000;
        for (const id of [platformTab.id, newsTab.id]) {
          while ((await chrome.tabs.get(id)).status !== 'complete') {
            if (Date.now() > loadedBy) throw new Error('the simulated platform did not load');
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        }
        const switchTo = async (id: number, badge: string) => {
          const started = performance.now();
          await chrome.tabs.update(id, { active: true });
          const deadline = started + 10_000;
          while ((await chrome.action.getBadgeText({})) !== badge) {
            if (performance.now() > deadline) throw new Error(`the badge never became "${badge}"`);
          }
          return performance.now() - started;
        };
        await switchTo(platformTab.id, '●');
        let total = 0;
        for (let index = 0; index < switches; index += 1) {
          total += index % 2 === 0 ? await switchTo(newsTab.id, '') : await switchTo(platformTab.id, '●');
        }
        return total / switches;
      } finally {
        if (window?.id !== undefined) await chrome.windows.remove(window.id);
      }
    },
    { platformUrl, newsUrl, switches },
  );
}

/** Functions handed to page.evaluate are compiled by tsx (see COMPILED_FUNCTION_HELPER): give every page the helper. */
export async function allowCompiledFunctions(session: ExtensionSession): Promise<void> {
  await session.context.addInitScript(COMPILED_FUNCTION_HELPER);
  for (const page of session.context.pages()) await page.evaluate(COMPILED_FUNCTION_HELPER);
}

/**
 * Runs `work` with Playwright connected to a timing browser, then disconnects it: on a browser reached with
 * connectOverCDP, close() only disconnects, and its auto-attach to new tabs ends with it, so later timed opens have
 * no debugger attached.
 */
export async function withPlaywright<Result>(
  browser: TimingBrowser,
  work: (context: BrowserContext) => Promise<Result>,
): Promise<Result> {
  const playwright = await chromium.connectOverCDP(browser.httpEndpoint);
  try {
    const context = playwright.contexts()[0];
    if (!context) throw new Error('the timing browser has no default context');
    await context.addInitScript(COMPILED_FUNCTION_HELPER);
    return await work(context);
  } finally {
    await playwright.close();
  }
}

/** How long after opening the popup its loads are counted: its lazy parts are asked for within the first second. */
const POPUP_LOADS_MS = 3_000;

/**
 * The popup's JavaScript as the browser fetched it when the popup opened (the year loaded): every script file of the
 * extension requested in the first seconds, its first frame, the live part and the parts those load on mount, and
 * the one language table. The static closure (`bundle.popup`) cannot see which `import()` runs at open.
 */
async function popupLoadsRow(session: ExtensionSession, extensionDir: string): Promise<BenchRow> {
  const page = await session.context.newPage();
  const origin = `chrome-extension://${session.extensionId}/`;
  const files = new Set<string>();
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(origin) && url.endsWith('.js')) files.add(url.slice(origin.length));
  });
  await page.goto(`${origin}popup.html`);
  await page.waitForSelector('[data-testid="today-total"]', { timeout: 60_000 });
  await page.waitForTimeout(POPUP_LOADS_MS);
  await page.close();
  const size = sizeOf(extensionDir, [...files]);
  return {
    id: 'bundle.popupLoaded',
    label: 'popup JS the browser loads at open, gzip',
    unit: 'KB',
    stats: statistics([size.gzip / 1024]),
    target: { below: 60, text: '< 60 KB' },
    detail: `${files.size} files requested in the ${POPUP_LOADS_MS / 1000} s after opening the popup (raw ${(size.raw / 1024).toFixed(1)} KB): ${[...files].sort().join(', ')}`,
  };
}

export async function runChromiumBench(
  year: SyntheticYear,
  options: ChromiumOptions,
): Promise<ChromiumFigures> {
  const server = await startFixtureServer();
  const session = await launchExtension({
    hostResolverRules: server.hostResolverRules,
    extensionDir: options.extensionDir,
    lang: 'zh-CN',
  });
  try {
    await allowCompiledFunctions(session);
    const { probe, extensionId } = session;
    const base = `chrome-extension://${extensionId}`;
    // The harness's probe is the popup, whose live queries re-read on every write the worker makes and would
    // compete with it; a page of the extension's origin without any script serves the raw API calls instead.
    await probe.goto(`${base}/manifest.json`);
    const chromiumVersion =
      session.context.browser()?.version() ?? (await probe.evaluate(() => navigator.userAgent));
    const timeZone = await probe.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    await waitForDatabase(probe);
    const loadSeconds = await loadYear(probe, year);
    // LevelDB writes its log in the background; give it a moment before the timed signals.
    await probe.waitForTimeout(3_000);

    const rows: BenchRow[] = [];

    const inWorker: SignalTimes[] = [];
    const withWrite = await sampleAsync({ runs: 7 }, async () => {
      const times = await timeSignalsInWorker(session, options.workerProbeScript, 100);
      inWorker.push(times);
      return times.withWriteMs;
    });
    rows.push({
      id: 'signal.write',
      label: 'signal: tracker step + IndexedDB write (worker)',
      unit: 'ms',
      stats: withWrite,
      target: { below: 5, text: '< 5 ms' },
      detail: `in the service worker: observe() + applyTrackerEffects() on the year's database; mean of 100 signals per run (median core ${medianOf(inWorker, 'coreMs').toFixed(3)} ms; to a platform ${medianOf(inWorker, 'toPlatformMs').toFixed(2)} ms, away ${medianOf(inWorker, 'awayMs').toFixed(2)} ms)`,
    });

    // A dashboard left open in a tab re-runs its live query on every write: the same signals with the week view open.
    const openDashboard = await session.context.newPage();
    await openDashboard.goto(`${base}/dashboard.html#week`);
    await openDashboard.waitForSelector('[data-testid="period-total"]', { timeout: 60_000 });
    const withDashboard = await sampleAsync({ runs: 3 }, async () => {
      const times = await timeSignalsInWorker(session, options.workerProbeScript, 100);
      return times.withWriteMs;
    });
    await openDashboard.close();
    rows.push({
      id: 'signal.writeDashboardOpen',
      label: 'signal + write, dashboard #week open',
      unit: 'ms',
      stats: withDashboard,
      target: null,
      detail:
        'as above while a dashboard tab shows the week (its live query re-reads the weeks it shows after each write)',
    });

    const platform = SITES.find((site) => site.expectedPlatformId === 'xuexi')!;
    const news = SITES.find((site) => site.host === 'news.example.com')!;
    const switches: Statistics = await sampleAsync({ runs: 7 }, () =>
      timeTabSwitches(probe, siteUrl(platform), siteUrl(news), 10),
    );
    rows.push({
      id: 'signal.endToEnd',
      label: 'signal: tab switch to badge (production path)',
      unit: 'ms',
      stats: switches,
      target: null,
      detail:
        'tabs.update() until the background has observed, written and set the badge; mean of 10 switches per run',
    });

    rows.push(await popupLoadsRow(session, options.extensionDir));

    return { rows, chromiumVersion, timeZone, loadSeconds };
  } finally {
    await session.close();
    await server.close();
  }
}
