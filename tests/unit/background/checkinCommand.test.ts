import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Checkin } from '../../../utils/checkins/checkin';
import { logCheckin } from '../../../utils/db/checkinStore';
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import { freshDatabase } from '../db/testDatabase';

let database: LedgerDatabase;
const NOW = new Date('2026-11-23T08:55:00+08:00').getTime();
const DAY_MS = 86_400_000;

async function freshWorker() {
  vi.resetModules();
  (await import('../../../utils/db/ledgerDatabase')).useLedgerDatabase(database);
  return import('../../../entrypoints/background/checkinCommand');
}

const manual = (type: Checkin['type'], daysAgo: number): Omit<Checkin, 'id'> => {
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
    await browser.action.setBadgeText({ text: '●' });
    const { logCheckinFromShortcut, BADGE_FLASH_MS } = await freshWorker();
    await logCheckinFromShortcut();
    expect(await browser.action.getBadgeText({})).toBe('+1');
    await vi.advanceTimersByTimeAsync(BADGE_FLASH_MS - 100);
    expect(await browser.action.getBadgeText({})).toBe('+1');
    await vi.advanceTimersByTimeAsync(200);
    expect(await browser.action.getBadgeText({})).toBe('●');
  });

  it('keeps a badge the tracker put up during the flash, and two quick presses restore the badge from before both', async () => {
    const { logCheckinFromShortcut, BADGE_FLASH_MS } = await freshWorker();
    await browser.action.setBadgeText({ text: '●' });
    await Promise.all([logCheckinFromShortcut(), logCheckinFromShortcut()]);
    await vi.advanceTimersByTimeAsync(BADGE_FLASH_MS + 10);
    expect(await browser.action.getBadgeText({})).toBe('●');
    expect(await database.checkins.count()).toBe(2);

    await logCheckinFromShortcut();
    await browser.action.setBadgeText({ text: '' }); // the tracker stopped timing meanwhile
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
