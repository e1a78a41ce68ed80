/** Colours every chart shares: Okabe-Ito, distinguishable with the common colour-vision deficiencies. */
import type { PlatformCategory } from '../../utils/platforms/platform';

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#8C8C8C',
} as const;

/** One fixed colour per category, so 学习教育 is the same orange in every chart and every week. */
export const CATEGORY_COLOURS: Record<PlatformCategory, string> = {
  学习教育: OKABE_ITO.orange,
  党建: OKABE_ITO.vermillion,
  政务服务: OKABE_ITO.blue,
  '数据填报/统计': OKABE_ITO.bluishGreen,
  考核督查: OKABE_ITO.reddishPurple,
  办公协同: OKABE_ITO.skyBlue,
  培训: OKABE_ITO.yellow,
  其他政务: OKABE_ITO.grey,
};

/** Heat-map cells: one hue (blue), lighter for less; an empty hour is a pale grey, not the faintest blue. */
export function heatColour(minutes: number, maxMinutes: number): string {
  if (minutes <= 0 || maxMinutes <= 0) return '#F2F4F7';
  const strength = 0.15 + 0.85 * Math.min(1, minutes / maxMinutes);
  return `rgba(0, 114, 178, ${strength.toFixed(3)})`;
}
