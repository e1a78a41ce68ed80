import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFirstRun } from '../../../entrypoints/background/firstRun';
import { markVersionSeen, readSeenVersion } from '../../../utils/db/metaStore';
import { freshDatabase } from '../db/testDatabase';
import { startWorker } from './workerFixture';

const WELCOME = fakeBrowser.runtime.getURL('/welcome.html');

/** The pages opened (fakeBrowser starts with one blank tab, as a browser window does). */
async function openTabUrls(): Promise<string[]> {
  return (await fakeBrowser.tabs.query({})).flatMap((tab) => (tab.url ? [tab.url] : []));
}

beforeEach(() => {
  fakeBrowser.reset();
  freshDatabase();
});

describe('installing and updating the extension', () => {
  it('opens the welcome page on a fresh install, and counts its version as seen', async () => {
    const worker = startWorker();
    expect(await worker.firstRun.onInstalled({ reason: 'install' })).toBe(true);
    expect(await openTabUrls()).toEqual([WELCOME]);
    expect(await readSeenVersion()).toBe('0.2.0');
  });

  it('opens no tab on an update, and leaves the seen version so the dashboard says what is new', async () => {
    await markVersionSeen('0.1.0');
    const worker = startWorker();
    expect(await worker.firstRun.onInstalled({ reason: 'update' })).toBe(false);
    expect(await openTabUrls()).toEqual([]);
    expect(await readSeenVersion()).toBe('0.1.0');
  });

  it('opens no tab when the browser itself updates, or a shared module does', async () => {
    const worker = startWorker();
    expect(await worker.firstRun.onInstalled({ reason: 'chrome_update' })).toBe(false);
    expect(await worker.firstRun.onInstalled({ reason: 'shared_module_update' })).toBe(false);
    expect(await openTabUrls()).toEqual([]);
    expect(await readSeenVersion()).toBeNull();
  });

  it('opens no tab in the e2e build, but still counts the installed version as seen', async () => {
    const worker = startWorker({ openWelcome: false });
    expect(await worker.firstRun.onInstalled({ reason: 'install' })).toBe(false);
    expect(await openTabUrls()).toEqual([]);
    expect(await readSeenVersion()).toBe('0.2.0');
  });

  it('never throws out of the listener when the tab or the database fails', async () => {
    const firstRun = createFirstRun({
      store: { markVersionSeen: () => Promise.reject(new Error('quota')) },
      version: '0.2.0',
      welcomeUrl: WELCOME,
      openTab: () => Promise.reject(new Error('no window')),
      openWelcome: true,
    });
    const logged = console.error;
    console.error = () => undefined;
    try {
      await expect(firstRun.onInstalled({ reason: 'install' })).resolves.toBe(false);
    } finally {
      console.error = logged;
    }
  });
});
