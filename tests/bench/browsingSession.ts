/**
 * The scripted browsing session of the CPU rows and of the peers' recording check: seeded visits to the simulated
 * platforms and to sites no tracker of ours counts, in two tabs, driven over a raw DevTools connection (navigations
 * and tab switches only: no domain is enabled in the pages, so the driver costs the browser next to nothing).
 */
import { seededRandom } from '../../utils/summary/seededRandom';
import { sleep, stopExtensionWorker, type WorkerVersion } from '../e2e/extensionHarness';
import { GroundTruth } from '../e2e/groundTruth';
import { SITES, type SimulatedSite, siteByHost, siteUrl } from '../fixtures/simulatedPlatforms';
import type { CdpConnection } from './cdpConnection';
import { extensionIdOf, type TimingBrowser } from './pageTiming';

export interface SessionStep {
  /** visit: the tab in front goes to `site`; switch: the other tab comes to the front and goes to `site` */
  action: 'visit' | 'switch';
  site: SimulatedSite;
  stayMs: number;
}

/** Visits of 3-9 s, three in four to a simulated platform, a tab switch about every fifth step, `seconds` long. */
export function sessionPlan(seconds: number, seed: number): SessionStep[] {
  const random = seededRandom(seed);
  const tracked = SITES.filter((site) => site.expectedPlatformId !== null);
  const untracked = SITES.filter((site) => site.expectedPlatformId === null);
  const steps: SessionStep[] = [];
  let left = seconds * 1000;
  let previous: SimulatedSite | null = null;
  while (left > 0) {
    const pool = random() < 0.75 ? tracked : untracked;
    let site = pool[Math.floor(random() * pool.length)]!;
    if (site === previous) site = pool[(pool.indexOf(site) + 1) % pool.length]!;
    const stayMs = Math.min(left, Math.round(3_000 + random() * 6_000));
    steps.push({ action: steps.length > 0 && random() < 0.2 ? 'switch' : 'visit', site, stayMs });
    previous = site;
    left -= stayMs;
  }
  return steps;
}

interface Tab {
  targetId: string;
  sessionId: string;
}

/** Two tabs of a browser the session drives: the one it started with and a second, both attached. */
export interface SessionTabs {
  tabs: [Tab, Tab];
  front: number;
}

export async function openSessionTabs(browser: TimingBrowser): Promise<SessionTabs> {
  const { cdp } = browser;
  const { targetInfos } = await cdp.send<{ targetInfos: { targetId: string; type: string; url: string }[] }>(
    'Target.getTargets',
  );
  const first = targetInfos.find((target) => target.type === 'page' && target.url === 'about:blank');
  if (!first) throw new Error('the browser has no blank tab to drive');
  const { targetId: second } = await cdp.send<{ targetId: string }>('Target.createTarget', {
    url: 'about:blank',
  });
  const attach = async (targetId: string): Promise<Tab> => {
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    return { targetId, sessionId };
  };
  const tabs: [Tab, Tab] = [await attach(first.targetId), await attach(second)];
  await cdp.send('Target.activateTarget', { targetId: tabs[0].targetId });
  return { tabs, front: 0 };
}

async function navigate(cdp: CdpConnection, tab: Tab, url: string): Promise<void> {
  const result = await cdp.send<{ errorText?: string }>('Page.navigate', { url }, tab.sessionId);
  if (result.errorText) throw new Error(`${url} did not open: ${result.errorText}`);
}

/** Brings a tab to the front (or keeps it there) and opens `site` in it; the truth follows the host in front. */
export async function showSite(
  browser: TimingBrowser,
  session: SessionTabs,
  site: SimulatedSite,
  truth: GroundTruth,
  options: { switchTab?: boolean; path?: string } = {},
): Promise<void> {
  if (options.switchTab) session.front = 1 - session.front;
  // Also when it is in front already: a page opened meanwhile (reading a tracker's records) may have taken the front.
  await browser.cdp.send('Target.activateTarget', { targetId: session.tabs[session.front]!.targetId });
  truth.switchTo(site.host);
  await navigate(browser.cdp, session.tabs[session.front]!, siteUrl(site, options.path));
}

/**
 * Plays the plan and returns the seconds spent on each host in front. It ends on an untracked page for 2 s more, so
 * every tracker has closed its last visit when it is read.
 */
export async function playSession(
  browser: TimingBrowser,
  session: SessionTabs,
  plan: readonly SessionStep[],
): Promise<Record<string, number>> {
  const truth = new GroundTruth();
  let visit = 0;
  for (const step of plan) {
    visit += 1;
    await showSite(browser, session, step.site, truth, {
      switchTab: step.action === 'switch',
      path: `/portal/page-${visit}.html`,
    });
    await sleep(step.stayMs);
  }
  await showSite(browser, session, siteByHost('news.example.com'), truth);
  await sleep(2_000);
  truth.switchTo(null);
  return truth.seconds;
}

/** Stops the tracker's service worker through the front tab's session, as the e2e tests do (stopExtensionWorker). */
export async function stopWorkerOf(browser: TimingBrowser, session: SessionTabs): Promise<boolean> {
  const { cdp } = browser;
  const { sessionId } = session.tabs[session.front]!;
  const unsubscribe: (() => void)[] = [];
  try {
    return await stopExtensionWorker(
      {
        send: (method: string, params?: Record<string, unknown>) => cdp.send(method, params, sessionId),
        onVersionsUpdated: (listener) => {
          unsubscribe.push(
            cdp.on<{ versions: WorkerVersion[] }>('ServiceWorker.workerVersionUpdated', (event, from) => {
              if (from === sessionId) listener(event.versions);
            }),
          );
        },
      },
      extensionIdOf(browser),
    );
  } finally {
    for (const stop of unsubscribe) stop();
  }
}
