/// <reference types="chrome" />
/**
 * The three time trackers the bench compares: ours (the measured build) and the two open-source peers of
 * ../shared/anchors (see its README), each with its popup, its dashboard, and a way to read the seconds it has
 * recorded per host from its own storage.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SITES } from '../fixtures/simulatedPlatforms';
import { COMPILED_FUNCTION_HELPER, extensionIdOf, type TimingBrowser } from './pageTiming';

export interface Tracker {
  id: 'ours' | 'webActivity' | 'timeTracker';
  name: string;
  dir: string;
  /** paths inside the extension */
  popup: string;
  dashboard: string;
  /** seconds recorded per host (ours: per platform, named by the simulated site's host) */
  recordedByHost(browser: TimingBrowser): Promise<Record<string, number>>;
}

/** The peers' folder: BENCH_ANCHORS_DIR, or ../shared/anchors beside the working tree. */
export function anchorsDir(): string {
  return resolve(process.env.BENCH_ANCHORS_DIR ?? '../shared/anchors');
}

/** Evaluates `expression` (a promise) in a page of the extension's origin that runs no script of its own. */
async function evaluateInExtension<Result>(browser: TimingBrowser, expression: string): Promise<Result> {
  const { cdp } = browser;
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', {
    url: `chrome-extension://${extensionIdOf(browser)}/manifest.json`,
    background: true,
  });
  try {
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    for (let attempt = 0; ; attempt += 1) {
      const { result, exceptionDetails } = await cdp.send<{
        result: { value?: unknown };
        exceptionDetails?: { exception?: { description?: string } };
      }>(
        'Runtime.evaluate',
        { expression: `${COMPILED_FUNCTION_HELPER}\n${expression}`, awaitPromise: true, returnByValue: true },
        sessionId,
      );
      if (!exceptionDetails) return result.value as Result;
      // The page may not have committed yet when the first call arrives.
      if (attempt >= 20) throw new Error(exceptionDetails.exception?.description ?? 'evaluation failed');
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 100));
    }
  } finally {
    await cdp.send('Target.closeTarget', { targetId });
  }
}

/** Ours: closed spans in IndexedDB per platform, named by the simulated site that platform is. */
async function oursRecorded(browser: TimingBrowser): Promise<Record<string, number>> {
  const byPlatform = await evaluateInExtension<Record<string, number>>(
    browser,
    `(${(
      () =>
        new Promise<Record<string, number>>((resolvePromise, reject) => {
          const request = indexedDB.open('fingertip-ledger');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('spans')) {
              db.close();
              resolvePromise({});
              return;
            }
            const all = db.transaction('spans', 'readonly').objectStore('spans').getAll();
            all.onsuccess = () => {
              const totals: Record<string, number> = {};
              for (const span of all.result as { platformId: string; start: number; end: number }[]) {
                totals[span.platformId] = (totals[span.platformId] ?? 0) + (span.end - span.start) / 1000;
              }
              db.close();
              resolvePromise(totals);
            };
            all.onerror = () => reject(all.error);
          };
        })
    ).toString()})()`,
  );
  const byHost: Record<string, number> = {};
  for (const site of SITES) {
    if (site.expectedPlatformId !== null) byHost[site.host] = byPlatform[site.expectedPlatformId] ?? 0;
  }
  return byHost;
}

/** Web Activity Time Tracker: `tabs`, one entry per domain with seconds per day (`summary`). */
async function webActivityRecorded(browser: TimingBrowser): Promise<Record<string, number>> {
  const tabs = await evaluateInExtension<{ url: string; days: { summary: number }[] }[]>(
    browser,
    'chrome.storage.local.get("tabs").then((stored) => stored.tabs ?? [])',
  );
  const byHost: Record<string, number> = {};
  for (const tab of tabs) byHost[tab.url] = tab.days.reduce((sum, day) => sum + day.summary, 0);
  return byHost;
}

/** Time Tracker for Browser: one key per day and host, `yyyyMMdd<host>`, with `focus` in ms. */
async function timeTrackerRecorded(browser: TimingBrowser): Promise<Record<string, number>> {
  const stored = await evaluateInExtension<Record<string, { focus?: number }>>(
    browser,
    'chrome.storage.local.get(null)',
  );
  const byHost: Record<string, number> = {};
  for (const [key, value] of Object.entries(stored)) {
    const match = /^\d{8}(.+)$/.exec(key);
    if (match && typeof value?.focus === 'number') {
      byHost[match[1]!] = (byHost[match[1]!] ?? 0) + value.focus / 1000;
    }
  }
  return byHost;
}

export function ourTracker(dir: string): Tracker {
  return {
    id: 'ours',
    name: '指尖账本 (ours)',
    dir,
    popup: 'popup.html',
    dashboard: 'dashboard.html#week',
    recordedByHost: oursRecorded,
  };
}

/** The two peers, or null when their folder (or either of them) is absent. */
export function peerTrackers(): Tracker[] | null {
  const dir = anchorsDir();
  const peers: Tracker[] = [
    {
      id: 'webActivity',
      name: 'Web Activity Time Tracker 2.2.2',
      dir: join(dir, 'web-activity-time-tracker-2.2.2'),
      popup: 'src/popup.html',
      dashboard: 'src/dashboard.html',
      recordedByHost: webActivityRecorded,
    },
    {
      id: 'timeTracker',
      name: 'Time Tracker for Browser 3.5.2',
      dir: join(dir, 'time-tracker-for-browser-3.5.2'),
      popup: 'static/popup.html',
      dashboard: 'static/app.html',
      recordedByHost: timeTrackerRecorded,
    },
  ];
  return peers.every((peer) => existsSync(join(peer.dir, 'manifest.json'))) ? peers : null;
}
