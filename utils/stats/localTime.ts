/** Calendar days (`yyyy-MM-dd`) and wall-clock time of the user's current time zone, cheap enough for hot loops. */

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  date: number;
}

export function formatDay(year: number, month: number, date: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

export function parseDay(day: string): CalendarDate {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`not a yyyy-MM-dd day: ${day}`);
  return { year: Number(match[1]), month: Number(match[2]), date: Number(match[3]) };
}

/** The local calendar day of an instant. */
export function localDayOf(epochMs: number): string {
  const at = new Date(epochMs);
  return formatDay(at.getFullYear(), at.getMonth() + 1, at.getDate());
}

/** The day `days` calendar days after `day` (before, if negative); pure calendar arithmetic, so DST cannot shift it. */
export function shiftDay(day: string, days: number): string {
  const { year, month, date } = parseDay(day);
  const shifted = new Date(Date.UTC(year, month - 1, date + days));
  return formatDay(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** ISO weekday of a calendar day: 1 = Monday .. 7 = Sunday. */
export function isoWeekdayOf(day: string): number {
  const { year, month, date } = parseDay(day);
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Receives one day's part of an interval, as wall-clock ms after that day's local 00:00 (`fromWall` < `toWall`). */
export type WallPieceVisitor = (day: string, fromWall: number, toWall: number) => void;

/** A stretch of a day with one UTC offset: the wall-clock time of instant t is `t + toWall`. */
interface OffsetSegment {
  from: number;
  to: number;
  toWall: number;
}

interface LocalDay {
  day: string;
  /** first instant of the day (local 00:00, or the first existing instant if 00:00 was skipped) */
  start: number;
  /** first instant of the next day */
  end: number;
  segments: OffsetSegment[];
}

/**
 * Splits intervals of epoch ms into per-day pieces of local wall-clock time, in the time zone current when the
 * clock is created. On a DST day the wall clock jumps: a skipped hour gets no piece, a repeated hour gets two.
 * Caches days, so create one per computation (not per module: a test may change the time zone).
 */
export class WallClock {
  private readonly days = new Map<string, LocalDay>();
  private last: LocalDay | undefined;

  forEachPiece(start: number, end: number, visit: WallPieceVisitor): void {
    let at = start;
    while (at < end) {
      const day = this.dayContaining(at);
      const pieceEnd = Math.min(end, day.end);
      for (const segment of day.segments) {
        const from = Math.max(at, segment.from);
        const to = Math.min(pieceEnd, segment.to);
        if (from < to) visit(day.day, clampToDay(from + segment.toWall), clampToDay(to + segment.toWall));
      }
      // A zone database glitch must not loop forever.
      if (pieceEnd <= at) return;
      at = pieceEnd;
    }
  }

  private dayContaining(instant: number): LocalDay {
    const last = this.last;
    if (last && instant >= last.start && instant < last.end) return last;
    const key = localDayOf(instant);
    let day = this.days.get(key);
    if (!day) {
      day = describeLocalDay(key);
      this.days.set(key, day);
    }
    this.last = day;
    return day;
  }
}

function clampToDay(wallMs: number): number {
  return Math.min(DAY_MS, Math.max(0, wallMs));
}

function describeLocalDay(day: string): LocalDay {
  const { year, month, date } = parseDay(day);
  const start = new Date(year, month - 1, date).getTime();
  const end = new Date(year, month - 1, date + 1).getTime();
  const utcMidnight = Date.UTC(year, month - 1, date);
  const toWallAt = (instant: number) => -new Date(instant).getTimezoneOffset() * 60_000 - utcMidnight;
  const first = toWallAt(start);
  if (end - start === DAY_MS && toWallAt(end - 1) === first) {
    return { day, start, end, segments: [{ from: start, to: end, toWall: first }] };
  }
  return { day, start, end, segments: offsetSegments(start, end, toWallAt) };
}

/** Segments of a day whose UTC offset changes: sample every hour, then bisect each change to the millisecond. */
function offsetSegments(start: number, end: number, toWallAt: (instant: number) => number): OffsetSegment[] {
  const segments: OffsetSegment[] = [];
  let segmentStart = start;
  let segmentWall = toWallAt(start);
  let previous = start;
  for (
    let sample = Math.min(start + HOUR_MS, end - 1);
    previous < end - 1;
    sample = Math.min(sample + HOUR_MS, end - 1)
  ) {
    const wall = toWallAt(sample);
    if (wall !== segmentWall) {
      let before = previous;
      let after = sample;
      while (after - before > 1) {
        const middle = Math.floor((before + after) / 2);
        if (toWallAt(middle) === segmentWall) before = middle;
        else after = middle;
      }
      segments.push({ from: segmentStart, to: after, toWall: segmentWall });
      segmentStart = after;
      segmentWall = toWallAt(after);
    }
    previous = sample;
  }
  segments.push({ from: segmentStart, to: end, toWall: segmentWall });
  return segments;
}
