/**
 * The welcome tab of a fresh install. Only the production build opens it (the e2e build compiles it out, see
 * entrypoints/background/firstRun.ts), so the e2e tests that count or drive tabs never see it; the demo, the
 * screenshots and the welcome test load the production build and take the tab here.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './extensionHarness';

/** `npm run build`: what a user installs. */
export const PRODUCTION_BUILD_DIR = resolve('.output/chrome-mv3');

/** The welcome tab the install opened, once it has drawn its page. */
export async function waitForWelcomePage(session: ExtensionSession, ms = 15_000): Promise<Page> {
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  const page =
    session.context.pages().find(isWelcome) ??
    (await session.context.waitForEvent('page', { predicate: isWelcome, timeout: ms }));
  await page.waitForSelector('[data-testid="welcome-setup"]', { timeout: ms });
  return page;
}

/** Closes the welcome tab, for runs of the production build that want only their own tabs. */
export async function closeWelcomePage(session: ExtensionSession): Promise<void> {
  const page = await waitForWelcomePage(session).catch(() => null);
  await page?.close();
}
