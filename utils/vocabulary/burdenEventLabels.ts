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
