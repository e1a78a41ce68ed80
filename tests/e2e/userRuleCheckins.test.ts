/// <reference types="chrome" />
/**
 * Check-ins on the user's own platform, in Chromium: a county OA system (oa.example-county.org, served on loopback
 * through --host-resolver-rules) is on no list, so a 签到 clicked there is detected by nothing; once the user saves
 * a rule for it on the rules page, the check-in script is registered for its host and the same click is logged.
 *
 * How the permission is granted: headless Chromium cannot click the browser's permission prompt. The e2e build
 * (mode e2e in wxt.config.ts, and only it) lists `*://oa.example-county.org/*` in `host_permissions`, so the
 * extension holds that host from install and `permissions.request()` from the rules page answers true at once,
 * without a prompt. Everything after that is the production path: the page's request inside the click, the rule
 * saved, the background's `scripting.registerContentScripts`, the content script and the check-in message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checkin } from '../../utils/checkins/checkin';
import { type FixtureServer, siteByHost, siteUrl } from '../fixtures/simulatedPlatforms';
import {
  chooseExtensionLanguage,
  closeFixtureSession,
  type ExtensionSession,
  eventually,
  openTrackedPage,
  openWatchedPage,
  readDatabase,
  sleep,
  startFixtureSession,
  userRuleScriptMatches,
} from './extensionHarness';

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  ({ server, session } = await startFixtureSession());
});
afterAll(() => closeFixtureSession({ server, session }));

async function checkins(): Promise<Checkin[]> {
  return ((await readDatabase(session)).checkins ?? []) as Checkin[];
}

const registeredMatches = () => userRuleScriptMatches(session);

describe('check-ins on a user rule host in Chromium', () => {
  it('detects nothing before the rule exists, and logs a real 签到 click once the rule is saved', async () => {
    const oa = siteByHost('oa.example-county.org');

    // Before the rule: the host is granted (e2e manifest) but no rule names it, so no script runs and nothing is logged.
    expect(await registeredMatches()).toEqual([]);
    const before = await openWatchedPage(session, siteUrl(oa));
    await sleep(1_000);
    await before.page.click('#checkin');
    await sleep(1_500);
    expect(before.contentScriptRan()).toBe(false);
    await before.page.close();
    expect(await checkins()).toEqual([]);

    // The rule, saved through the rules page as a user would.
    await chooseExtensionLanguage(session, 'zh_CN');
    const dashboard = await session.context.newPage();
    await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html#rules`);
    await dashboard.getByLabel('名称').fill('县协同办公');
    await dashboard.getByLabel('网址规则', { exact: false }).fill(siteUrl(oa));
    await dashboard.getByTestId('host-access-why').waitFor();
    await dashboard.getByRole('button', { name: '保存这个平台' }).click();
    const detection = dashboard.locator('[data-testid="own-rules"] [data-testid="checkin-detection"]');
    await expect.poll(() => detection.textContent(), { timeout: 10_000 }).toBe('已开启');
    const rule = ((await readDatabase(session)).platforms as { id: string; name: string }[]).find(
      (row) => row.name === '县协同办公',
    );
    expect(rule).toBeDefined();
    await expect.poll(registeredMatches, { timeout: 10_000 }).toEqual(['*://oa.example-county.org/*']);

    // On the host, a real click on 签到 is logged as a check-in of the user's platform.
    const page = await openTrackedPage(session, siteUrl(oa));
    await page.click('#checkin');
    const logged = await eventually(checkins, (rows) => rows.length > 0);
    expect(logged).toMatchObject([{ platformId: rule?.id, source: 'detected' }]);
    await page.close();

    // Deleting the rule takes the registration away.
    await dashboard.getByRole('button', { name: '删除' }).click();
    await expect.poll(registeredMatches, { timeout: 10_000 }).toEqual([]);
    await dashboard.close();
  });
});
