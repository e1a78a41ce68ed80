/** The names of the apps and groups outside the browser (utils/checkins/outsideApps.ts). */
import type { OutsideAppId } from '../checkins/outsideApps';
import type { Label } from './label';

export const OUTSIDE_APP_LABELS: Record<OutsideAppId, Label> = {
  'app:xuexi': { zh: '学习强国App', en: 'Xuexi Qiangguo app' },
  'app:dingtalk': { zh: '钉钉', en: 'DingTalk app' },
  'app:zzding': { zh: '浙政钉', en: 'Zhe Zheng Ding app' },
  'app:wechat-group': { zh: '微信工作群', en: 'WeChat work group' },
  'app:wework-gov': { zh: '政务微信', en: 'Gov WeChat app' },
  'app:other': { zh: '其他App', en: 'Other app' },
};
