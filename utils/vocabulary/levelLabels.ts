/** The administrative levels' names, for the share page, the merged report and the summary text. */
import type { Level } from '../settings';
import type { Label } from './label';

export const LEVEL_LABELS: Record<Level, Label> = {
  '村/社区': { zh: '村/社区', en: 'village / community' },
  '乡镇/街道': { zh: '乡镇/街道', en: 'township / subdistrict' },
  '县/区': { zh: '县/区', en: 'county / district' },
  市: { zh: '市', en: 'city' },
  省: { zh: '省', en: 'province' },
};
