/** The names of what is done outside the browser (utils/burden/outsideChannels.ts) and of its kinds. */
import type { OutsideChannelId } from '../burden/outsideChannels';
import type { OutsideChannelKind } from '../burden/outsideTime';
import type { Label } from './label';

export const OUTSIDE_CHANNEL_LABELS: Record<OutsideChannelId, Label> = {
  'app:wechat-group': { zh: '微信工作群', en: 'WeChat work group' },
  'app:dingtalk': { zh: '钉钉', en: 'DingTalk' },
  'app:zzding': { zh: '浙政钉', en: 'Zhe Zheng Ding' },
  'app:wework-gov': { zh: '政务微信', en: 'Gov WeChat' },
  'app:qq-group': { zh: 'QQ工作群', en: 'QQ work group' },
  'app:xuexi': { zh: '学习强国App', en: 'Xuexi Qiangguo app' },
  'app:gov-app': { zh: '其他政务App', en: 'Other government app' },
  'app:other': { zh: '其他App', en: 'Other app' },
  'offline:print': { zh: '打印、复印材料', en: 'Printing and copying' },
  'offline:photo': { zh: '拍照、摆拍留痕', en: 'Photos taken as traces' },
  'offline:paper': { zh: '纸质台账和表格', en: 'Paper ledgers and forms' },
};

export const OUTSIDE_KIND_LABELS: Record<OutsideChannelKind, Label> = {
  phoneApps: { zh: '手机App', en: 'Phone apps' },
  workGroups: { zh: '工作群和办公App', en: 'Work groups and office apps' },
  offlineChores: { zh: '打印、拍照等线下留痕', en: 'Printing, photos and other offline traces' },
};
