/** Check-ins: the fixed taxonomy of mandatory fingertip chores, and the record of one. */

export const CHECKIN_TYPES = [
  '签到打卡',
  '截图上报',
  '拍照留痕',
  '数据填报',
  '学习积分',
  '群内接龙/回复收到',
  '点赞转发投票',
  '问卷调查',
  '视频会议/直播',
  '其他',
] as const;
export type CheckinType = (typeof CHECKIN_TYPES)[number];

/** A check-in to log: what the user, a page or the shortcut reports, before the database gives it its key. */
export interface NewCheckin {
  /** epoch ms */
  at: number;
  /** local date yyyy-MM-dd */
  day: string;
  /** a platform id (catalogue, user rule, `host:` catch-all, or an app from the popup's list), or null */
  platformId: string | null;
  type: CheckinType;
  source: 'detected' | 'manual';
  /** for detections: whether the user confirmed it (undefined = not reviewed yet) */
  confirmed?: boolean;
  /** free text; never leaves the device */
  note?: string;
}

/** A logged check-in, as the database holds it. */
export interface Checkin extends NewCheckin {
  id: number;
}

/** A salted hash of a submitted form's normalized values; never the values. */
export interface NewFingerprint {
  hash: string;
  platformId: string;
  day: string;
  at: number;
}

/** A recorded fingerprint, as the database holds it. */
export interface FormFingerprint extends NewFingerprint {
  id: number;
}
