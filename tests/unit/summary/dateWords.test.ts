import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseMonthDay, englishDayMonth, englishMonthYear } from '../../../utils/summary/dateWords';
import { localDay } from '../../../utils/tracking/splitAtMidnight';

/** Calendar dates of the years a summary can name (local midnight of each). */
const dates = fc
  .record({ year: fc.integer({ min: 1000, max: 9999 }), dayOfYear: fc.integer({ min: 0, max: 365 }) })
  .map(({ year, dayOfYear }) => new Date(year, 0, 1 + dayOfYear));

describe("the summary's dates, without date-fns' format", () => {
  it('write what date-fns wrote, for every date', () => {
    fc.assert(
      fc.property(dates, (date) => {
        expect(chineseMonthDay(date)).toBe(format(date, 'M月d日'));
        expect(englishMonthYear(date)).toBe(format(date, 'MMMM yyyy'));
        expect(englishDayMonth(date)).toBe(format(date, 'd MMM'));
        expect(englishDayMonth(date, true)).toBe(format(date, 'd MMM yyyy'));
      }),
    );
  });

  it('file an instant under the same local day as before', () => {
    const instants = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2200, 0, 1) });
    fc.assert(
      fc.property(instants, (ms) => {
        expect(localDay(ms)).toBe(format(ms, 'yyyy-MM-dd'));
      }),
    );
  });
});
