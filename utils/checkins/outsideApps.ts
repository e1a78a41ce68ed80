/**
 * The common work apps outside the browser that a check-in can be logged for by hand (a phone app, a WeChat
 * group), and how the review screens and the summary name and count them.
 */
import type { PlatformCategory, UserRule } from '../platforms/platform';
import { OUTSIDE_APP_LABELS } from '../vocabulary/outsideAppLabels';

/** Ids of outside apps start with this; no catalogue id, user rule id or `host:` id does. */
export const OUTSIDE_APP_PREFIX = 'app:';

export interface OutsideApp {
  id: OutsideAppId;
  category: PlatformCategory;
  /**
   * The national catalogue platform this app's time counts as in a summary (学习强国App is 学习强国). Apps without
   * one are local there, folded into 省/市级平台: an app's name could tell where its user works.
   */
  countsAs?: string;
}

/** Their names are in utils/vocabulary/outsideAppLabels.ts. */
export const OUTSIDE_APPS = [
  { id: 'app:xuexi', category: '学习教育', countsAs: 'xuexi' },
  { id: 'app:dingtalk', category: '办公协同' },
  { id: 'app:zzding', category: '办公协同' },
  { id: 'app:wechat-group', category: '办公协同' },
  { id: 'app:wework-gov', category: '办公协同' },
  { id: 'app:other', category: '其他政务' },
] as const satisfies readonly (Omit<OutsideApp, 'id'> & { id: `${typeof OUTSIDE_APP_PREFIX}${string}` })[];
export type OutsideAppId = (typeof OUTSIDE_APPS)[number]['id'];

const BY_ID = new Map<string, OutsideApp>(OUTSIDE_APPS.map((app) => [app.id, app]));

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
      name: OUTSIDE_APP_LABELS[app.id].zh,
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
