/** What a government platform is, and the user's own rules layered over the built-in catalogue. */

export const PLATFORM_CATEGORIES = [
  '学习教育',
  '党建',
  '政务服务',
  '数据填报/统计',
  '考核督查',
  '办公协同',
  '培训',
  '其他政务',
] as const;
export type PlatformCategory = (typeof PLATFORM_CATEGORIES)[number];

/** national platforms may be named in a summary; provincial and local ones never are (they tell where a user works). */
export type PlatformScope = 'national' | 'provincial' | 'local';

/**
 * A pattern is a host (`www.xuexi.cn`), a host suffix (`*.12371.cn`, which also matches `12371.cn` itself),
 * optionally with a port (`oa.example.gov.cn:8443`) and a path prefix (`www.gov.cn/zhengce`).
 * Hosts may be written in Unicode; they are compared in their ASCII (punycode) form.
 */
export type HostPattern = string;

export interface Platform {
  id: string;
  name: string;
  nameEn: string;
  scope: PlatformScope;
  category: PlatformCategory;
  patterns: HostPattern[];
  /**
   * A public service people also use for themselves (their own tax, pension, medical insurance): recorded only once
   * the user switches it on in the rules page, so a private visit is never counted as the burden of cadre work
   * (docs/platforms.md, 个人也用的公共服务).
   */
  offByDefault?: true;
}

/**
 * A row of the `platforms` table. A row whose id is a catalogue id overrides that entry (only `enabled`
 * is honoured: the catalogue's patterns ship in code); any other row is the user's own platform, scope `local`.
 */
export interface UserRule {
  id: string;
  name: string;
  category: PlatformCategory;
  patterns: HostPattern[];
  enabled: boolean;
}

/** The platform a URL belongs to, as the tracker and the content script see it. */
export interface PlatformMatch {
  platformId: string;
  name: string;
  nameEn: string;
  scope: PlatformScope;
  category: PlatformCategory;
  source: 'catalogue' | 'user' | 'catch-all';
}
