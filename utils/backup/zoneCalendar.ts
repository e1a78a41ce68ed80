/**
 * Calendar days and wall-clock time of a named IANA time zone (a backup's, which need not be this computer's), for
 * checking a file's records against the calendar they were written in. Intl does the zone arithmetic; results are
 * cached per quarter hour, since every zone changes its offset only on one.
 */

const QUARTER_HOUR_MS = 900_000;
const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface ZoneCalendar {
  /** the zone's calendar day (yyyy-MM-dd) of an instant */
  dayOf(epochMs: number): string;
  /** the zone's UTC offset at an instant, in ms (wall clock = instant + offset) */
  offsetAt(epochMs: number): number;
  /** how long a calendar day of the zone is, in minutes: 1440, or 1380/1500 on a DST change */
  dayLengthMinutes(day: string): number;
  /** minutes after the zone's local midnight of the day the instant falls on */
  wallMinuteOf(epochMs: number): number;
}

/** Is `day` a yyyy-MM-dd date that exists in the Gregorian calendar (no 2026-02-30, no month 13)? */
export function isCalendarDay(day: string): boolean {
  const match = DAY_PATTERN.exec(day);
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = new Date(Date.UTC(year, month - 1, date));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === date;
}

/** null when the runtime does not know the zone. */
export function zoneCalendar(timeZone: string): ZoneCalendar | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    return null;
  }
  const offsets = new Map<number, number>();
  const offsetAt = (epochMs: number): number => {
    const quarter = Math.floor(epochMs / QUARTER_HOUR_MS);
    let offset = offsets.get(quarter);
    if (offset === undefined) {
      const start = quarter * QUARTER_HOUR_MS;
      const parts = Object.fromEntries(format.formatToParts(start).map((part) => [part.type, part.value]));
      const wall = Date.UTC(
        Number(parts.year),
        Number(parts.month) - 1,
        Number(parts.day),
        Number(parts.hour),
        Number(parts.minute),
        Number(parts.second),
      );
      offset = wall - start;
      offsets.set(quarter, offset);
    }
    return offset;
  };
  const dayOf = (epochMs: number): string => new Date(epochMs + offsetAt(epochMs)).toISOString().slice(0, 10);
  /** The first instant of a local day: its midnight, found from the offset an hour either side. */
  const startOf = (day: string): number => {
    const utcMidnight = Date.parse(`${day}T00:00:00Z`);
    const guess = utcMidnight - offsetAt(utcMidnight - 12 * 3_600_000);
    return dayOf(guess) === day ? guess : utcMidnight - offsetAt(utcMidnight + 12 * 3_600_000);
  };
  const lengths = new Map<string, number>();
  return {
    dayOf,
    offsetAt,
    dayLengthMinutes(day) {
      let minutes = lengths.get(day);
      if (minutes === undefined) {
        const next = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
        minutes = Math.round((startOf(next) - startOf(day)) / 60_000);
        lengths.set(day, minutes);
      }
      return minutes;
    },
    wallMinuteOf(epochMs) {
      return ((((epochMs + offsetAt(epochMs)) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000;
    },
  };
}
