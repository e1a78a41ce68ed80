/**
 * The anonymized summary `fingertip-summary/2` (and `/1`, which the reader still accepts): its shape and the stable
 * keys it uses for categories, check-ins and the channels off the browser.
 */
import type { OutsideTotalsChannel } from '../burden/outsideChannels';
import { CHECKIN_TYPES, type CheckinType } from '../checkins/checkin';
import { PLATFORM_CATEGORIES, type PlatformCategory } from '../platforms/platform';
import type { Level } from '../settings';
import type { Province } from './provinces';

export const SUMMARY_FORMAT = 'fingertip-summary/2';
export const SUMMARY_FORMAT_V1 = 'fingertip-summary/1';

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

/**
 * Time off the browser by channel, as fixed ASCII keys: the user's own inventory items appear only as "listed
 * apps" or "listed groups", never by name. The keys group into the three kinds the text shows.
 */
export const OUTSIDE_KEYS = {
  'app:wechat-group': 'wechatGroups',
  'app:dingtalk': 'dingtalk',
  'app:zzding': 'zhezhengding',
  'app:wework-gov': 'govWechat',
  'app:qq-group': 'qqGroups',
  listedGroups: 'listedGroups',
  'app:xuexi': 'xuexiApp',
  'app:gov-app': 'govApps',
  'app:other': 'otherApps',
  listedApps: 'listedApps',
  'offline:print': 'printing',
  'offline:photo': 'photos',
  'offline:paper': 'paperForms',
} as const satisfies Record<OutsideTotalsChannel, string>;
export type OutsideKey = (typeof OUTSIDE_KEYS)[OutsideTotalsChannel];
export const OUTSIDE_KEY_LIST = Object.values(OUTSIDE_KEYS) as readonly OutsideKey[];
export const OUTSIDE_CHANNEL_OF_KEY = Object.fromEntries(
  Object.entries(OUTSIDE_KEYS).map(([channel, key]) => [key, channel]),
) as Record<OutsideKey, OutsideTotalsChannel>;

export const BURDEN_EVENT_KEYS = {
  '被要求下载/注册/关注/转发打榜': 'forcedInstalls',
  手工重复填报: 'duplicateEntriesByHand',
  '被通报/排名/约谈': 'rankings',
} as const;
export type BurdenEventKey = (typeof BURDEN_EVENT_KEYS)[keyof typeof BURDEN_EVENT_KEYS];
export const BURDEN_EVENT_KEY_LIST = Object.values(BURDEN_EVENT_KEYS) as readonly BurdenEventKey[];

export const INVENTORY_KEY_LIST = ['apps', 'accounts', 'groups', 'platforms', 'added', 'dropped'] as const;
export type InventoryKey = (typeof INVENTORY_KEY_LIST)[number];

export interface Summary {
  format: typeof SUMMARY_FORMAT;
  /** ISO week `2026-W47` or month `2026-11` */
  period: string;
  daysWithRecords: number;
  /** distinct platforms with any time, of every scope (a count, never which) */
  platformsUsed: number;
  /**
   * Time on government web platforms. Three partitions of `total`, each adding up to it exactly: `byCategory`;
   * the platforms (`nationalPlatforms` + `otherNational` + `provincialLocal`); and the time of week
   * (`workingHours` + `outsideWorkingHours` + `weekends`). `mediaPlayback` is part of `total`.
   */
  hours: {
    total: number;
    /** on working days, inside the working periods */
    workingHours: number;
    /** on working days, outside the working periods */
    outsideWorkingHours: number;
    /** on rest days (weekends and holidays; 调休 working days count as working days) */
    weekends: number;
    /** time counted while a video or audio played (required online learning) */
    mediaPlayback: number;
    byCategory: Record<CategoryKey, number>;
    /** national catalogue platforms with at least one rounding step, sorted by id */
    nationalPlatforms: NationalPlatformHours[];
    /** national platforms each under half a rounding step, together (其他全国性平台) */
    otherNational: number;
    /** all provincial, local, user and catch-all platforms together (`省/市级平台`) */
    provincialLocal: number;
  };
  /** time spent outside the browser (may overlap `hours`): its total and the same by channel, adding up to it */
  outsideBrowser: { total: number; byChannel: Record<OutsideKey, number> };
  /** confirmed and manual check-ins (and unconfirmed ones too when the user chose to include them) */
  checkins: Record<CheckinKey, number>;
  /** detected check-ins nobody confirmed, left out of `checkins`; 0 when the user included them */
  unconfirmedLeftOut: number;
  /** the same form data entered on one more platform, as the extension detected it */
  duplicateEntries: number;
  /** burdens logged by hand, one click each */
  burdenEvents: Record<BurdenEventKey, number>;
  /** the inventory: items required at the period's end by kind, and those added and dropped in it */
  inventory: Record<InventoryKey, number>;
  profile: { level: Level | null; province: Province | null };
  anonymization: { roundingHours: number; epsilon: number | null };
}

/** A version 1 summary, as earlier versions of the extension wrote it: still read and merged. */
export interface SummaryV1 {
  format: typeof SUMMARY_FORMAT_V1;
  period: string;
  daysWithRecords: number;
  platformsUsed: number;
  hours: {
    total: number;
    outsideWorkingHours: number;
    weekends: number;
    mediaPlayback: number;
    byCategory: Record<CategoryKey, number>;
    nationalPlatforms: NationalPlatformHours[];
    provincialLocal: number;
  };
  checkins: Record<CheckinKey, number>;
  duplicateEntries: number;
  profile: { level: Level | null; province: Province | null };
  anonymization: { roundingHours: number; epsilon: number | null };
}

/** Any summary a file may hold. */
export type AnySummary = Summary | SummaryV1;

export function isCurrentSummary(summary: AnySummary): summary is Summary {
  return summary.format === SUMMARY_FORMAT;
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
  /** any count of a period: the JSON schema's bound; the laws bound counts per day far lower */
  maxCount: 100_000,
  /** per check-in type, burden event type or duplicate entries, per day of the period: more is no person's doing */
  maxCountPerDay: 300,
  /** inventory items of one kind (a community worker keeps about 60 app accounts) */
  maxInventory: 2_000,
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
