import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { calendarCovers, calendarLastYear, chinaDayKind } from '../../../utils/stats/chinaCalendar';
import { isWorkingDay } from '../../../utils/stats/workingTime';

const china = DEFAULT_SETTINGS;
const weekdays = { ...DEFAULT_SETTINGS, workCalendar: 'weekdays' as const };

describe('China’s working calendar', () => {
  it('knows the holidays and 调休 days through 2026 (chinese-days 1.5.7), and no further', () => {
    expect(calendarLastYear()).toBe(2026);
    expect(calendarCovers('2026-12-31')).toBe(true);
    expect(calendarCovers('2027-01-04')).toBe(false);
  });

  it.each([
    ['2026-02-14', 'workday', true, '调休: Saturday before the Spring Festival is a working day'],
    ['2026-02-28', 'workday', true, '调休: a Saturday after the Spring Festival'],
    ['2026-02-16', 'holiday', false, 'Spring Festival: a Monday off'],
    ['2026-10-08', 'ordinary', true, 'the Thursday after National Day is back to work'],
    ['2026-10-06', 'holiday', false, 'National Day week: a Tuesday off'],
    ['2026-10-10', 'workday', true, '调休 Saturday after National Day'],
    ['2025-01-26', 'workday', true, '调休 Sunday before the 2025 Spring Festival'],
    ['2025-10-01', 'holiday', false, 'National Day 2025, a Wednesday'],
    ['2025-05-05', 'holiday', false, 'Labour Day 2025, a Monday'],
    ['2025-06-07', 'ordinary', false, 'an ordinary Saturday'],
    ['2026-06-10', 'ordinary', true, 'an ordinary Wednesday'],
  ])('%s is %s (working: %s): %s', (day, kind, working) => {
    expect(chinaDayKind(day)).toBe(kind);
    expect(isWorkingDay(day, china)).toBe(working);
  });

  it('falls back to the working weekdays past its data', () => {
    expect(chinaDayKind('2027-01-01')).toBe('ordinary');
    expect(isWorkingDay('2027-01-01', china)).toBe(true); // a Friday; the 2027 New Year's Day is not yet known
    expect(isWorkingDay('2027-01-02', china)).toBe(false);
  });

  it('follows the weekdays alone when the user chose them over China’s calendar', () => {
    expect(isWorkingDay('2026-02-14', weekdays)).toBe(false);
    expect(isWorkingDay('2026-02-16', weekdays)).toBe(true);
  });

  it('keeps a user’s own working Saturday, and still gives them the holidays', () => {
    const sixDays = { ...DEFAULT_SETTINGS, workingDays: [1, 2, 3, 4, 5, 6] };
    expect(isWorkingDay('2026-06-13', sixDays)).toBe(true);
    expect(isWorkingDay('2026-10-03', sixDays)).toBe(false);
  });
});
