/**
 * The demo's sample ledger in Chromium: seeded into a demo profile, it fills the week view, and every extension page
 * says 示例数据 while it is there; wiping the data takes the mark with it. Seeding any other profile is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDayOf } from '../../utils/stats/localTime';
import { sampleLedger } from '../demo/sampleLedger';
import { newDemoProfileDir, seedSampleLedger } from '../demo/seedSampleLedger';
import {
  chooseExtensionLanguage,
  type ExtensionSession,
  launchExtension,
  newProfileDir,
} from './extensionHarness';

let session: ExtensionSession;
const page = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

beforeAll(async () => {
  session = await launchExtension({ hostResolverRules: 'MAP * ~NOTFOUND', userDataDir: newDemoProfileDir() });
  const now = Date.now();
  await seedSampleLedger(session, sampleLedger(2026, now, localDayOf(now)));
  await chooseExtensionLanguage(session, 'zh_CN');
}, 90_000);

afterAll(async () => {
  await session?.close();
});

describe('the sample ledger of the demo', () => {
  it('shows real-looking weeks, marked 示例数据 on every page', async () => {
    const tab = await session.context.newPage();
    for (const path of ['dashboard.html#week', 'dashboard.html#settings', 'popup.html', 'welcome.html']) {
      await tab.goto(page(path));
      await expect
        .poll(() => tab.getByTestId('sample-data-banner').textContent(), { timeout: 10_000 })
        .toContain('示例数据');
    }
    await tab.goto(page('dashboard.html#week'));
    await expect
      .poll(() => tab.getByTestId('period-total').textContent(), { timeout: 10_000 })
      .toMatch(/小时/);
    await tab.close();
  }, 60_000);

  it('loses its mark with the data when the user wipes everything', async () => {
    const tab = await session.context.newPage();
    await tab.goto(page('dashboard.html#data'));
    await tab.getByTestId('sample-data-banner').waitFor();
    // As a user wipes: the Data page's button, the confirmation word typed.
    await tab.getByTestId('data-wipe-start').click();
    const word = /“(.+?)”/.exec((await tab.getByTestId('data-wipe-label').textContent()) ?? '')?.[1];
    expect(word).toBeTruthy();
    await tab.getByTestId('data-wipe-confirm').fill(word!);
    await tab.getByTestId('data-wipe-submit').click();
    await expect.poll(() => tab.getByTestId('sample-data-banner').count(), { timeout: 10_000 }).toBe(0);
    await tab.reload();
    await tab.locator('main').waitFor();
    expect(await tab.getByTestId('sample-data-banner').count()).toBe(0);
    await tab.close();
  }, 60_000);

  it('is never written into a profile the demo did not make', async () => {
    const other = await launchExtension({
      hostResolverRules: 'MAP * ~NOTFOUND',
      userDataDir: newProfileDir(),
    });
    try {
      await expect(
        seedSampleLedger(other, sampleLedger(2026, Date.now(), localDayOf(Date.now()))),
      ).rejects.toThrow(/not the demo's own profile/);
    } finally {
      await other.close();
    }
  }, 60_000);
});
