/** Durations and weekdays written for people, shared by every screen: 1小时25分, 1 h 25 min, 周一 first. */

export const WEEKDAY_NAMES_ZH = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;
export const WEEKDAY_NAMES_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** Weekday names in display order: Monday first, or Sunday first when the week starts on Sunday. */
export function weekdayNames(locale: 'zh' | 'en', weekStartsOn: 0 | 1 = 1): string[] {
  const names: readonly string[] = locale === 'zh' ? WEEKDAY_NAMES_ZH : WEEKDAY_NAMES_EN;
  return weekStartsOn === 1 ? [...names] : [...names.slice(6), ...names.slice(0, 6)];
}

/** 85 -> '1小时25分', 25 -> '25分', 120 -> '2小时', 0 -> '0分'; rounded to the nearest minute, a minus sign kept. */
export function formatMinutesZh(minutes: number): string {
  return formatWholeMinutes(minutes, (hours, rest) => {
    if (hours === 0) return `${rest}分`;
    return rest === 0 ? `${hours}小时` : `${hours}小时${rest}分`;
  });
}

/** 85 -> '1 h 25 min', 25 -> '25 min', 120 -> '2 h', 0 -> '0 min'. */
export function formatMinutesEn(minutes: number): string {
  return formatWholeMinutes(minutes, (hours, rest) => {
    if (hours === 0) return `${rest} min`;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  });
}

/** Hours rounded to a multiple of `step` hours, as a plain number without a unit: (95, 0.5) -> '1.5'. */
export function formatHours(minutes: number, step = 0.5): string {
  if (!(step > 0)) throw new RangeError(`hour step must be positive: ${step}`);
  if (!Number.isFinite(minutes)) return '—';
  const rounded = Math.round(minutes / 60 / step) * step;
  // Round away binary noise (0.1 * 3 = 0.30000000000000004) at the step's own precision.
  const decimals = Math.min(6, (String(step).split('.')[1] ?? '').length);
  const text = String(Number(rounded.toFixed(decimals)));
  return text === '-0' ? '0' : text;
}

function formatWholeMinutes(minutes: number, write: (hours: number, rest: number) => string): string {
  if (!Number.isFinite(minutes)) return '—';
  const whole = Math.round(Math.abs(minutes));
  const sign = minutes < 0 && whole > 0 ? '-' : '';
  return sign + write(Math.floor(whole / 60), whole % 60);
}
