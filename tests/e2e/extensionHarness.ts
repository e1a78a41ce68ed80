/// <reference types="chrome" />
/**
 * Launches Debian's Chromium headless with the built extension, and gives tests the few handles they need:
 * the extension id, a way to stop its service worker, to inject signals headless Chromium cannot produce,
 * and to read the extension's IndexedDB as a user's profile holds it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { USER_RULE_SCRIPT_ID } from '../../utils/platforms/userRuleScripts';
import { type FixtureServer, startFixtureServer } from '../fixtures/simulatedPlatforms';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The e2e build: production code plus the storage.session signal injection (see browserObservation.ts). */
export const E2E_BUILD_DIR = resolve('.output/chrome-mv3-e2e');

export interface LaunchOptions {
  hostResolverRules: string;
  userDataDir?: string;
  extensionDir?: string;
  /** false opens a visible window (the demo, with a display) */
  headless?: boolean;
  /** the browser's UI language, which chrome.i18n follows (headless Chromium defaults to English) */
  lang?: string;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** an extension page kept open to read the database and set signals */
  probe: Page;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'ledger-profile-'));
}

/** The flags every Chromium of the tests and the bench runs with, extension or not: nothing that phones home. */
export const BROWSER_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** BROWSER_FLAGS with the built extension (the bench also loads other extensions, one per browser, the same way). */
export function extensionFlags(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...BROWSER_FLAGS,
  ];
}

export async function launchExtension(options: LaunchOptions): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? E2E_BUILD_DIR;
  const userDataDir = options.userDataDir ?? newProfileDir();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ...(options.lang ? { locale: options.lang } : {}),
    viewport: options.headless === false ? null : { width: 1280, height: 900 },
    args: [
      ...extensionFlags(extensionDir),
      '--disable-quic',
      '--autoplay-policy=no-user-gesture-required',
      `--host-resolver-rules=${options.hostResolverRules}`,
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
    // On Linux, Chromium takes its UI language (and so chrome.i18n's) from the environment, not from --lang.
    env: options.lang
      ? {
          ...process.env,
          LANGUAGE: options.lang.replace('-', '_'),
          LANG: `${options.lang.replace('-', '_')}.UTF-8`,
        }
      : process.env,
  });
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/popup.html`);
  await waitForLedgerDatabase(probe);
  return {
    context,
    extensionId,
    userDataDir,
    probe,
    async close({ keepProfile = false } = {}) {
      await context.close().catch(() => undefined);
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the extension itself has created its database. A raw `indexedDB.open` without a version made before
 * that creates an empty version 1 database, and its open connection then blocks Dexie's upgrade: the extension and
 * the test wait on each other for good (seen on a loaded CI machine, where the probe won the race).
 */
async function waitForLedgerDatabase(page: Page): Promise<void> {
  const found = await page.evaluate(async () => {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const databases = await indexedDB.databases();
      if (databases.some((database) => database.name === 'fingertip-ledger' && (database.version ?? 0) > 1)) {
        return true;
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    }
    return false;
  });
  if (!found) throw new Error('the extension did not create its database within 30 s');
}

/** A worker version as the ServiceWorker domain reports it. */
export interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

/** What stopping a worker needs of a DevTools session: Playwright's CDPSession here, the bench's raw connection. */
export interface WorkerStopChannel {
  send(method: 'ServiceWorker.enable' | 'ServiceWorker.disable'): Promise<unknown>;
  send(method: 'ServiceWorker.stopWorker', params: { versionId: string }): Promise<unknown>;
  onVersionsUpdated(listener: (versions: readonly WorkerVersion[]) => void): void;
}

/**
 * Stops the running service worker of `extensionId` the way Chrome does after 30 s without events, and resolves
 * once DevTools reports it stopped. Returns false if no running worker was found.
 */
export async function stopExtensionWorker(channel: WorkerStopChannel, extensionId: string): Promise<boolean> {
  const versions = new Map<string, WorkerVersion>();
  channel.onVersionsUpdated((updated) => {
    for (const version of updated) versions.set(version.versionId, version);
  });
  const ours = (status: string) =>
    [...versions.entries()].find(
      ([, version]) => version.scriptURL.includes(extensionId) && version.runningStatus === status,
    )?.[0];
  const waitFor = async (found: () => string | undefined, ms: number) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const value = found();
      if (value) return value;
      await sleep(25);
    }
    return undefined;
  };
  try {
    await channel.send('ServiceWorker.enable');
    const running = await waitFor(() => ours('running'), 5_000);
    if (!running) return false;
    await channel.send('ServiceWorker.stopWorker', { versionId: running });
    return (
      (await waitFor(
        () => (versions.get(running)?.runningStatus === 'stopped' ? running : undefined),
        5_000,
      )) !== undefined
    );
  } finally {
    await channel.send('ServiceWorker.disable').catch(() => undefined);
  }
}

/** The extension's worker stopped through a DevTools session on the probe page (see stopExtensionWorker). */
export async function stopServiceWorker(session: ExtensionSession): Promise<boolean> {
  const cdp = await session.context.newCDPSession(session.probe);
  try {
    return await stopExtensionWorker(
      {
        send: (method: string, params?: { versionId: string }) =>
          cdp.send(method as 'ServiceWorker.stopWorker', params as { versionId: string }),
        onVersionsUpdated: (listener) =>
          cdp.on('ServiceWorker.workerVersionUpdated', (event) => listener(event.versions)),
      },
      session.extensionId,
    );
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface InjectedSignals {
  idle?: 'active' | 'idle' | 'locked';
  focusedWindowId?: number | null;
}

/** Headless Chromium never goes idle and never loses focus: the e2e build reads these from storage.session. */
export async function injectSignals(session: ExtensionSession, signals: InjectedSignals): Promise<void> {
  await session.probe.evaluate(async (value) => {
    await chrome.storage.session.set({ e2eSignals: value });
  }, signals);
}

/** Every row of every object store of the extension's database, read from an extension page. */
export async function readDatabase(session: ExtensionSession): Promise<Record<string, unknown[]>> {
  return session.probe.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolvePromise, reject) => {
        const request = indexedDB.open('fingertip-ledger');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames];
          const result: Record<string, unknown[]> = {};
          if (names.length === 0) {
            db.close();
            resolvePromise(result);
            return;
          }
          const transaction = db.transaction(names, 'readonly');
          for (const name of names) {
            const all = transaction.objectStore(name).getAll();
            all.onsuccess = () => {
              result[name] = all.result;
            };
          }
          transaction.oncomplete = () => {
            db.close();
            resolvePromise(result);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

export interface RecordedSpan {
  platformId: string;
  start: number;
  end: number;
  day: string;
  kind: string;
  source: string;
}

/** Seconds recorded per platform: closed spans plus the open span up to its last beat. */
export async function recordedSecondsByPlatform(session: ExtensionSession): Promise<Record<string, number>> {
  const db = await readDatabase(session);
  const totals: Record<string, number> = {};
  for (const span of (db.spans ?? []) as RecordedSpan[]) {
    totals[span.platformId] = (totals[span.platformId] ?? 0) + (span.end - span.start) / 1000;
  }
  return totals;
}

/** Kills Chromium with SIGKILL, as a crash or a power cut would, leaving the profile on disk. */
export function killChromium(userDataDir: string): void {
  try {
    execFileSync('pkill', ['-9', '-f', `user-data-dir=${userDataDir}`]);
  } catch {
    // pkill exits 1 when nothing matched: already gone
  }
}

export const sleep = (ms: number) => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));

/**
 * Puts rows into the extension's stores with plain IndexedDB from an extension page (one transaction), as if the
 * extension had written them; the database is the extension's own (launchExtension waited for it).
 */
export async function putRows(page: Page, rows: Record<string, readonly unknown[]>): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolvePromise, reject) => {
        const request = indexedDB.open('fingertip-ledger');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          let transaction: IDBTransaction;
          try {
            transaction = db.transaction(Object.keys(rows), 'readwrite');
          } catch (error) {
            db.close();
            reject(error);
            return;
          }
          for (const [store, storeRows] of Object.entries(rows)) {
            for (const row of storeRows) transaction.objectStore(store).put(row);
          }
          transaction.oncomplete = () => {
            db.close();
            resolvePromise();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    rows,
  );
}

/**
 * Changes stored settings the way the settings page saves them (read, merge, put back), from an extension page.
 * The background reads them afresh when it next needs them.
 */
export async function writeSettings(page: Page, changes: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolvePromise, reject) => {
        const request = indexedDB.open('fingertip-ledger');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          let transaction: IDBTransaction;
          try {
            transaction = db.transaction('settings', 'readwrite');
          } catch (error) {
            // never leave a connection open that would block the extension's own upgrade
            db.close();
            reject(error);
            return;
          }
          const store = transaction.objectStore('settings');
          const read = store.get('settings');
          read.onsuccess = () => {
            const current = (read.result?.value ?? {}) as Record<string, unknown>;
            store.put({ key: 'settings', value: { ...current, ...value } });
          };
          transaction.oncomplete = () => {
            db.close();
            resolvePromise();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    changes,
  );
}

/**
 * Chooses the extension's language in its settings. Headless Chromium's extension strings stay English whatever
 * the locale, so tests and the demo that show the Chinese UI choose it the way a user would in 设置.
 */
export async function chooseExtensionLanguage(
  session: ExtensionSession,
  locale: 'zh_CN' | 'en',
): Promise<void> {
  await writeSettings(session.probe, { locale });
}

export interface WatchedPage {
  page: Page;
  /** whether the extension's content script has run in the page (its isolated world was created) */
  contentScriptRan(): boolean;
}

/**
 * Opens `url` in a new tab and watches for the extension's content script: Chromium reports each isolated world it
 * creates, and the content script's has the extension's origin.
 */
export async function openWatchedPage(session: ExtensionSession, url: string): Promise<WatchedPage> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const origin = `chrome-extension://${session.extensionId}`;
  let ran = false;
  cdp.on('Runtime.executionContextCreated', (event) => {
    if (event.context.origin === origin) ran = true;
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  page.once('close', () => void cdp.detach().catch(() => undefined));
  return { page, contentScriptRan: () => ran };
}

/**
 * Opens a page of a tracked platform and waits until the extension's content script runs in it, with its
 * listeners registered.
 */
export async function openTrackedPage(session: ExtensionSession, url: string): Promise<Page> {
  const watched = await openWatchedPage(session, url);
  const deadline = Date.now() + 10_000;
  while (!watched.contentScriptRan() && Date.now() < deadline) await sleep(50);
  if (!watched.contentScriptRan()) throw new Error(`the content script did not run on ${url}`);
  // main() registers its listeners right after the world is created; a moment covers that.
  await sleep(200);
  return watched.page;
}

/** Polls until `check` holds (a message travels page -> worker -> IndexedDB), or returns the last value read. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  ms = 5_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await sleep(100);
    value = await read();
  }
  return value;
}

/** The match patterns the check-in script is registered for at run time (the user's own platforms). */
export async function userRuleScriptMatches(session: ExtensionSession): Promise<string[]> {
  return session.probe.evaluate(async (id) => {
    const scripts = await chrome.scripting.getRegisteredContentScripts({ ids: [id] });
    return scripts.flatMap((script) => script.matches ?? []);
  }, USER_RULE_SCRIPT_ID);
}

/**
 * The extension's service worker. Checking `serviceWorkers()` and then waiting for the event leaves a gap in which
 * a worker that registers is missed (and a loaded machine widens it): wait in short steps, looking again each time.
 */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const [worker] = context.serviceWorkers();
    if (worker) return worker;
    if (Date.now() > deadline) throw new Error('the extension’s service worker did not start within 60 s');
    await context.waitForEvent('serviceworker', { timeout: 2_000 }).catch(() => undefined);
  }
}

/**
 * The simulated platforms' server and a Chromium with the e2e build that resolves their real hostnames to it
 * (E2E_EXTENSION_DIR: a private copy of the build, when others may be rebuilding .output/chrome-mv3-e2e).
 */
export async function startFixtureSession(): Promise<{ server: FixtureServer; session: ExtensionSession }> {
  const server = await startFixtureServer();
  const session = await launchExtension({
    hostResolverRules: server.hostResolverRules,
    ...(process.env.E2E_EXTENSION_DIR ? { extensionDir: process.env.E2E_EXTENSION_DIR } : {}),
  });
  return { server, session };
}

/** Closes what startFixtureSession() opened, the parts that opened before a failure included. */
export async function closeFixtureSession(opened: {
  server?: FixtureServer;
  session?: ExtensionSession;
}): Promise<void> {
  await opened.session?.close();
  await opened.server?.close();
}
