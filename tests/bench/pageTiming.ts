/**
 * Times extension pages opening as a user opens them: in a Chromium launched here with no debugger attached to its
 * tabs, from navigation start to the paint of the frame that shows the awaited content.
 *
 * Why not Playwright: it attaches to every new tab before the page may run (waitForDebuggerOnStart) and enables
 * its domains and its utility world there, which slows the very open being timed; a user has no debugger. Here a
 * raw DevTools connection attaches to each tab only to add the probe and read its result: it enables the Page
 * domain alone, without which Chromium does not run a script added for new documents, and never Runtime, Network
 * or emulation.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSER_FLAGS, CHROMIUM, extensionFlags, newProfileDir, sleep } from '../e2e/extensionHarness';
import { type CdpConnection, openCdpConnection } from './cdpConnection';

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(…)`; a function serialized into a
 * page carries that call into a page that has no such helper. Run this in the page first.
 */
export const COMPILED_FUNCTION_HELPER = 'globalThis.__name ??= (fn) => fn;';

/**
 * What a page must show to be timed: the popup (today's total), a period view (its four cards, then its four charts),
 * the share page (the summary's preview), the static floor page (its paragraph), or any page's first contentful
 * paint (the peers' pages, whose content the bench does not know).
 */
export type ReadyKind = 'popup' | 'period' | 'share' | 'blank' | 'fcp';

/** A period view shows four charts: bars by day, share by platform, the heat map, the trend. */
export const PERIOD_CHARTS = 4;

export interface PageMark {
  /** performance.now() (ms since navigation start) when the page's numbers were in the DOM */
  drawnAt: number;
  /** Element Timing renderTime of a marker added in the same callback: when the frame with the numbers was painted */
  shownAt: number;
  /** a period view: when all four charts were drawn, and when the frame with them was painted */
  chartsDrawnAt: number | null;
  chartsShownAt: number | null;
  /** first contentful paint (for `fcp`, also drawnAt and shownAt) */
  fcp: number;
  /** the total the page showed (for `fcp`, the document's title) */
  text: string;
}

export interface TimingBrowser {
  /** `http://127.0.0.1:<port>`, for Playwright's connectOverCDP */
  httpEndpoint: string;
  /** null for a browser launched without an extension */
  extensionId: string | null;
  cdp: CdpConnection;
  /** the browser process (the root of its process tree, for /proc) */
  pid: number;
  /** Closes the connection, stops Chromium and removes its profile. */
  close(): Promise<void>;
}

/** The id of the one extension the browser was launched with. */
export function extensionIdOf(browser: TimingBrowser): string {
  if (browser.extensionId === null) throw new Error('this browser was launched without an extension');
  return browser.extensionId;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  attached: boolean;
}

const STARTUP_TIMEOUT_MS = 30_000;
const SHOWN_TIMEOUT_MS = 60_000;
const POLL_MS = 50;
/** idle time between the new tab's blank page and the timed navigation */
const SETTLE_MS = 300;
/** The tests' 1280-pixel wide viewport, so the dashboard's charts are drawn at that width (the page gets 1280×813). */
const WINDOW_SIZE = '1280,900';

function chromiumArgs(options: TimingBrowserOptions, userDataDir: string): string[] {
  return [
    '--headless=new',
    `--user-data-dir=${userDataDir}`,
    '--remote-debugging-port=0',
    ...(options.extensionDir === null ? BROWSER_FLAGS : extensionFlags(options.extensionDir)),
    `--lang=${options.lang}`,
    `--window-size=${WINDOW_SIZE}`,
    ...(options.args ?? []),
    'about:blank',
  ];
}

/** On Linux, Chromium takes its UI language (and so chrome.i18n's) from the environment, not from --lang. */
function languageEnvironment(lang: string): NodeJS.ProcessEnv {
  const locale = lang.replace('-', '_');
  return { ...process.env, LANGUAGE: locale, LANG: `${locale}.UTF-8` };
}

/** The last few KB Chromium wrote to stderr, to tell why it did not start (and so its pipe never fills). */
function keepStderrTail(child: ChildProcess): () => string {
  let tail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4_000);
  });
  return () => tail;
}

/** Chromium writes the port it chose and the browser's WebSocket path to DevToolsActivePort once it listens. */
async function devToolsEndpoint(
  userDataDir: string,
  child: ChildProcess,
  stderrTail: () => string,
): Promise<{ port: number; browserPath: string }> {
  const file = join(userDataDir, 'DevToolsActivePort');
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Chromium exited before it listened for DevTools:\n${stderrTail()}`);
    }
    if (existsSync(file)) {
      const [port, browserPath] = readFileSync(file, 'utf8').split('\n');
      if (port && browserPath) return { port: Number(port), browserPath };
    }
    await sleep(POLL_MS);
  }
  throw new Error(`Chromium wrote no ${file} in ${STARTUP_TIMEOUT_MS / 1000} s:\n${stderrTail()}`);
}

/** The extension's id: the host of its service worker's URL, once the worker runs. */
async function runningExtensionId(cdp: CdpConnection): Promise<string> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
    const worker = targetInfos.find(
      (target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'),
    );
    if (worker) return new URL(worker.url).host;
    await sleep(POLL_MS * 4);
  }
  throw new Error(`the extension's service worker did not start in ${STARTUP_TIMEOUT_MS / 1000} s`);
}

/**
 * Asks Chromium to close (it then stops its other processes and lets go of the profile), and kills it if it has
 * not exited within 10 s.
 */
async function stopChromium(child: ChildProcess, cdp: CdpConnection | undefined): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (cdp) cdp.send('Browser.close').catch(() => undefined);
  else child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const tooLate = new Promise<'too late'>((resolve) => {
    timer = setTimeout(() => resolve('too late'), 10_000);
  });
  const outcome = await Promise.race([exited, tooLate]);
  clearTimeout(timer);
  if (outcome === 'too late') {
    child.kill('SIGKILL');
    await exited;
  }
}

export interface TimingBrowserOptions {
  /** the unpacked extension to load (ours or a peer), or null for a browser without any */
  extensionDir: string | null;
  lang: string;
  /** more flags, e.g. --host-resolver-rules for the simulated platforms */
  args?: string[];
}

/**
 * Launches Debian's Chromium headless with the extension (if any), the harness's flags and a fresh profile,
 * listening for DevTools on a free port.
 */
export async function launchTimingBrowser(options: TimingBrowserOptions): Promise<TimingBrowser> {
  const userDataDir = newProfileDir();
  const child = spawn(CHROMIUM, chromiumArgs(options, userDataDir), {
    env: languageEnvironment(options.lang),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderrTail = keepStderrTail(child);
  let cdp: CdpConnection | undefined;
  const close = async () => {
    await stopChromium(child, cdp);
    cdp?.close();
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };
  try {
    const { port, browserPath } = await devToolsEndpoint(userDataDir, child, stderrTail);
    cdp = await openCdpConnection(`ws://127.0.0.1:${port}${browserPath}`);
    const extensionId = options.extensionDir === null ? null : await runningExtensionId(cdp);
    return { httpEndpoint: `http://127.0.0.1:${port}`, extensionId, cdp, pid: child.pid!, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Closes the tabs an extension opens when it is installed (a welcome page, a guide on the web), once they have had
 * `ms` to open: every page but the first about:blank. Nothing is timed while they load.
 */
export async function closeInstallTabs(browser: TimingBrowser, ms: number): Promise<string[]> {
  await sleep(ms);
  const { targetInfos } = await browser.cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
  const pages = targetInfos.filter((target) => target.type === 'page');
  const keep = pages.find((target) => target.url === 'about:blank');
  const closed = pages.filter((target) => target !== keep);
  for (const target of closed) await browser.cdp.send('Target.closeTarget', { targetId: target.targetId });
  return closed.map((target) => target.url);
}

/**
 * Runs in the page before any of its scripts. When the page's numbers are in the DOM (the popup: today's total; a
 * period view: the values of its four cards; the share page: the summary's preview; the floor page: its paragraph),
 * the same MutationObserver callback adds a small visible marker; it is painted in the same frame as the numbers, so
 * its Element Timing renderTime is when they were shown, 20-60 ms after the next requestAnimationFrame here
 * (software compositing). A period view gets a second marker when all four charts have been drawn, in the same
 * callback if they were drawn with the numbers. The contract a chart keeps (docs/benchmarks.md): a `figure.chart`
 * inside `.period` is drawn once it has the attribute `data-chart-drawn`, which the SVG charts and the heat map's
 * grid carry from the render that draws them (components/charts/ChartFigure.tsx).
 */
function installShownProbe(kind: ReadyKind, periodCharts: number): void {
  interface ElementTimingEntry extends PerformanceEntry {
    identifier: string;
    renderTime: number;
  }
  interface Moment {
    drawnAt: number;
    shownAt?: number;
  }
  interface Probe {
    numbers?: Moment;
    charts?: Moment;
    fcp?: number;
    text?: string;
  }
  const probe: Probe = {};
  (window as unknown as { __benchShown: Probe }).__benchShown = probe;
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (entry === undefined) return;
    observer.disconnect();
    probe.fcp = entry.startTime;
    if (kind === 'fcp') {
      probe.numbers = { drawnAt: entry.startTime, shownAt: entry.startTime };
      probe.text = document.title;
    }
  }).observe({ type: 'paint', buffered: true });
  if (kind === 'fcp') return;

  const hasText = (selector: string) => (document.querySelector(selector)?.textContent ?? '').trim() !== '';
  const numberSelectors: Record<Exclude<ReadyKind, 'fcp'>, string[]> = {
    popup: ['[data-testid="today-total"]'],
    period: [
      '[data-testid="period-total"]',
      '[data-testid="outside-work"]',
      '[data-testid="checkin-total"]',
      '[data-testid="duplicate-total"]',
    ],
    share: ['pre[data-testid^="summary-"]'],
    blank: ['p'],
  };
  const selectors = numberSelectors[kind];
  const numbersShown = () => selectors.every(hasText);
  // Every chart (SVG, and the heat map's DOM grid) marks its figure data-chart-drawn in the render that draws it.
  const chartsDrawn = () => document.querySelectorAll('.period figure.chart[data-chart-drawn]').length;
  const addMarker = (identifier: string, moment: Moment) => {
    new PerformanceObserver((list, observer) => {
      const entry = list
        .getEntries()
        .find((candidate) => (candidate as ElementTimingEntry).identifier === identifier);
      if (entry === undefined) return;
      observer.disconnect();
      moment.shownAt = (entry as ElementTimingEntry).renderTime;
    }).observe({ type: 'element', buffered: true });
    const marker = document.createElement('span');
    marker.setAttribute('elementtiming', identifier);
    marker.textContent = '·';
    const right = identifier === 'bench-charts' ? 8 : 0;
    marker.style.cssText = `position:fixed;right:${right}px;bottom:0;z-index:2147483647;pointer-events:none;font:12px sans-serif;color:#888`;
    (document.body ?? document.documentElement).append(marker);
  };
  const observer = new MutationObserver(() => {
    if (probe.numbers === undefined && numbersShown()) {
      probe.numbers = { drawnAt: performance.now() };
      probe.text = (document.querySelector(selectors[0]!)?.textContent ?? '').trim().slice(0, 60);
      addMarker('bench-numbers', probe.numbers);
    }
    if (kind === 'period' && probe.charts === undefined && chartsDrawn() >= periodCharts) {
      probe.charts = { drawnAt: performance.now() };
      addMarker('bench-charts', probe.charts);
    }
    if (probe.numbers !== undefined && (kind !== 'period' || probe.charts !== undefined))
      observer.disconnect();
  });
  // Text may arrive in a node already there (characterData); a chart is marked drawn by its attribute.
  observer.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-chart-drawn'],
  });
}

function probeSource(kind: ReadyKind): string {
  return `${COMPILED_FUNCTION_HELPER}\n(${installShownProbe.toString()})(${JSON.stringify(kind)}, ${PERIOD_CHARTS});`;
}

/** The probe's record once every mark the kind needs has been painted, else null. */
function completeMark(value: unknown, kind: ReadyKind): PageMark | null {
  if (typeof value !== 'object' || value === null) return null;
  const probe = value as {
    numbers?: { drawnAt: number; shownAt?: number };
    charts?: { drawnAt: number; shownAt?: number };
    fcp?: number;
    text?: string;
  };
  const { numbers, charts, fcp } = probe;
  if (numbers?.shownAt === undefined || fcp === undefined) return null;
  if (kind === 'period' && charts?.shownAt === undefined) return null;
  return {
    drawnAt: numbers.drawnAt,
    shownAt: numbers.shownAt,
    chartsDrawnAt: charts?.drawnAt ?? null,
    chartsShownAt: charts?.shownAt ?? null,
    fcp,
    text: probe.text ?? '',
  };
}

/** Polls the page (Runtime.evaluate needs no Runtime.enable) until the probe has noted the paints. */
async function waitForMark(
  cdp: CdpConnection,
  sessionId: string,
  url: string,
  kind: ReadyKind,
): Promise<PageMark> {
  const deadline = Date.now() + SHOWN_TIMEOUT_MS;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const { result } = await cdp.send<{ result: { value?: unknown } }>(
        'Runtime.evaluate',
        { expression: 'window.__benchShown', returnByValue: true },
        sessionId,
      );
      last = result.value;
      const mark = completeMark(last, kind);
      if (mark) return mark;
    } catch (error) {
      // The document may be replaced while the call is under way (the navigation commits): ask again.
      last = error;
    }
    await sleep(POLL_MS);
  }
  throw new Error(`${url} showed nothing in ${SHOWN_TIMEOUT_MS / 1000} s (last: ${JSON.stringify(last)})`);
}

/**
 * Waits until the new tab has loaded about:blank, then a moment more. Chromium starts a renderer process of its own
 * for it (the extension's pages then run in the extension's process): a timed navigation started while that
 * process is still starting competes with it for the machine's two CPUs.
 */
async function waitForBlankTab(cdp: CdpConnection, sessionId: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    const { result } = await cdp.send<{ result: { value?: unknown } }>(
      'Runtime.evaluate',
      { expression: 'document.readyState', returnByValue: true },
      sessionId,
    );
    if (result.value === 'complete') break;
    if (Date.now() > deadline) throw new Error('the new tab did not load about:blank');
    await sleep(POLL_MS);
  }
  await sleep(SETTLE_MS);
}

/** Fails if anything else (a Playwright connection that auto-attaches) is attached to the new tab. */
async function assertNoDebugger(cdp: CdpConnection, targetId: string): Promise<void> {
  const { targetInfo } = await cdp.send<{ targetInfo: TargetInfo }>('Target.getTargetInfo', { targetId });
  if (targetInfo.attached) throw new Error('another DevTools client is attached to the timed tab');
}

/** Opens `url` in a new tab and returns when the awaited content was in the DOM and when it was painted. */
export async function timePageOpen(browser: TimingBrowser, url: string, kind: ReadyKind): Promise<PageMark> {
  const { cdp } = browser;
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  try {
    await assertNoDebugger(cdp, targetId);
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    await waitForBlankTab(cdp, sessionId);
    // Chromium runs scripts added for new documents only while the Page domain is enabled.
    await cdp.send('Page.enable', {}, sessionId);
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probeSource(kind) }, sessionId);
    const navigation = await cdp.send<{ errorText?: string }>('Page.navigate', { url }, sessionId);
    if (navigation.errorText) throw new Error(`${url} did not open: ${navigation.errorText}`);
    return await waitForMark(cdp, sessionId, url, kind);
  } finally {
    await cdp.send('Target.closeTarget', { targetId });
  }
}

/** Opens `url` in a tab nothing attaches to, leaves it open for `ms`, and closes it. */
export async function keepPageOpen(browser: TimingBrowser, url: string, ms: number): Promise<void> {
  const { targetId } = await browser.cdp.send<{ targetId: string }>('Target.createTarget', { url });
  await sleep(ms);
  await browser.cdp.send('Target.closeTarget', { targetId });
}
