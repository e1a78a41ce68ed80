/** Between a local day plus a clock time typed in a form and epoch ms, in the user's time zone. */
import { parseDay, shiftDay } from './localTime';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** '2025-06-02' + '08:30' -> epoch ms of that local wall-clock time, or null for a malformed time. */
export function instantOf(day: string, clock: string): number | null {
  const match = CLOCK.exec(clock);
  if (!match) return null;
  const { year, month, date } = parseDay(day);
  return new Date(year, month - 1, date, Number(match[1]), Number(match[2])).getTime();
}

/**
 * The end of a span typed as a clock time on `day`: '00:00' means the midnight that ends the day (a span typed
 * 23:00-00:00 is the day's last hour), any other time is that time of the day itself.
 */
export function endInstantOf(day: string, clock: string): number | null {
  return clock === '00:00' ? instantOf(shiftDay(day, 1), '00:00') : instantOf(day, clock);
}

/** epoch ms -> '08:30', the value of an <input type="time">. */
export function clockOf(epochMs: number): string {
  const at = new Date(epochMs);
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/** Every half hour of the day as minutes after midnight, 0 .. 1440 inclusive: the working-hours choices. */
export function halfHourSteps(): number[] {
  return Array.from({ length: 49 }, (_, index) => index * 30);
}
