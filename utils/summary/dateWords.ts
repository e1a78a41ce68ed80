/**
 * The dates of a summary's text, as date-fns' format wrote them ('M月d日', 'MMMM yyyy', 'd MMM', 'd MMM yyyy') but
 * without its formatters and locale (15 KB of every page's JS; issue 17). A fixed table, not Intl: this text leaves
 * the device and must read the same wherever it is built.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const fullYear = (date: Date) => String(date.getFullYear()).padStart(4, '0');

/** 6月3日 */
export function chineseMonthDay(date: Date): string {
  return `${date.getMonth() + 1}月${date.getDate()}日`;
}

/** June 2025 */
export function englishMonthYear(date: Date): string {
  return `${MONTHS[date.getMonth()]} ${fullYear(date)}`;
}

/** 3 Jun, or 3 Jun 2025 */
export function englishDayMonth(date: Date, withYear = false): string {
  const dayMonth = `${date.getDate()} ${MONTHS[date.getMonth()]!.slice(0, 3)}`;
  return withYear ? `${dayMonth} ${fullYear(date)}` : dayMonth;
}
