/** The platform categories' names; the summary text, the merged report and every screen name them from here. */
import type { PlatformCategory } from '../platforms/platform';
import type { Label } from './label';

export const CATEGORY_LABELS: Record<PlatformCategory, Label> = {
  学习教育: { zh: '学习教育', en: 'Learning and education' },
  党建: { zh: '党建', en: 'Party building' },
  政务服务: { zh: '政务服务', en: 'Government services' },
  '数据填报/统计': { zh: '数据填报/统计', en: 'Data reporting and statistics' },
  考核督查: { zh: '考核督查', en: 'Assessment and inspection' },
  办公协同: { zh: '办公协同', en: 'Office collaboration' },
  培训: { zh: '培训', en: 'Training' },
  其他政务: { zh: '其他政务', en: 'Other government' },
};
