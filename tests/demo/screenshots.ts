/**
 * `npm run screenshots`: the guide's pictures (docs/images/*.png), taken from the built extension in Chromium, never
 * drawn: the welcome page of a fresh install, the browser's extensions page with the extension loaded, then, with
 * the demo's sample ledger (marked 示例数据) and a short visit of the simulated platforms, the popup, the week view,
 * the summary page, the data page and the settings.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { localDayOf } from '../../utils/stats/localTime';
import {
  chooseExtensionLanguage,
  type ExtensionSession,
  launchExtension,
  sleep,
} from '../e2e/extensionHarness';
import { PRODUCTION_BUILD_DIR, waitForWelcomePage } from '../e2e/firstRunHarness';
import { SITES, siteUrl, startFixtureServer } from '../fixtures/simulatedPlatforms';
import { sampleLedger } from './sampleLedger';
import { newDemoProfileDir, seedSampleLedger } from './seedSampleLedger';

const IMAGES = resolve('docs/images');
const SAMPLE_SEED = 2026;

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  // Charts draw after their data and Chart.js arrive; fonts after first use.
  await sleep(1_500);
  await page.screenshot({ path: `${IMAGES}/${name}.png`, fullPage });
  console.log(`docs/images/${name}.png`);
}

async function welcomeInChinese(session: ExtensionSession): Promise<void> {
  const welcome = await waitForWelcomePage(session);
  await welcome.setViewportSize({ width: 1100, height: 900 });
  if ((await welcome.locator('h1').textContent()) !== '欢迎使用指尖账本') {
    await welcome.getByTestId('welcome-language').selectOption('zh_CN');
    await welcome.locator('h1', { hasText: '欢迎使用指尖账本' }).waitFor();
  }
  await shoot(welcome, 'welcome');
  await welcome.close();
}

/** The browser's own extensions page, 开发者模式 on, as a user sees it after loading the unzipped folder. */
async function extensionsPage(session: ExtensionSession): Promise<void> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 640 });
  await page.goto('chrome://extensions/');
  const toggle = page.locator('#devMode');
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await shoot(page, 'extensions', false);
  await page.close();
}

async function main(): Promise<void> {
  mkdirSync(IMAGES, { recursive: true });
  const server = await startFixtureServer();
  const session = await launchExtension({
    hostResolverRules: server.hostResolverRules,
    extensionDir: PRODUCTION_BUILD_DIR,
    lang: 'zh-CN',
    userDataDir: newDemoProfileDir(),
  });
  try {
    await welcomeInChinese(session);
    await extensionsPage(session);

    const now = Date.now();
    await seedSampleLedger(session, sampleLedger(SAMPLE_SEED, now, localDayOf(now)));
    await chooseExtensionLanguage(session, 'zh_CN');
    // A short visit, so that today has live records on top of the sample.
    const visit = await session.context.newPage();
    for (const site of SITES.filter((each) => each.expectedPlatformId !== null).slice(0, 3)) {
      await visit.goto(siteUrl(site));
      await sleep(2_000);
    }

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 640 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.getByTestId('checkin-shortcut').waitFor();
    await shoot(popup, 'popup');
    await popup.close();
    await visit.close();

    const dashboard = session.probe;
    await dashboard.setViewportSize({ width: 1280, height: 900 });
    const pages: [hash: string, name: string, ready: string][] = [
      ['#week', 'week', 'period-total'],
      ['#share', 'share', 'share-copy'],
      ['#data', 'data', 'data-wipe-start'],
      ['#settings', 'settings', 'reopen-welcome'],
    ];
    for (const [hash, name, ready] of pages) {
      await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html${hash}`);
      await dashboard.getByTestId(ready).waitFor({ timeout: 15_000 });
      await shoot(dashboard, name);
    }
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
