/** When "pause tracking" ends: in an hour, or at the next local midnight. */
import { localDayOf, parseDay, shiftDay } from '../../utils/stats/localTime';

export function pauseForOneHour(now: number): number {
  return now + 3_600_000;
}

/** The start of tomorrow in local time (DST-safe: built from the calendar day, not now + 24 h). */
export function pauseUntilTomorrow(now: number): number {
  const { year, month, date } = parseDay(shiftDay(localDayOf(now), 1));
  return new Date(year, month - 1, date).getTime();
}

/** Working periods in the settings form: valid when each ends after it starts and none overlap. */
export function workingPeriodsProblem(
  periods: readonly { start: number; end: number }[],
): 'endNotAfterStart' | 'overlap' | null {
  if (periods.some((period) => period.end <= period.start)) return 'endNotAfterStart';
  const sorted = [...periods].sort((a, b) => a.start - b.start);
  for (let index = 1; index < sorted.length; index += 1) {
    if ((sorted[index]?.start ?? 0) < (sorted[index - 1]?.end ?? 0)) return 'overlap';
  }
  return null;
}
