/** Names of categories, check-in types, platforms, days and periods in the page's language. */
import type { CheckinType } from '../../utils/checkins/checkin';
import { describePlatform } from '../../utils/platforms/matchPlatform';
import type { PlatformCategory, UserRule } from '../../utils/platforms/platform';
import { WEEKDAY_NAMES_EN, WEEKDAY_NAMES_ZH } from '../../utils/stats/formatDuration';
import { isoWeekdayOf, parseDay } from '../../utils/stats/localTime';
import type { Period } from '../../utils/stats/periodTotals';
import { CATEGORY_LABELS } from '../../utils/vocabulary/categoryLabels';
import { CHECKIN_TYPE_LABELS } from '../../utils/vocabulary/checkinTypeLabels';
import { labelIn } from '../../utils/vocabulary/label';
import { t, uiLocale } from '../i18n';

export function categoryLabel(category: PlatformCategory): string {
  return labelIn(CATEGORY_LABELS[category], uiLocale());
}

export function checkinTypeLabel(type: CheckinType): string {
  return labelIn(CHECKIN_TYPE_LABELS[type], uiLocale());
}

/** The platform's name in the page's language; an id nobody describes any more is shown as itself. */
export function platformName(platformId: string, rules: readonly UserRule[]): string {
  const described = describePlatform(platformId, rules);
  if (!described) return platformId;
  return uiLocale() === 'zh_CN' ? described.name : described.nameEn;
}

/** ISO weekday 1..7 -> 周一 / Mon. */
export function weekdayLabel(day: string): string {
  const index = isoWeekdayOf(day) - 1;
  return (uiLocale() === 'zh_CN' ? WEEKDAY_NAMES_ZH : WEEKDAY_NAMES_EN)[index] ?? '';
}

/** 6月2日 / Jun 2 */
export function dateLabel(day: string): string {
  const { month, date } = parseDay(day);
  return t('dashDate', { month, dayOfMonth: date });
}

/** 周一 6/2 / Mon 6/2: the label of a day's bar. */
export function shortDayLabel(day: string): string {
  const { month, date } = parseDay(day);
  return `${weekdayLabel(day)} ${month}/${date}`;
}

export function periodLabel(period: Period): string {
  if (period.kind === 'month') {
    return t('dashMonthTitle', { year: period.year, month: period.month });
  }
  return t('dashWeekTitle', {
    year: period.isoYear,
    week: period.isoWeek,
    firstDay: dateLabel(period.firstDay),
    lastDay: dateLabel(period.lastDay),
  });
}

/** 08:30 */
export function clockLabel(epochMs: number): string {
  const at = new Date(epochMs);
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/** Minutes after midnight -> 08:30 */
export function minutesOfDayLabel(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
