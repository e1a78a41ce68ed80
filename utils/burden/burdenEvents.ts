/**
 * Burdens that take no measurable time but are the heart of the complaint: being made to download, register,
 * follow or vote an app up the charts (推广类); typing the same data into one more system by hand (过度留痕类);
 * being named, ranked or called in over points and screenshots (考核类). One click each, counted per period.
 */

export const BURDEN_EVENT_TYPES = [
  '被要求下载/注册/关注/转发打榜',
  '手工重复填报',
  '被通报/排名/约谈',
] as const;
export type BurdenEventType = (typeof BURDEN_EVENT_TYPES)[number];

export interface NewBurdenEvent {
  /** epoch ms */
  at: number;
  /** local yyyy-MM-dd */
  day: string;
  type: BurdenEventType;
  /**
   * What it was about, optional: an app or account (a promoted app's id, `inventory:<id>`) for an install, the
   * system the data went into (a platform id) for a duplicate entry. Never leaves the device.
   */
  subject: string | null;
}

export interface BurdenEvent extends NewBurdenEvent {
  id: number;
}
