/** Rate-limits check-in detections, so a page that spams clicks cannot flood the log. */
import type { CheckinType } from './checkin';

/** One detection per type in this window: a double click or an impatient second click is one check-in. */
export const DEFAULT_DETECTION_WINDOW_MS = 10_000;

/** At most this many detections of all types in any hour, whatever a page does. */
export const MAX_DETECTIONS_PER_HOUR = 30;

/**
 * Across every tab and page load, a platform records at most this many detections (and as many form
 * fingerprints) in any hour: reloading or opening tabs cannot multiply what one page may report. One a
 * couple of minutes is more than a person submits by hand; more than that is a page at work, not a person.
 */
export const MAX_DETECTIONS_PER_PLATFORM_PER_HOUR = 30;

const HOUR_MS = 60 * 60 * 1000;

/**
 * A stateful gate with the clock passed in: answers true when a detection of `type` at `now` (epoch ms)
 * should be sent, and remembers it. A clock that moves backwards reopens the gate rather than closing
 * it for the length of the jump.
 */
export function createDetectionThrottle(
  windowMs: number = DEFAULT_DETECTION_WINDOW_MS,
  maxPerHour: number = MAX_DETECTIONS_PER_HOUR,
): (type: CheckinType, now: number) => boolean {
  const lastSentByType = new Map<CheckinType, number>();
  let sentInLastHour: number[] = [];
  return (type, now) => {
    const last = lastSentByType.get(type);
    if (last !== undefined && now >= last && now - last < windowMs) return false;
    sentInLastHour = sentInLastHour.filter((sentAt) => sentAt <= now && now - sentAt < HOUR_MS);
    if (sentInLastHour.length >= maxPerHour) return false;
    lastSentByType.set(type, now);
    sentInLastHour.push(now);
    return true;
  };
}
