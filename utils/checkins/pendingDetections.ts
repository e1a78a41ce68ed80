/**
 * Detected check-ins nobody has confirmed or rejected yet ("待确认"), by day: the popup and the period views point
 * to the days that still have some, so they can be reviewed in the day editor.
 */
import type { Checkin } from './checkin';

/** A detection still waiting for the user's word: neither confirmed nor rejected. */
export function isPendingDetection(checkin: Pick<Checkin, 'source' | 'confirmed'>): boolean {
  return checkin.source === 'detected' && checkin.confirmed === undefined;
}

export interface PendingDay {
  /** local yyyy-MM-dd */
  day: string;
  count: number;
}

/** The days with pending detections among `checkins`, latest first, each with how many. */
export function pendingDetectionDays(
  checkins: readonly Pick<Checkin, 'day' | 'source' | 'confirmed'>[],
  inRange: (day: string) => boolean = () => true,
): PendingDay[] {
  const counts = new Map<string, number>();
  for (const checkin of checkins) {
    if (isPendingDetection(checkin) && inRange(checkin.day)) {
      counts.set(checkin.day, (counts.get(checkin.day) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([day, count]) => ({ day, count }))
    .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}
