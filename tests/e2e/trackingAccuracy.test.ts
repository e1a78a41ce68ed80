/// <reference types="chrome" />
/**
 * A scripted session over real hostnames, with a service-worker stop mid-span, a second window, lost focus and
 * idle, compared with the ground truth the script itself measured. Then a browser kill and restart.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureServer,
  PLANTED,
  siteByHost,
  siteUrl,
  startFixtureServer,
} from '../fixtures/simulatedPlatforms';
import {
  injectSignals,
  killChromium,
  launchExtension,
  newProfileDir,
  readDatabase,
  recordedSecondsByPlatform,
  sleep,
  stopServiceWorker,
} from './extensionHarness';
import { GroundTruth, toleranceSeconds } from './groundTruth';

const site = siteByHost;
const xuexi = site('www.xuexi.cn');
const zjzwfw = site('www.zjzwfw.gov.cn');
const dangyuan = site('www.12371.cn');
const catchAll = site('tjbb.someplace.gov.cn');
const news = site('news.example.com');

/** Within max(2 s, 2 %) of the truth, as the issue asks. */
function expectClose(recorded: number | undefined, truth: number, label: string): void {
  const tolerance = toleranceSeconds(truth);
  expect(
    recorded ?? 0,
    `${label}: recorded ${recorded?.toFixed(2)} s, truth ${truth.toFixed(2)} s`,
  ).toBeGreaterThan(truth - tolerance);
  expect(
    recorded ?? 0,
    `${label}: recorded ${recorded?.toFixed(2)} s, truth ${truth.toFixed(2)} s`,
  ).toBeLessThan(truth + tolerance);
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

describe('time tracking in Chromium', () => {
  it('records each platform within max(2 s, 2 %) across a worker stop, two windows, lost focus and idle', async () => {
    const session = await launchExtension({ hostResolverRules: server.hostResolverRules });
    const truth = new GroundTruth();
    try {
      const page: Page = await session.context.newPage();
      const visit = async (target: Page, url: string, platformId: string | null) => {
        truth.switchTo(platformId);
        await target.goto(url);
      };

      await visit(page, siteUrl(xuexi), 'xuexi');
      await sleep(8_000);
      await visit(page, siteUrl(news), null);
      await sleep(4_000);
      await visit(page, siteUrl(zjzwfw), 'zjzwfw');
      await sleep(4_000);
      expect(await stopServiceWorker(session)).toBe(true);
      await sleep(5_000); // the worker is stopped while the user stays on the platform

      // A second window on another platform takes the focus; the first window no longer counts.
      truth.switchTo('12371');
      const secondWindowId = await session.probe.evaluate(async (url) => {
        const created = await chrome.windows.create({ url, focused: true });
        return created!.id as number;
      }, siteUrl(dangyuan));
      await sleep(6_000);

      // The browser loses focus (another program in front): nothing counts.
      truth.switchTo(null);
      await injectSignals(session, { focusedWindowId: null });
      await sleep(4_000);
      truth.switchTo('12371');
      await injectSignals(session, {});
      await sleep(3_000);

      // The user walks away: idle counts nothing (no video playing).
      truth.switchTo(null);
      await injectSignals(session, { idle: 'idle' });
      await sleep(4_000);
      truth.switchTo('12371');
      await injectSignals(session, {});
      await sleep(3_000);

      // Back to the first window, on a government host no catalogue entry names (the *.gov.cn catch-all).
      // Headless Chromium keeps reporting the newest window as the last focused, so the focus is injected.
      const firstWindowId = await session.probe.evaluate(async (second) => {
        const windows = await chrome.windows.getAll();
        return windows.find((window) => window.id !== second)!.id as number;
      }, secondWindowId);
      truth.switchTo('zjzwfw'); // the first window's tab is still on the provincial portal
      await injectSignals(session, { focusedWindowId: firstWindowId });
      await visit(page, siteUrl(catchAll), catchAll.expectedPlatformId);
      await sleep(5_000);
      await visit(page, siteUrl(news), null);
      await session.probe.evaluate((second) => chrome.windows.remove(second), secondWindowId);
      await sleep(1_500);
      truth.switchTo(null);

      const recorded = await recordedSecondsByPlatform(session);
      console.log('accuracy (s):', JSON.stringify({ truth: truth.seconds, recorded }));
      expect(Object.keys(recorded).sort()).toEqual(Object.keys(truth.seconds).sort());
      for (const [platformId, seconds] of Object.entries(truth.seconds)) {
        expectClose(recorded[platformId], seconds, platformId);
      }

      // Nothing of the non-government sites, and nothing personal, anywhere in the database.
      const everything = JSON.stringify(await readDatabase(session));
      for (const secret of [
        news.host,
        'example',
        PLANTED.name,
        PLANTED.phone,
        PLANTED.idNumber,
        PLANTED.token,
        PLANTED.account,
        'http',
      ]) {
        expect(everything).not.toContain(secret);
      }
    } finally {
      await session.close();
    }
  });

  it('loses at most one heartbeat interval when the browser is killed, and never over-counts', async () => {
    const userDataDir = newProfileDir();
    const first = await launchExtension({ hostResolverRules: server.hostResolverRules, userDataDir });
    const page = await first.context.newPage();
    const start = Date.now();
    await page.goto(siteUrl(xuexi));
    await sleep(40_000);
    const killedAt = Date.now();
    killChromium(userDataDir);
    await first.context.close().catch(() => undefined);
    const truthSeconds = (killedAt - start) / 1000;

    const second = await launchExtension({ hostResolverRules: server.hostResolverRules, userDataDir });
    try {
      await sleep(1_000);
      const recorded = (await recordedSecondsByPlatform(second)).xuexi ?? 0;
      const database = await readDatabase(second);
      console.log('crash loss (s):', (truthSeconds - recorded).toFixed(2), 'of', truthSeconds.toFixed(2));
      expect(recorded).toBeLessThanOrEqual(truthSeconds + 0.5);
      expect(truthSeconds - recorded).toBeLessThanOrEqual(30 + 1); // heartbeat: alarm every 30 s
      expect(database.openSpan ?? []).toEqual([]); // reconciled: nothing left running
    } finally {
      await second.close();
    }
  });
});
