/** The anonymized summary `fingertip-summary/1`: its shape and the stable keys it uses for categories and check-ins. */
import { CHECKIN_TYPES, type CheckinType } from '../checkins/checkin';
import { PLATFORM_CATEGORIES, type PlatformCategory } from '../platforms/platform';
import type { Level } from '../settings';
import type { Province } from './provinces';

export const SUMMARY_FORMAT = 'fingertip-summary/1';

/**
 * ASCII keys keep file columns readable by any tool, even one that mis-decodes Chinese headers;
 * the Chinese names stay the labels people see.
 */
export const CATEGORY_KEYS = {
  学习教育: 'learning',
  党建: 'partyBuilding',
  政务服务: 'govServices',
  '数据填报/统计': 'dataReporting',
  考核督查: 'assessment',
  办公协同: 'officeCollaboration',
  培训: 'training',
  其他政务: 'otherGov',
} as const satisfies Record<PlatformCategory, string>;
export type CategoryKey = (typeof CATEGORY_KEYS)[PlatformCategory];

export const CHECKIN_KEYS = {
  签到打卡: 'signIn',
  截图上报: 'screenshot',
  拍照留痕: 'photo',
  数据填报: 'dataEntry',
  学习积分: 'studyPoints',
  '群内接龙/回复收到': 'groupReply',
  点赞转发投票: 'likeShareVote',
  问卷调查: 'questionnaire',
  '视频会议/直播': 'videoMeeting',
  其他: 'other',
} as const satisfies Record<CheckinType, string>;
export type CheckinKey = (typeof CHECKIN_KEYS)[CheckinType];

/** What provincial, local, user-defined and catch-all platforms are folded into: never named, never by id. */
export const PROVINCIAL_LOCAL_NAME = '省/市级平台';

export interface NationalPlatformHours {
  /** catalogue id */
  id: string;
  /** catalogue name */
  name: string;
  hours: number;
}

export interface Summary {
  format: typeof SUMMARY_FORMAT;
  /** ISO week `2026-W47` or month `2026-11` */
  period: string;
  daysWithRecords: number;
  /** distinct platforms with any time, of every scope (a count, never which) */
  platformsUsed: number;
  hours: {
    total: number;
    /** on working days, outside the working periods */
    outsideWorkingHours: number;
    /** on non-working days */
    weekends: number;
    /** time counted while a video or audio played (required online learning) */
    mediaPlayback: number;
    byCategory: Record<CategoryKey, number>;
    /** national catalogue platforms with non-zero hours, sorted by id */
    nationalPlatforms: NationalPlatformHours[];
    /** all provincial, local, user and catch-all platforms together (`省/市级平台`) */
    provincialLocal: number;
  };
  checkins: Record<CheckinKey, number>;
  /** the same form data entered on one more platform counts one */
  duplicateEntries: number;
  profile: { level: Level | null; province: Province | null };
  anonymization: { roundingHours: number; epsilon: number | null };
}

/** category keys in the taxonomy's order, which is also the order of the JSON keys and CSV columns */
export const CATEGORY_KEY_LIST: readonly CategoryKey[] = PLATFORM_CATEGORIES.map(
  (category) => CATEGORY_KEYS[category],
);
export const CHECKIN_KEY_LIST: readonly CheckinKey[] = CHECKIN_TYPES.map((type) => CHECKIN_KEYS[type]);

/** The way back from a file's key to the taxonomy (and so to its names in utils/vocabulary/). */
export const CATEGORY_OF_KEY = Object.fromEntries(
  PLATFORM_CATEGORIES.map((category) => [CATEGORY_KEYS[category], category]),
) as Record<CategoryKey, PlatformCategory>;
export const CHECKIN_TYPE_OF_KEY = Object.fromEntries(
  CHECKIN_TYPES.map((type) => [CHECKIN_KEYS[type], type]),
) as Record<CheckinKey, CheckinType>;

/** The bounds a summary's numbers and settings must respect; a file outside them is rejected. */
export const SUMMARY_LIMITS = {
  minRoundingHours: 0.01,
  maxRoundingHours: 24,
  minEpsilon: 0.01,
  maxEpsilon: 100,
  /** per check-in type, per period: far above anything a person can do by hand */
  maxCount: 100_000,
  maxNationalPlatforms: 200,
} as const;

/** Catalogue ids are short ASCII slugs; anything else (a `host:` catch-all id, a URL) is never written out. */
export const NATIONAL_PLATFORM_ID = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/i;
export const MAX_PLATFORM_ID_LENGTH = 64;
/**
 * A catalogue name: short, printable, no URL in it, and not starting like a spreadsheet formula
 * (a merged CSV opened in Excel must not run a cell planted in someone's file).
 */
export const NATIONAL_PLATFORM_NAME = /^(?![=+\-@])(?!.*:\/\/)[^\p{Cc}\p{Cf}]{1,60}$/u;
