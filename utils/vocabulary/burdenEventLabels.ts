/** The names of the burdens without a duration (utils/burden/burdenEvents.ts), as buttons and lists name them. */
import type { BurdenEventType } from '../burden/burdenEvents';
import type { Label } from './label';

export const BURDEN_EVENT_LABELS: Record<BurdenEventType, Label> = {
  '被要求下载/注册/关注/转发打榜': {
    zh: '被要求下载/注册/关注/转发打榜',
    en: 'Made to install, register, follow or promote an app',
  },
  手工重复填报: { zh: '这份数据又填了一遍', en: 'Typed the same data in once more' },
  '被通报/排名/约谈': { zh: '被通报/排名/约谈', en: 'Named, ranked or called in' },
};

/** The inventory's kinds, and the levels that require an item. */
export const INVENTORY_KIND_LABELS = {
  app: { zh: '政务App', en: 'Government app' },
  account: { zh: '账号或公众号', en: 'Account or official account' },
  group: { zh: '工作群', en: 'Work group' },
  platform: { zh: '网上平台', en: 'Web platform' },
} satisfies Record<import('../burden/inventory').InventoryKind, Label>;

/** Who required an inventory item: a level, never a name. */
export const REQUIRED_BY_LABELS = {
  '中央/国家部委': { zh: '中央/国家部委', en: 'Central government or a ministry' },
  省: { zh: '省级', en: 'Province' },
  市: { zh: '市级', en: 'City' },
  '县/区': { zh: '县/区', en: 'County or district' },
  '乡镇/街道': { zh: '乡镇/街道', en: 'Township or subdistrict' },
  '村/社区': { zh: '村/社区', en: 'Village or community' },
  本单位: { zh: '本单位', en: 'My own unit' },
  不清楚: { zh: '不清楚', en: 'Not sure' },
} satisfies Record<import('../burden/inventory').RequiredByLevel, Label>;
