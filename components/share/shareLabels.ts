/** Names of profile choices, periods and report fields in the page's language; the values in files stay Chinese. */
import { CATALOGUE } from '../../utils/platforms/catalogue';
import type { Level } from '../../utils/settings';
import type { Province } from '../../utils/summary/provinces';
import {
  CATEGORY_OF_KEY,
  type CategoryKey,
  CHECKIN_TYPE_OF_KEY,
  type CheckinKey,
} from '../../utils/summary/summary';
import { labelIn } from '../../utils/vocabulary/label';
import { LEVEL_LABELS } from '../../utils/vocabulary/levelLabels';
import { PROVINCE_LABELS } from '../../utils/vocabulary/provinceLabels';
import { type PlainMessageKey, t, uiLocale } from '../i18n';
import { categoryLabel, checkinTypeLabel, periodLabel } from '../review/labels';
import { periodOfKey } from './shareSummary';

export function levelLabel(level: Level): string {
  return labelIn(LEVEL_LABELS[level], uiLocale());
}

export function provinceLabel(province: Province): string {
  return labelIn(PROVINCE_LABELS[province], uiLocale());
}

/** `2026年第47周（11月16日至11月22日）` for `2026-W47`; a key no calendar has is shown as itself. */
export function periodKeyLabel(key: string): string {
  const period = periodOfKey(key);
  return period ? periodLabel(period) : key;
}

const SINGLE_FIELDS: Record<string, PlainMessageKey> = {
  daysWithRecords: 'mergeFieldDays',
  platformsUsed: 'mergeFieldPlatformsUsed',
  'hours.total': 'mergeFieldTotal',
  'hours.outsideWorkingHours': 'mergeFieldOutsideWorkingHours',
  'hours.weekends': 'mergeFieldWeekends',
  'hours.mediaPlayback': 'mergeFieldMediaPlayback',
  'hours.provincialLocal': 'mergeFieldProvincialLocal',
  duplicateEntries: 'mergeFieldDuplicates',
};

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
  if (group === 'hours.byCategory' && Object.hasOwn(CATEGORY_OF_KEY, key)) {
    return t('mergeUnitHours', { name: categoryLabel(CATEGORY_OF_KEY[key as CategoryKey]) });
  }
  if (group === 'checkins' && Object.hasOwn(CHECKIN_TYPE_OF_KEY, key)) {
    return t('mergeUnitTimes', { name: checkinTypeLabel(CHECKIN_TYPE_OF_KEY[key as CheckinKey]) });
  }
  if (field.startsWith(NATIONAL_PLATFORM_PREFIX)) {
    const id = field.slice(NATIONAL_PLATFORM_PREFIX.length);
    const platform = CATALOGUE.find((entry) => entry.id === id);
    if (platform) return t('mergeUnitHours', { name: platform.nameEn });
  }
  return reportLabel;
}
