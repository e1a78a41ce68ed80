/**
 * What is done outside the browser: phone apps, work groups, offline chores for 留痕. Outside time is logged on one of
 * these channels, and a check-in may name one as where it happened. A channel id names the channel on this device
 * only: summaries count by kind (OUTSIDE_CHANNEL_KINDS), never by channel. Names: utils/vocabulary/outsideChannelLabels.ts.
 */
import type { PlatformCategory } from '../platforms/platform';
import type { OutsideChannelKind } from './outsideTime';

export const OUTSIDE_CHANNELS = [
  { id: 'app:wechat-group', kind: 'workGroups', category: '办公协同' },
  { id: 'app:dingtalk', kind: 'workGroups', category: '办公协同' },
  { id: 'app:zzding', kind: 'workGroups', category: '办公协同' },
  { id: 'app:wework-gov', kind: 'workGroups', category: '办公协同' },
  { id: 'app:qq-group', kind: 'workGroups', category: '办公协同' },
  { id: 'app:xuexi', kind: 'phoneApps', category: '学习教育' },
  { id: 'app:gov-app', kind: 'phoneApps', category: '政务服务' },
  { id: 'app:other', kind: 'phoneApps', category: '其他政务' },
  { id: 'offline:print', kind: 'offlineChores', category: '其他政务' },
  { id: 'offline:photo', kind: 'offlineChores', category: '其他政务' },
  { id: 'offline:paper', kind: 'offlineChores', category: '数据填报/统计' },
] as const satisfies readonly { id: string; kind: OutsideChannelKind; category: PlatformCategory }[];

export type OutsideChannelId = (typeof OUTSIDE_CHANNELS)[number]['id'];
export type OutsideChannel = (typeof OUTSIDE_CHANNELS)[number];

export const OTHER_APP_CHANNEL: OutsideChannelId = 'app:other';

const BY_ID = new Map<string, OutsideChannel>(OUTSIDE_CHANNELS.map((channel) => [channel.id, channel]));

export function outsideChannel(id: string): OutsideChannel | undefined {
  return BY_ID.get(id);
}

export function isOutsideChannelId(id: string): id is OutsideChannelId {
  return BY_ID.has(id);
}

/** The kind a stored channel id counts under: a channel's own, an inventory item's by its kind, else a phone app. */
export function outsideChannelKind(
  id: string,
  inventoryKindOf: (id: string) => OutsideChannelKind | undefined = () => undefined,
): OutsideChannelKind {
  return BY_ID.get(id)?.kind ?? inventoryKindOf(id) ?? 'phoneApps';
}

/** The channel of an app id an earlier version stored with a check-in or a manual span; anything else is "other". */
export function outsideChannelOfLegacyId(platformId: string | null): OutsideChannelId {
  return platformId !== null && isOutsideChannelId(platformId) ? platformId : OTHER_APP_CHANNEL;
}
