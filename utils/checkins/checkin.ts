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

export interface Checkin {
  id?: number;
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
  minutes?: number;
  /** free text; never leaves the device */
  note?: string;
}

/** A salted hash of a submitted form's normalized values; never the values. */
export interface FormFingerprint {
  id?: number;
  hash: string;
  platformId: string;
  day: string;
  at: number;
}
