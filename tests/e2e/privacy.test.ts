/// <reference types="chrome" />
/**
 * No network: a full session (tracking on simulated platforms, a check-in and a form, the popup, the dashboard, a
 * backup, a wipe) with every request of the browser context watched. The only requests allowed are the test's own
 * page navigations to the fixture hosts and the extension loading its own files; nothing personal is stored.
 */
import { readFileSync } from 'node:fs';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FixtureServer,
  PLANTED,
  SITES,
  siteByHost,
  siteUrl,
  startFixtureServer,
} from '../fixtures/simulatedPlatforms';
import { injectSignals, launchExtension, type RecordedSpan, readDatabase, sleep } from './extensionHarness';

const site = siteByHost;
const xuexi = site('www.xuexi.cn');
const zjzwfw = site('www.zjzwfw.gov.cn');
const news = site('news.example.com');
const FIXTURE_HOSTS = new Set(SITES.map((candidate) => candidate.host));
const SECRETS = [PLANTED.name, PLANTED.phone, PLANTED.idNumber, PLANTED.token, PLANTED.account, news.host];

interface SeenRequest {
  url: string;
  method: string;
  resourceType: string;
  navigation: boolean;
  /** the service worker's URL when the request came from one */
  serviceWorker: string | null;
  /** the document that made the request, when Playwright knows it */
  frameUrl: string | null;
}

function describeRequest(request: Request): SeenRequest {
  let frameUrl: string | null = null;
  try {
    frameUrl = request.serviceWorker() ? null : request.frame().url();
  } catch {
    frameUrl = null;
  }
  return {
    url: request.url(),
    method: request.method(),
    resourceType: request.resourceType(),
    navigation: request.isNavigationRequest(),
    serviceWorker: request.serviceWorker()?.url() ?? null,
    frameUrl,
  };
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

describe('privacy in Chromium', () => {
  it('makes no network request from the extension or its page script during a full session, and stores nothing personal', async () => {
    const session = await launchExtension({ hostResolverRules: server.hostResolverRules });
    const { context, extensionId } = session;
    const ownOrigin = `chrome-extension://${extensionId}/`;
    const seen: SeenRequest[] = [];
    const routed: string[] = [];
    context.on('request', (request) => seen.push(describeRequest(request)));
    await context.route('**/*', async (route) => {
      routed.push(route.request().url());
      await route.continue();
    });
    const navigatedTo = new Set<string>();
    try {
      // Tracking on two platforms and a site off the list, with a check-in click and a form full of personal data.
      const page = await context.newPage();
      const visit = async (url: string) => {
        navigatedTo.add(new URL(url).host);
        await page.goto(url);
      };
      await visit(siteUrl(xuexi));
      await sleep(2_500);
      await page.click('#checkin');
      await page.fill('input[name=name]', PLANTED.name);
      await page.fill('input[name=phone]', PLANTED.phone);
      await page.fill('input[name=idNumber]', PLANTED.idNumber);
      await page.fill('input[name=households]', '37');
      await Promise.all([page.waitForURL('**/report'), page.click('#submit-report')]);
      // A control: a request a platform page makes itself (as a content script's would be) is seen by the watch.
      const control = `http://${xuexi.host}/control-request`;
      await page.evaluate((url) => fetch(url).then(() => undefined), control);
      await visit(siteUrl(zjzwfw));
      await sleep(2_500);
      await visit(siteUrl(news));
      await sleep(1_000);

      // The popup, the dashboard's screens, and a backup saved from the data page.
      const popup = await context.newPage();
      await popup.goto(`${ownOrigin}popup.html`);
      await popup.getByRole('heading', { level: 1 }).waitFor();
      const dashboard = await context.newPage();
      for (const screen of ['week', 'month', 'share', 'data']) {
        await dashboard.goto(`${ownOrigin}dashboard.html#${screen}`);
        await dashboard.locator('main h2').first().waitFor();
      }
      await dashboard.getByTestId('data-overview').waitFor();
      const [download] = await Promise.all([
        dashboard.waitForEvent('download'),
        dashboard.getByTestId('data-backup-button').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^指尖账本备份-\d{4}-\d{2}-\d{2}\.json$/);
      const backupText = readFileSync(await download.path(), 'utf8');
      const backup = JSON.parse(backupText);
      expect(backup.format).toBe('fingertip-ledger-backup');
      expect(backup.data.spans.map((span: RecordedSpan) => span.platformId)).toEqual(
        expect.arrayContaining(['xuexi', 'zjzwfw']),
      );
      for (const secret of SECRETS) expect(backupText).not.toContain(secret);
      await dashboard.screenshot({ path: 'test-output/privacy-data-page.png', fullPage: true });

      // Even asked directly, the extension's pages and its worker cannot reach the network: the CSP refuses.
      const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith(ownOrigin));
      const blockedFromWorker = await worker?.evaluate(() =>
        fetch('http://www.xuexi.cn/canary').then(
          () => 'reached',
          () => 'blocked',
        ),
      );
      const blockedFromPage = await dashboard.evaluate(() =>
        fetch('http://www.xuexi.cn/canary').then(
          () => 'reached',
          () => 'blocked',
        ),
      );
      expect(blockedFromWorker).toBe('blocked');
      expect(blockedFromPage).toBe('blocked');

      // Wipe from the data page; tracking goes on: a new span is recorded after it.
      // The word to type is in the label, in the browser's language (清除, or erase).
      await dashboard.getByTestId('data-wipe-start').click();
      const word = /“(.+?)”/.exec((await dashboard.getByTestId('data-wipe-label').textContent()) ?? '')?.[1];
      expect(word).toBeTruthy();
      await dashboard.getByTestId('data-wipe-confirm').fill(word!);
      await dashboard.getByTestId('data-wipe-submit').click();
      await dashboard.getByTestId('data-wipe-notice').waitFor();
      const wipedAt = Date.now();
      const emptied = await readDatabase(session);
      for (const [table, rows] of Object.entries(emptied)) {
        if (table !== 'openSpan') expect(rows, table).toEqual([]);
      }
      await page.bringToFront();
      await injectSignals(session, {});
      await visit(siteUrl(xuexi));
      await sleep(3_000);
      await visit(siteUrl(news));
      await sleep(1_000);
      const afterWipe = await readDatabase(session);
      const newSpans = (afterWipe.spans ?? []) as RecordedSpan[];
      expect(newSpans.some((span) => span.platformId === 'xuexi' && span.start >= wipedAt)).toBe(true);
      const everything = JSON.stringify(afterWipe);
      for (const secret of [...SECRETS, 'http']) expect(everything).not.toContain(secret);

      // The verdict on the network: nothing but the test's own navigations and the extension's own files.
      expect(seen.some((request) => request.url === control && !request.navigation)).toBe(true);
      const offending = seen.filter((request) => {
        if (request.url === control) return false;
        const url = new URL(request.url);
        // The extension loading its own pages and scripts never leaves the browser.
        if (request.url.startsWith(ownOrigin)) return false;
        const byTheTest =
          request.navigation &&
          request.serviceWorker === null &&
          FIXTURE_HOSTS.has(url.host) &&
          navigatedTo.has(url.host) &&
          !(request.frameUrl ?? '').startsWith('chrome-extension:');
        return !byTheTest;
      });
      console.log(
        'requests seen:',
        seen.length,
        JSON.stringify(seen.map((request) => `${request.method} ${request.url.slice(0, 60)}`).slice(0, 12)),
      );
      expect(seen.some((request) => request.navigation && request.url.includes(xuexi.host))).toBe(true);
      expect(offending).toEqual([]);
      expect(
        routed.filter((url) => !url.startsWith(ownOrigin) && !FIXTURE_HOSTS.has(new URL(url).host)),
      ).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
