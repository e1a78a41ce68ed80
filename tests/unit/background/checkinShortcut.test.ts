import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_FLASH_MS } from '../../../entrypoints/background/checkinShortcut';
import type { Checkin, NewCheckin } from '../../../utils/checkins/checkin';
import { logCheckin } from '../../../utils/db/checkinStore';
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import { freshDatabase } from '../db/testDatabase';
import { startWorker } from './workerFixture';

let database: LedgerDatabase;
const NOW = new Date('2026-11-23T08:55:00+08:00').getTime();
const DAY_MS = 86_400_000;

/** A fresh worker's shortcut and badge, the clock at NOW (fake timers). */
async function freshWorker() {
  const worker = startWorker();
  return {
    logCheckinFromShortcut: () => worker.shortcut.logFromShortcut(),
    badge: worker.badge,
    BADGE_FLASH_MS,
  };
}

const manual = (type: Checkin['type'], daysAgo: number): NewCheckin => {
  const at = NOW - daysAgo * DAY_MS;
  const day = new Date(at).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  return { at, day, platformId: null, type, source: 'manual' };
};

beforeEach(() => {
  fakeBrowser.reset();
  database = freshDatabase();
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the log-checkin shortcut', () => {
  it('logs 签到打卡 now, by hand, when nothing was logged by hand yet', async () => {
    const { logCheckinFromShortcut } = await freshWorker();
    await logCheckinFromShortcut();
    expect(await database.checkins.toArray()).toEqual([
      { id: 1, at: NOW, day: '2026-11-23', platformId: null, type: '签到打卡', source: 'manual' },
    ]);
  });

  it('logs the type the user logged by hand most in the last 30 days, whatever pages detected', async () => {
    await logCheckin(manual('截图上报', 1));
    await logCheckin(manual('截图上报', 3));
    await logCheckin(manual('群内接龙/回复收到', 2));
    // Older than 30 days: no longer a habit.
    for (const daysAgo of [31, 32, 33]) await logCheckin(manual('学习积分', daysAgo));
    // Detections are what pages report, not what the user reaches for.
    for (let i = 0; i < 5; i += 1) {
      await logCheckin({ ...manual('点赞转发投票', 0), source: 'detected', platformId: 'xuexi' });
    }
    const { logCheckinFromShortcut } = await freshWorker();
    const logged = await logCheckinFromShortcut();
    expect(logged?.type).toBe('截图上报');
    expect(
      await database.checkins
        .where('at')
        .equals(NOW)
        .filter((c) => c.source === 'manual')
        .count(),
    ).toBe(1);
  });

  it('flashes +1 on the badge for two seconds, then shows the timer badge again', async () => {
    const { logCheckinFromShortcut, badge } = await freshWorker();
    await badge.showTracker({ kind: 'timing', platformName: '学习强国', media: false });
    await logCheckinFromShortcut();
    expect(await browser.action.getBadgeText({})).toBe('+1');
    await vi.advanceTimersByTimeAsync(BADGE_FLASH_MS - 100);
    expect(await browser.action.getBadgeText({})).toBe('+1');
    await vi.advanceTimersByTimeAsync(200);
    expect(await browser.action.getBadgeText({})).toBe('●');
  });

  it('keeps the flash through heartbeats that change nothing, and two quick presses make one longer flash', async () => {
    const { logCheckinFromShortcut, badge } = await freshWorker();
    const timing = { kind: 'timing', platformName: '学习强国', media: false } as const;
    await badge.showTracker(timing);
    await logCheckinFromShortcut();
    await vi.advanceTimersByTimeAsync(BADGE_FLASH_MS / 2);
    await Promise.all([logCheckinFromShortcut(), badge.showTracker(timing)]);
    await vi.advanceTimersByTimeAsync(BADGE_FLASH_MS - 100);
    expect(await browser.action.getBadgeText({})).toBe('+1');
    await vi.advanceTimersByTimeAsync(200);
    expect(await browser.action.getBadgeText({})).toBe('●');
    expect(await database.checkins.count()).toBe(2);
  });

  it('gives way at once when the tracker has news during the flash', async () => {
    const { logCheckinFromShortcut, badge } = await freshWorker();
    await badge.showTracker({ kind: 'timing', platformName: '学习强国', media: false });
    await logCheckinFromShortcut();
    await badge.showTracker({ kind: 'idle' }); // the tracker stopped timing meanwhile
    expect(await browser.action.getBadgeText({})).toBe('');
    await vi.advanceTimersByTimeAsync(BADGE_FLASH_MS + 10);
    expect(await browser.action.getBadgeText({})).toBe('');
  });

  it('shows ! instead of +1 and logs nothing when the database refuses the write', async () => {
    const { logCheckinFromShortcut } = await freshWorker();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    database.close();
    expect(await logCheckinFromShortcut()).toBeNull();
    expect(await browser.action.getBadgeText({})).toBe('!');
  });
});
