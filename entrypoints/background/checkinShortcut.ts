/** The keyboard shortcut: logs the user's most used check-in type now, and says so on the badge for a moment. */
import type { Checkin, NewCheckin } from '../../utils/checkins/checkin';
import { MOST_USED_WINDOW_DAYS, mostUsedCheckinType } from '../../utils/checkins/mostUsedCheckinType';
import { shiftDay } from '../../utils/stats/localTime';
import { localDay } from '../../utils/tracking/splitAtMidnight';
import type { Badge } from './badge';

/** The name of the `commands` entry in wxt.config.ts. */
export const LOG_CHECKIN_COMMAND = 'log-checkin';
export const BADGE_FLASH_MS = 2_000;

export interface ShortcutStore {
  checkinsBetweenDays(firstDay: string, lastDay: string): Promise<Checkin[]>;
  logCheckin(checkin: NewCheckin): Promise<number>;
}

export interface CheckinShortcut {
  /** Logs the check-in and flashes '+1' (or '!' when the database refused it). Never throws: it runs in a listener. */
  logFromShortcut(): Promise<Checkin | null>;
}

export function createCheckinShortcut(deps: {
  store: ShortcutStore;
  now: () => number;
  badge: Badge;
}): CheckinShortcut {
  const { store, badge } = deps;
  return {
    async logFromShortcut() {
      const now = deps.now();
      const day = localDay(now);
      try {
        // The last 30 days, today included.
        const firstDay = shiftDay(day, -(MOST_USED_WINDOW_DAYS - 1));
        const recent = await store.checkinsBetweenDays(firstDay, day);
        const entry = {
          at: now,
          day,
          platformId: null,
          type: mostUsedCheckinType(recent, firstDay),
          source: 'manual',
        } as const;
        const id = await store.logCheckin(entry);
        await badge.flash('+1', BADGE_FLASH_MS);
        return { ...entry, id };
      } catch (error) {
        console.error('[指尖账本] the shortcut could not log a check-in', error);
        await badge.flash('!', BADGE_FLASH_MS).catch(() => undefined);
        return null;
      }
    },
  };
}
