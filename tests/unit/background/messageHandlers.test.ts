import { beforeEach, describe, expect, it } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Checkin, FormFingerprint } from '../../../utils/checkins/checkin';
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import { saveSettings } from '../../../utils/db/settingsStore';
import { freshDatabase } from '../db/testDatabase';
import { startWorker } from './workerFixture';

const XUEXI_PAGE = 'https://www.xuexi.cn/points/index.html?user=zhangjg';
const ZJZWFW_PAGE = 'https://www.zjzwfw.gov.cn/report/form.html';
const UNTRACKED_PAGE = 'https://news.example.com/article/1';
const HASH = 'a'.repeat(64);

/** What Chrome tells the background about a message from a content script in tab `tabId`. */
function fromPage(url: string, tabId = 7, frameUrl = url): Browser.runtime.MessageSender {
  return {
    id: browser.runtime.id,
    url: frameUrl,
    frameId: frameUrl === url ? 0 : 3,
    tab: { id: tabId, url, index: 0, windowId: 1, active: true } as Browser.tabs.Tab,
  };
}

let database: LedgerDatabase;
let clock = new Date('2026-11-23T09:00:00+08:00').getTime();
const advance = (seconds: number) => {
  clock += seconds * 1000;
};

/** A fresh worker (no throttle state) on the test's database; messages go through the background's own dispatch. */
async function freshWorker() {
  return startWorker({ now: () => clock }).send;
}

const checkins = (): Promise<Checkin[]> => database.checkins.toArray();
const fingerprints = (): Promise<FormFingerprint[]> => database.fingerprints.toArray();

beforeEach(() => {
  fakeBrowser.reset();
  database = freshDatabase();
  clock = new Date('2026-11-23T09:00:00+08:00').getTime();
});

describe('a check-in detected on a page', () => {
  it('is logged now, for the platform of the page it came from, as a detection', async () => {
    const send = await freshWorker();
    expect(await send({ type: 'checkinDetected', checkinType: '签到打卡' }, fromPage(XUEXI_PAGE))).toEqual({
      ok: true,
    });
    expect(await checkins()).toEqual([
      { id: 1, at: clock, day: '2026-11-23', platformId: 'xuexi', type: '签到打卡', source: 'detected' },
    ]);
  });

  it('counts for the framed system when a tracked platform is shown inside another page', async () => {
    const send = await freshWorker();
    await send({ type: 'checkinDetected', checkinType: '数据填报' }, fromPage(XUEXI_PAGE, 7, ZJZWFW_PAGE));
    expect((await checkins()).map((checkin) => checkin.platformId)).toEqual(['zjzwfw']);
  });

  it('counts for the tab when the frame has no address of its own (about:blank, srcdoc)', async () => {
    const send = await freshWorker();
    await send(
      { type: 'checkinDetected', checkinType: '点赞转发投票' },
      fromPage(ZJZWFW_PAGE, 7, 'about:blank'),
    );
    expect((await checkins()).map((checkin) => checkin.platformId)).toEqual(['zjzwfw']);
  });

  it('is refused, and nothing logged, from a page on no tracked platform or from outside a tab', async () => {
    const send = await freshWorker();
    await expect(
      send({ type: 'checkinDetected', checkinType: '签到打卡' }, fromPage(UNTRACKED_PAGE)),
    ).rejects.toThrow(/tracked platforms/);
    await expect(
      send(
        { type: 'checkinDetected', checkinType: '签到打卡' },
        { id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') },
      ),
    ).rejects.toThrow(/tracked platforms/);
    await expect(
      send({ type: 'checkinDetected', checkinType: '签到打卡' }, { ...fromPage(XUEXI_PAGE), tab: undefined }),
    ).rejects.toThrow(/tracked platforms/);
    expect(await checkins()).toEqual([]);
  });

  it('never takes a platform, text or values from the message itself', async () => {
    const send = await freshWorker();
    await expect(
      send(
        { type: 'checkinDetected', checkinType: '签到打卡', platformId: 'xuexi' },
        fromPage(UNTRACKED_PAGE),
      ),
    ).rejects.toThrow();
    await expect(
      send({ type: 'checkinDetected', checkinType: '刷分' }, fromPage(XUEXI_PAGE)),
    ).rejects.toThrow();
    expect(await checkins()).toEqual([]);
  });

  it('is not logged while the user has paused tracking', async () => {
    await saveSettings({ pausedUntil: clock + 3_600_000 });
    const send = await freshWorker();
    expect(await send({ type: 'checkinDetected', checkinType: '签到打卡' }, fromPage(XUEXI_PAGE))).toEqual({
      ok: false,
      reason: 'paused',
    });
    expect(await checkins()).toEqual([]);
  });
});

describe('the background rate limits', () => {
  it('logs one of a burst of the same detection, even when the content script is bypassed', async () => {
    const send = await freshWorker();
    for (let click = 0; click < 200; click += 1) {
      await send({ type: 'checkinDetected', checkinType: '签到打卡' }, fromPage(XUEXI_PAGE));
    }
    expect(await checkins()).toHaveLength(1);
  });

  it('caps a platform at 30 detections an hour across its tabs and worker restarts, not another platform', async () => {
    let send = await freshWorker();
    for (let message = 0; message < 100; message += 1) {
      // A new tab, a reload or a restarted worker each time: only the platform's hour counts.
      if (message % 10 === 0) send = await freshWorker();
      await send(
        { type: 'checkinDetected', checkinType: '点赞转发投票' },
        fromPage(XUEXI_PAGE, 100 + message),
      );
      advance(11);
    }
    expect(await checkins()).toHaveLength(30);
    await send({ type: 'checkinDetected', checkinType: '点赞转发投票' }, fromPage(ZJZWFW_PAGE, 8));
    expect(await checkins()).toHaveLength(31);
    advance(3600);
    await send({ type: 'checkinDetected', checkinType: '点赞转发投票' }, fromPage(XUEXI_PAGE, 7));
    expect(await checkins()).toHaveLength(32);
  });
});

describe('a submitted form', () => {
  it('records only its fingerprint, for the sending platform, and logs no second check-in', async () => {
    const send = await freshWorker();
    await send({ type: 'checkinDetected', checkinType: '数据填报' }, fromPage(ZJZWFW_PAGE));
    expect(await send({ type: 'formSubmitted', hash: HASH }, fromPage(ZJZWFW_PAGE))).toEqual({ ok: true });
    expect(await fingerprints()).toEqual([
      { id: 1, hash: HASH, platformId: 'zjzwfw', day: '2026-11-23', at: clock },
    ]);
    expect((await checkins()).map((checkin) => checkin.type)).toEqual(['数据填报']);
  });

  it('is refused from an untracked page, and a malformed hash is refused everywhere', async () => {
    const send = await freshWorker();
    await expect(send({ type: 'formSubmitted', hash: HASH }, fromPage(UNTRACKED_PAGE))).rejects.toThrow();
    await expect(
      send({ type: 'formSubmitted', hash: '张建国13812345678' }, fromPage(ZJZWFW_PAGE)),
    ).rejects.toThrow();
    expect(await fingerprints()).toEqual([]);
  });

  it('caps a platform at 30 fingerprints an hour, whichever tabs send them', async () => {
    const send = await freshWorker();
    for (let form = 0; form < 80; form += 1) {
      const hash = form.toString(16).padStart(64, '0');
      await send({ type: 'formSubmitted', hash }, fromPage(ZJZWFW_PAGE, 100 + form));
    }
    expect(await fingerprints()).toHaveLength(30);
  });
});

describe('the fingerprint salt', () => {
  it('is the same per-install salt for every tracked page, across worker restarts', async () => {
    let send = await freshWorker();
    const first = (await send({ type: 'getFingerprintSalt' }, fromPage(XUEXI_PAGE))) as { salt: string };
    expect(first.salt).toMatch(/^[0-9a-f]{64}$/);
    send = await freshWorker();
    expect(await send({ type: 'getFingerprintSalt' }, fromPage(ZJZWFW_PAGE, 9))).toEqual(first);
  });

  it('is never given to a page on no tracked platform', async () => {
    const send = await freshWorker();
    await expect(send({ type: 'getFingerprintSalt' }, fromPage(UNTRACKED_PAGE))).rejects.toThrow(
      /tracked platforms/,
    );
  });
});

describe('messages the background does not know', () => {
  it.each([
    [{ type: 'getNowTracking' }],
    [{ type: 'wipeEverything' }],
    [{ type: 'checkinDetected' }],
    ['checkinDetected'],
    [null],
  ])('rejects %j and records nothing', async (raw) => {
    const send = await freshWorker();
    await expect(send(raw, fromPage(XUEXI_PAGE))).rejects.toThrow(/unknown message/);
    expect(await checkins()).toEqual([]);
  });

  it('takes a configuration change only from the extension’s own pages', async () => {
    const send = await freshWorker();
    await expect(send({ type: 'configChanged' }, fromPage(XUEXI_PAGE))).rejects.toThrow(/extension pages/);
    expect(
      await send(
        { type: 'configChanged' },
        { id: browser.runtime.id, url: browser.runtime.getURL('/dashboard.html') },
      ),
    ).toEqual({ ok: true });
  });

  it('refuses a detection from a tracked system framed in a reporting channel’s page', async () => {
    const send = await freshWorker();
    await expect(
      send(
        { type: 'checkinDetected', checkinType: '签到打卡' },
        fromPage('https://www.12380.gov.cn/', 7, XUEXI_PAGE),
      ),
    ).rejects.toThrow(/tracked platforms/);
    expect(await checkins()).toEqual([]);
  });
});
