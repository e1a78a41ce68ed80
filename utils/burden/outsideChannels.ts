/**
 * What outside-browser time is spent on: phone apps, work groups, offline chores for 留痕. An id names the channel
 * on this device only; summaries count by kind (OUTSIDE_CHANNEL_KINDS), never by channel.
 */
import type { OutsideChannelKind } from './outsideTime';

export interface OutsideChannel {
  id: string;
  name: string;
  nameEn: string;
  kind: OutsideChannelKind;
}

export const OTHER_APP_CHANNEL = 'app:other';

export const OUTSIDE_CHANNELS: readonly OutsideChannel[] = [
  { id: 'app:wechat-group', name: '微信工作群', nameEn: 'WeChat work groups', kind: 'workGroups' },
  { id: 'app:dingtalk', name: '钉钉', nameEn: 'DingTalk', kind: 'workGroups' },
  { id: 'app:zzding', name: '浙政钉', nameEn: 'Zhe Zheng Ding', kind: 'workGroups' },
  { id: 'app:wework-gov', name: '政务微信', nameEn: 'Gov WeChat', kind: 'workGroups' },
  { id: 'app:qq-group', name: 'QQ工作群', nameEn: 'QQ work groups', kind: 'workGroups' },
  { id: 'app:xuexi', name: '学习强国App', nameEn: 'Xuexi Qiangguo app', kind: 'phoneApps' },
  { id: 'app:gov-app', name: '其他政务App', nameEn: 'Other government app', kind: 'phoneApps' },
  { id: OTHER_APP_CHANNEL, name: '其他App', nameEn: 'Other app', kind: 'phoneApps' },
  { id: 'offline:print', name: '打印、复印材料', nameEn: 'Printing and copying', kind: 'offlineChores' },
  { id: 'offline:photo', name: '拍照、摆拍留痕', nameEn: 'Photos taken as traces', kind: 'offlineChores' },
  { id: 'offline:paper', name: '纸质台账和表格', nameEn: 'Paper ledgers and forms', kind: 'offlineChores' },
];

const BY_ID = new Map(OUTSIDE_CHANNELS.map((channel) => [channel.id, channel]));

export function outsideChannel(id: string): OutsideChannel | undefined {
  return BY_ID.get(id);
}

/** The kind a stored channel id counts under; an item of the user's inventory counts by its own kind. */
export function outsideChannelKind(
  id: string,
  inventoryKindOf?: (id: string) => OutsideChannelKind | undefined,
) {
  return BY_ID.get(id)?.kind ?? inventoryKindOf?.(id) ?? 'phoneApps';
}

/** The channel of an app id an earlier version stored with a check-in or a manual span; anything else is "other". */
export function outsideChannelOfLegacyId(platformId: string | null): string {
  return platformId !== null && BY_ID.has(platformId) ? platformId : OTHER_APP_CHANNEL;
}
