/**
 * Time outside the browser: minutes on phone apps, in work groups, and on offline chores done for 留痕 (printing,
 * photographing). Its own kind of record, logged by hand, allowed to overlap browser time, reported apart.
 */

/** How outside time is grouped in summaries: never by app or group name (a local app tells where its user works). */
export const OUTSIDE_CHANNEL_KINDS = ['phoneApps', 'workGroups', 'offlineChores'] as const;
export type OutsideChannelKind = (typeof OUTSIDE_CHANNEL_KINDS)[number];

/** One stretch of outside time, as logged: what it was spent on, when, for how long. */
export interface NewOutsideTime {
  /** local yyyy-MM-dd */
  day: string;
  /** epoch ms: when it started, or when it was logged */
  at: number;
  /** whole or fractional minutes, more than 0 and at most a day */
  minutes: number;
  /** an outside channel id (outsideChannels.ts) or an inventory item's `inventory:<id>` */
  channel: string;
  /** the check-in it was logged with (the popup's detailed form): undoing that check-in removes it too */
  checkinId?: number;
}

export interface OutsideTime extends NewOutsideTime {
  id: number;
}

export const MAX_OUTSIDE_MINUTES = 24 * 60;

/** A record's minutes are usable: a finite number above 0, at most a day. */
export function isValidOutsideMinutes(minutes: number): boolean {
  return Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_OUTSIDE_MINUTES;
}
