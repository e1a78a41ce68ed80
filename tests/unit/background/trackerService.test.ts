import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ledgerDatabase } from '../../../utils/db/ledgerDatabase';
import { readStoredOpenSpan, saveOpenSpan } from '../../../utils/db/openSpanStore';
import { saveSettings } from '../../../utils/db/settingsStore';
import { allSpans } from '../../../utils/db/spanStore';
import type { Observation } from '../../../utils/tracking/observation';
import { freshDatabase } from '../db/testDatabase';
import { startWorker } from './workerFixture';

/** What the browser shows now; the tests move it and then fire the tracker as the background's listeners would. */
let shown: Observation;

const tab = (url: string | undefined, tabId = 1) => ({ tabId, windowId: 1, url, audible: false });
const looking = (url: string | undefined): Observation => ({
  focusedWindowId: 1,
  activeTab: tab(url),
  audibleTabs: [],
  idle: 'active',
  paused: false,
});
const XUEXI = 'https://www.xuexi.cn/index.html';
const ZJZWFW = 'https://www.zjzwfw.gov.cn/';

let clock = new Date('2026-11-23T09:00:00+08:00').getTime();
const advance = (seconds: number) => {
  clock += seconds * 1000;
};

/** A fresh worker: a new service, database and storage kept (as after Chrome stops the worker). */
async function freshWorker() {
  return startWorker({ observe: async () => shown, now: () => clock }).tracker;
}

beforeEach(() => {
  fakeBrowser.reset();
  freshDatabase();
  clock = new Date('2026-11-23T09:00:00+08:00').getTime();
  shown = looking(undefined);
});

describe('the background tracker service', () => {
  it('records the time on a platform when the user leaves it, and marks the badge while timing', async () => {
    const worker = await freshWorker();
    await worker.start();
    shown = looking(XUEXI);
    await worker.observeChange();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('●');
    advance(90 - 1);
    await worker.heartbeat();
    advance(31);
    shown = looking('https://www.baidu.com/s?wd=张建国');
    await worker.observeChange();
    const spans = await allSpans();
    expect(spans.map((s) => [s.platformId, (s.end - s.start) / 1000])).toEqual([['xuexi', 120]]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(JSON.stringify(spans)).not.toContain('baidu');
  });

  it('goes on with the span after the worker is stopped and started again', async () => {
    let worker = await freshWorker();
    await worker.start();
    shown = looking(ZJZWFW);
    await worker.observeChange();
    advance(20);
    worker = await freshWorker(); // Chrome stopped the worker; the tab switch below wakes it
    shown = looking(XUEXI);
    await worker.start();
    advance(10);
    shown = looking(undefined);
    await worker.observeChange();
    const spans = await allSpans();
    expect(spans.map((s) => [s.platformId, (s.end - s.start) / 1000])).toEqual([
      ['zjzwfw', 20],
      ['xuexi', 10],
    ]);
  });

  it('survives a corrupt open-span row at start-up and replaces it', async () => {
    await saveOpenSpan({ platformId: '', kind: 'video', start: 'yesterday', lastBeat: null } as never);
    const worker = await freshWorker();
    shown = looking(XUEXI);
    await expect(worker.start()).resolves.toBeUndefined();
    expect(await readStoredOpenSpan()).toMatchObject({ platformId: 'xuexi', start: clock });
    expect(await allSpans()).toEqual([]);
  });

  it('counts an event delivered twice, or a closed tab, without losing or doubling time', async () => {
    const worker = await freshWorker();
    await worker.start();
    shown = looking(XUEXI);
    await worker.observeChange();
    await worker.observeChange();
    advance(30);
    await Promise.all([worker.observeChange(), worker.heartbeat()]);
    advance(15);
    shown = { ...looking(undefined), activeTab: null }; // the tab was closed
    await worker.observeChange();
    await worker.observeChange();
    const spans = await allSpans();
    expect(spans.map((s) => (s.end - s.start) / 1000)).toEqual([45]);
  });

  it('ignores chrome:// pages, file:// pages and unparseable URLs', async () => {
    const worker = await freshWorker();
    await worker.start();
    for (const url of ['chrome://extensions/', 'file:///home/user/名单.xlsx', 'not a url', '']) {
      shown = looking(url);
      await worker.observeChange();
      advance(10);
    }
    expect(await allSpans()).toEqual([]);
    expect(await readStoredOpenSpan()).toBeNull();
  });

  it('keeps tracking in memory while the database refuses writes, and writes everything once it can', async () => {
    const worker = await freshWorker();
    await worker.start();
    shown = looking(XUEXI);
    await worker.observeChange();
    advance(40);
    ledgerDatabase().close({ disableAutoOpen: true }); // writes now fail, as with a full disk
    shown = looking(ZJZWFW);
    await worker.observeChange();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    const stored = await fakeBrowser.storage.local.get(['storageError', 'parkedSpans']);
    expect(stored.storageError).toBeTruthy();
    expect(stored.parkedSpans).toHaveLength(1);

    await ledgerDatabase().open();
    advance(25);
    shown = looking(undefined);
    await worker.observeChange();
    const spans = await allSpans();
    expect(spans.map((s) => [s.platformId, (s.end - s.start) / 1000])).toEqual([
      ['xuexi', 40],
      ['zjzwfw', 25],
    ]);
    expect(await fakeBrowser.storage.local.get(['storageError', 'parkedSpans'])).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('records nothing while the user has paused tracking, and starts again when the pause ends', async () => {
    await saveSettings({ pausedUntil: clock + 60_000 });
    const worker = await freshWorker();
    await worker.start();
    shown = looking(XUEXI);
    await worker.observeChange();
    advance(30);
    await worker.heartbeat();
    expect(await readStoredOpenSpan()).toBeNull();
    advance(40);
    await worker.heartbeat();
    advance(20);
    shown = looking(undefined);
    await worker.observeChange();
    expect((await allSpans()).map((s) => [s.platformId, (s.end - s.start) / 1000])).toEqual([['xuexi', 20]]);
  });
});
