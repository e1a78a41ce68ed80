/** The check-in type the keyboard shortcut logs: the one the user logs by hand most often lately. */
import { CHECKIN_TYPES, type CheckinType, type NewCheckin } from './checkin';

/** How far back "lately" reaches. */
export const MOST_USED_WINDOW_DAYS = 30;

export const DEFAULT_SHORTCUT_TYPE: CheckinType = '签到打卡';

/**
 * The most frequent type among manual check-ins of `firstDay` (yyyy-MM-dd) or later; a tie goes to the type
 * logged last, so a new habit wins over an old one (then the taxonomy's order); without any manual check-in, 签到打卡. Detections are left
 * out: the shortcut stands for what the user logs by hand, not for what pages report by themselves.
 */
export function mostUsedCheckinType(checkins: readonly NewCheckin[], firstDay: string): CheckinType {
  const counts = new Map<CheckinType, { count: number; lastAt: number }>();
  for (const checkin of checkins) {
    if (checkin.source !== 'manual' || checkin.day < firstDay || !CHECKIN_TYPES.includes(checkin.type))
      continue;
    const entry = counts.get(checkin.type) ?? { count: 0, lastAt: Number.NEGATIVE_INFINITY };
    entry.count += 1;
    entry.lastAt = Math.max(entry.lastAt, checkin.at);
    counts.set(checkin.type, entry);
  }
  let best: CheckinType = DEFAULT_SHORTCUT_TYPE;
  let bestEntry: { count: number; lastAt: number } | undefined;
  for (const [type, entry] of counts) {
    if (
      bestEntry === undefined ||
      entry.count > bestEntry.count ||
      (entry.count === bestEntry.count && entry.lastAt > bestEntry.lastAt) ||
      (entry.count === bestEntry.count &&
        entry.lastAt === bestEntry.lastAt &&
        CHECKIN_TYPES.indexOf(type) < CHECKIN_TYPES.indexOf(best))
    ) {
      best = type;
      bestEntry = entry;
    }
  }
  return best;
}
