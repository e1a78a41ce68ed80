/** Names of profile choices, periods and report fields in the page's language; the values in files stay Chinese. */
import { CHECKIN_TYPES } from '../../utils/checkins/checkin';
import { CATALOGUE } from '../../utils/platforms/catalogue';
import { PLATFORM_CATEGORIES } from '../../utils/platforms/platform';
import type { Level } from '../../utils/settings';
import { LEVEL_NAMES_EN } from '../../utils/summary/levels';
import { PROVINCE_NAMES_EN, type Province } from '../../utils/summary/provinces';
import { CATEGORY_KEYS, CHECKIN_KEYS } from '../../utils/summary/summary';
import { type MessageKey, t, uiLocale } from '../i18n';
import { categoryLabel, checkinTypeLabel, periodLabel } from '../review/labels';
import { periodOfKey } from './shareSummary';

export function levelLabel(level: Level): string {
  return uiLocale() === 'zh_CN' ? level : LEVEL_NAMES_EN[level];
}

export function provinceLabel(province: Province): string {
  return uiLocale() === 'zh_CN' ? province : PROVINCE_NAMES_EN[province];
}

/** `2026年第47周（11月16日至11月22日）` for `2026-W47`; a key no calendar has is shown as itself. */
export function periodKeyLabel(key: string): string {
  const period = periodOfKey(key);
  return period ? periodLabel(period) : key;
}

const SINGLE_FIELDS: Record<string, MessageKey> = {
  daysWithRecords: 'mergeFieldDays',
  platformsUsed: 'mergeFieldPlatformsUsed',
  'hours.total': 'mergeFieldTotal',
  'hours.outsideWorkingHours': 'mergeFieldOutsideWorkingHours',
  'hours.weekends': 'mergeFieldWeekends',
  'hours.mediaPlayback': 'mergeFieldMediaPlayback',
  'hours.provincialLocal': 'mergeFieldProvincialLocal',
  duplicateEntries: 'mergeFieldDuplicates',
};

const CATEGORY_OF_KEY = new Map(PLATFORM_CATEGORIES.map((category) => [CATEGORY_KEYS[category], category]));
const CHECKIN_OF_KEY = new Map(CHECKIN_TYPES.map((type) => [CHECKIN_KEYS[type], type]));
const NATIONAL_PLATFORM_PREFIX = 'hours.nationalPlatforms.';

/**
 * A report field's name with its unit. In Chinese it is the report's own label (the one the exported files carry);
 * in English it is rebuilt from the field's path, falling back to the report's label for anything unknown.
 */
export function reportFieldLabel(field: string, reportLabel: string): string {
  if (uiLocale() === 'zh_CN') return reportLabel;
  const single = SINGLE_FIELDS[field];
  if (single) return t(single);
  const [group, key = ''] = field.split(/\.(?=[^.]+$)/);
  if (group === 'hours.byCategory') {
    const category = CATEGORY_OF_KEY.get(key as never);
    if (category) return t('mergeUnitHours', categoryLabel(category));
  }
  if (group === 'checkins') {
    const type = CHECKIN_OF_KEY.get(key as never);
    if (type) return t('mergeUnitTimes', checkinTypeLabel(type));
  }
  if (field.startsWith(NATIONAL_PLATFORM_PREFIX)) {
    const id = field.slice(NATIONAL_PLATFORM_PREFIX.length);
    const platform = CATALOGUE.find((entry) => entry.id === id);
    if (platform) return t('mergeUnitHours', platform.nameEn);
  }
  return reportLabel;
}
