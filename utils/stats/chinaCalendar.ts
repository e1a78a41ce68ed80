/**
 * China's working calendar: statutory holidays (法定节假日) are rest days, and the weekend days moved to work (调休)
 * are working days. The data comes from the maintained `chinese-days` package (pinned). A year past its data falls
 * back to the weekday rule, and the pages say so (see `calendarCovers`).
 *
 * Its holiday module is imported from the package's source: the package's bundle also carries a lunar calendar and
 * solar terms this extension never uses (24 KB against 12 KB).
 */
import { getDayDetail, isWorkday } from 'chinese-days/src/holidays/index.ts';
import { isoWeekdayOf } from './localTime';

/** The first year the package's data covers (its arrangement starts in 2004). */
const FIRST_YEAR = 2004;

let lastYear: number | undefined;

/** The last year whose holidays and 调休 days the package knows (2026 for chinese-days 1.5.7). */
export function calendarLastYear(): number {
  if (lastYear === undefined) {
    let year = FIRST_YEAR;
    // A year with data has at least one weekday off (New Year's Day at the least, or a Spring Festival weekday).
    while (hasWeekdayOff(year + 1)) year += 1;
    lastYear = year;
  }
  return lastYear;
}

function hasWeekdayOff(year: number): boolean {
  for (let month = 1; month <= 2; month += 1) {
    for (let date = 1; date <= 28; date += 1) {
      const day = `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
      if (isoWeekdayOf(day) <= 5 && !isWorkday(day)) return true;
    }
  }
  return false;
}

/** Does the package's data cover the year of `day`? */
export function calendarCovers(day: string): boolean {
  const year = Number(day.slice(0, 4));
  return year >= FIRST_YEAR && year <= calendarLastYear();
}

/**
 * What China's calendar says of a day: 'holiday' (a day of a statutory holiday, on a weekend too), 'workday' (a
 * weekend day moved to work), or 'ordinary'. The package names the days it lists ("National Day,国庆节,3") and
 * gives ordinary days their weekday's name.
 */
export function chinaDayKind(day: string): 'holiday' | 'workday' | 'ordinary' {
  if (!calendarCovers(day)) return 'ordinary';
  const detail = getDayDetail(day);
  const listed = detail.name.includes(',');
  if (listed && !detail.work) return 'holiday';
  if (listed && detail.work && isoWeekdayOf(day) >= 6) return 'workday';
  return 'ordinary';
}
