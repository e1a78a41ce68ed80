/** The keyboard shortcut: logs the user's most used check-in type now, and says so on the badge for a moment. */
import { browser } from 'wxt/browser';
import type { Checkin } from '../../utils/checkins/checkin';
import { MOST_USED_WINDOW_DAYS, mostUsedCheckinType } from '../../utils/checkins/mostUsedCheckinType';
import { checkinsBetweenDays, logCheckin } from '../../utils/db/checkinStore';
import { shiftDay } from '../../utils/stats/localTime';
import { localDay } from '../../utils/tracking/splitAtMidnight';

/** The name of the `commands` entry in wxt.config.ts. */
export const LOG_CHECKIN_COMMAND = 'log-checkin';
export const BADGE_FLASH_MS = 2_000;
const LOGGED_BADGE = '+1';
const FAILED_BADGE = '!';

/** Logs the check-in and flashes '+1' (or '!' when the database refused it). Never throws: it runs in a listener. */
export async function logCheckinFromShortcut(): Promise<Checkin | null> {
  const now = Date.now();
  const day = localDay(now);
  try {
    // The last 30 days, today included.
    const firstDay = shiftDay(day, -(MOST_USED_WINDOW_DAYS - 1));
    const recent = await checkinsBetweenDays(firstDay, day);
    const checkin: Checkin = {
      at: now,
      day,
      platformId: null,
      type: mostUsedCheckinType(recent, firstDay),
      source: 'manual',
    };
    checkin.id = await logCheckin(checkin);
    await flashBadge(LOGGED_BADGE);
    return checkin;
  } catch (error) {
    console.error('[指尖账本] the shortcut could not log a check-in', error);
    await flashBadge(FAILED_BADGE).catch(() => undefined);
    return null;
  }
}

/** The badge text from before the flash showing now (read once, synchronously claimed), or null when none is. */
let textBeforeFlash: Promise<string> | null = null;
let restoreTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Shows `text` on the badge for BADGE_FLASH_MS, then puts back what was there, unless the tracker has put up
 * a badge of its own meanwhile (it is then the truth). A second flash during the first extends it.
 */
async function flashBadge(text: string): Promise<void> {
  textBeforeFlash ??= browser.action.getBadgeText({});
  const before = textBeforeFlash;
  await before;
  await browser.action.setBadgeText({ text });
  clearTimeout(restoreTimer);
  restoreTimer = setTimeout(() => {
    textBeforeFlash = null;
    void Promise.all([before, browser.action.getBadgeText({})])
      .then(([previous, shown]) =>
        shown === text ? browser.action.setBadgeText({ text: previous }) : undefined,
      )
      .catch(() => undefined);
  }, BADGE_FLASH_MS);
}
