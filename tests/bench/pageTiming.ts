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
import { CHROMIUM, extensionFlags, newProfileDir, sleep } from '../e2e/extensionHarness';
import { type CdpConnection, openCdpConnection } from './cdpConnection';

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(…)`; a function serialized into a
 * page carries that call into a page that has no such helper. Run this in the page first.
 */
export const COMPILED_FUNCTION_HELPER = 'globalThis.__name ??= (fn) => fn;';

/** What a page must show to be ready: a period view (week, month), the popup, or the static floor page. */
export type ReadyKind = 'period' | 'popup' | 'blank';

export interface ShownMark {
  /** performance.now() (ms since navigation start) when the awaited content was in the DOM */
  drawnAt: number;
  /** Element Timing renderTime of a marker added in the same callback: when the frame with the content was painted */
  shownAt: number;
  /** the total the page showed */
  text: string;
}

export interface TimingBrowser {
  /** `http://127.0.0.1:<port>`, for Playwright's connectOverCDP */
  httpEndpoint: string;
  extensionId: string;
  cdp: CdpConnection;
  /** Closes the connection, stops Chromium and removes its profile. */
  close(): Promise<void>;
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

function chromiumArgs(extensionDir: string, userDataDir: string, lang: string): string[] {
  return [
    '--headless=new',
    `--user-data-dir=${userDataDir}`,
    '--remote-debugging-port=0',
    ...extensionFlags(extensionDir),
    `--lang=${lang}`,
    `--window-size=${WINDOW_SIZE}`,
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
async function extensionIdOf(cdp: CdpConnection): Promise<string> {
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

/**
 * Launches Debian's Chromium headless with the extension, the harness's flags and a fresh profile, listening for
 * DevTools on a free port.
 */
export async function launchTimingBrowser(options: {
  extensionDir: string;
  lang: string;
}): Promise<TimingBrowser> {
  const userDataDir = newProfileDir();
  const child = spawn(CHROMIUM, chromiumArgs(options.extensionDir, userDataDir, options.lang), {
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
    const extensionId = await extensionIdOf(cdp);
    return { httpEndpoint: `http://127.0.0.1:${port}`, extensionId, cdp, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Runs in the page before any of its scripts. When the awaited content is in the page (the popup: today's total;
 * a period view: its total and every chart canvas set up by Chart.js, which draws synchronously right after,
 * animation being off; the floor page: its paragraph), the same MutationObserver callback adds a small visible
 * marker. It is painted in the same frame as the content, so its Element Timing renderTime is when the content
 * was shown, 20-60 ms after the next requestAnimationFrame here (software compositing).
 */
function installShownProbe(kind: ReadyKind): void {
  interface ElementTimingEntry extends PerformanceEntry {
    identifier: string;
    renderTime: number;
  }
  interface PendingMark {
    drawnAt: number;
    shownAt?: number;
    text: string;
  }
  const scope = window as unknown as { __benchShown?: PendingMark };
  const totalSelector =
    kind === 'popup'
      ? '[data-testid="today-total"]'
      : kind === 'blank'
        ? 'p'
        : '[data-testid="period-total"]';
  const isReady = () => {
    if (document.querySelector(totalSelector) === null) return false;
    if (kind !== 'period') return true;
    const canvases = [...document.querySelectorAll('.period canvas')];
    return canvases.length > 0 && canvases.every((canvas) => '$chartjs' in canvas);
  };
  const addMarker = (mark: PendingMark) => {
    new PerformanceObserver((list, timing) => {
      const entry = list
        .getEntries()
        .find((candidate) => (candidate as ElementTimingEntry).identifier === 'bench-shown');
      if (entry === undefined) return;
      timing.disconnect();
      mark.shownAt = (entry as ElementTimingEntry).renderTime;
    }).observe({ type: 'element', buffered: true });
    const marker = document.createElement('span');
    marker.setAttribute('elementtiming', 'bench-shown');
    marker.textContent = '·';
    marker.style.cssText =
      'position:fixed;right:0;bottom:0;z-index:2147483647;pointer-events:none;font:12px sans-serif;color:#888';
    (document.body ?? document.documentElement).append(marker);
  };
  const observer = new MutationObserver(() => {
    if (scope.__benchShown || !isReady()) return;
    observer.disconnect();
    const mark: PendingMark = {
      drawnAt: performance.now(),
      text: document.querySelector(totalSelector)?.textContent ?? '',
    };
    scope.__benchShown = mark;
    addMarker(mark);
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['style'],
  });
}

function probeSource(kind: ReadyKind): string {
  return `${COMPILED_FUNCTION_HELPER}\n(${installShownProbe.toString()})(${JSON.stringify(kind)});`;
}

function isShownMark(value: unknown): value is ShownMark {
  if (typeof value !== 'object' || value === null) return false;
  const mark = value as Record<string, unknown>;
  return (
    typeof mark.drawnAt === 'number' && typeof mark.shownAt === 'number' && typeof mark.text === 'string'
  );
}

/** Polls the page (Runtime.evaluate needs no Runtime.enable) until the probe has noted the paint. */
async function waitForShownMark(cdp: CdpConnection, sessionId: string, url: string): Promise<ShownMark> {
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
      if (isShownMark(last)) return last;
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
export async function timePageOpen(browser: TimingBrowser, url: string, kind: ReadyKind): Promise<ShownMark> {
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
    return await waitForShownMark(cdp, sessionId, url);
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
