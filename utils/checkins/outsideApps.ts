/**
 * The common work apps outside the browser that a check-in can be logged for by hand (a phone app, a WeChat
 * group), and how the review screens and the summary name and count them.
 */
import type { PlatformCategory, UserRule } from '../platforms/platform';

/** Ids of outside apps start with this; no catalogue id, user rule id or `host:` id does. */
export const OUTSIDE_APP_PREFIX = 'app:';

export interface OutsideApp {
  id: string;
  name: string;
  nameEn: string;
  category: PlatformCategory;
  /**
   * The national catalogue platform this app's time counts as in a summary (学习强国App is 学习强国). Apps without
   * one are local there, folded into 省/市级平台: an app's name could tell where its user works.
   */
  countsAs?: string;
}

export const OUTSIDE_APPS: readonly OutsideApp[] = [
  {
    id: 'app:xuexi',
    name: '学习强国App',
    nameEn: 'Xuexi Qiangguo app',
    category: '学习教育',
    countsAs: 'xuexi',
  },
  { id: 'app:dingtalk', name: '钉钉', nameEn: 'DingTalk app', category: '办公协同' },
  { id: 'app:zzding', name: '浙政钉', nameEn: 'Zhe Zheng Ding app', category: '办公协同' },
  {
    id: 'app:wechat-group',
    name: '微信工作群',
    nameEn: 'WeChat work group',
    category: '办公协同',
  },
  { id: 'app:wework-gov', name: '政务微信', nameEn: 'Gov WeChat app', category: '办公协同' },
  { id: 'app:other', name: '其他App', nameEn: 'Other app', category: '其他政务' },
];

const BY_ID = new Map(OUTSIDE_APPS.map((app) => [app.id, app]));

export function outsideApp(platformId: string): OutsideApp | undefined {
  return platformId.startsWith(OUTSIDE_APP_PREFIX) ? BY_ID.get(platformId) : undefined;
}

/**
 * The user's rules with the outside apps appended as rules that match no URL, so that every screen naming a
 * recorded id through describePlatform(id, rules) names an app too, and the day editor offers the apps for time
 * spent in them. The user's own rules come first: a rule of theirs with the same id keeps its name.
 */
export function rulesWithOutsideApps(rules: readonly UserRule[]): UserRule[] {
  return [
    ...rules,
    ...OUTSIDE_APPS.map((app) => ({
      id: app.id,
      name: app.name,
      category: app.category,
      patterns: [],
      enabled: true,
    })),
  ];
}

/** The id an app's time is counted under in a summary: a national app's catalogue platform, else the id itself. */
export function summaryPlatformId(platformId: string): string {
  return outsideApp(platformId)?.countsAs ?? platformId;
}
