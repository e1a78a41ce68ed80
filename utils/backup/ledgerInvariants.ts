/**
 * What the tracker guarantees of a ledger, as one check: no two spans overlap (one thing is timed at a time), no day
 * holds more time than its wall clock (spans and day rollups together, half hour by half hour), the span still
 * being timed is no longer than a day, and no day holds more than 24 hours outside the browser. A restore accepts
 * only files that pass it, and what it writes passes it again (tests/unit/backup/restoreInvariants.test.ts).
 */
import type { DayRollup } from '../stats/dayRollup';
import { HALF_HOURS_PER_DAY } from '../stats/dayRollup';
import type { Span } from '../tracking/span';
import { MAX_OPEN_SPAN_MS } from './backupFormat';
import type { ZoneCalendar } from './zoneCalendar';

export type InvariantCode = 'overlaps' | 'dayOverWallTime' | 'openSpanTooLong' | 'outsideDayOverWallTime';

export interface InvariantProblem {
  code: InvariantCode;
  table: 'spans' | 'openSpan' | 'dayRollups' | 'outsideTime';
  /** index in that table, 0-based */
  index: number;
}

export interface LedgerTimeRecords {
  spans: readonly Span[];
  dayRollups: readonly DayRollup[];
  /** the span being timed, as start and last beat */
  openSpan: readonly { start: number; lastBeat: number }[];
  outsideTime: readonly { day: string; minutes: number }[];
}

/** Minutes of rounding slack: rollup minutes are sums of milliseconds divided by 60,000. */
const SLACK_MINUTES = 1e-6;
const HALF_HOUR_MINUTES = 30;

export function ledgerInvariantProblem(
  ledger: LedgerTimeRecords,
  calendar: ZoneCalendar,
): InvariantProblem | null {
  return (
    overlappingSpan(ledger) ??
    openSpanProblem(ledger) ??
    wallTimeProblem(ledger, calendar) ??
    outsideTimeProblem(ledger, calendar)
  );
}

function overlappingSpan({ spans }: LedgerTimeRecords): InvariantProblem | null {
  const order = spans.map((_, index) => index).sort((a, b) => spans[a]!.start - spans[b]!.start);
  let reach = Number.NEGATIVE_INFINITY;
  for (const index of order) {
    const span = spans[index]!;
    if (span.start < reach) return { code: 'overlaps', table: 'spans', index };
    reach = Math.max(reach, span.end);
  }
  return null;
}

function openSpanProblem({ openSpan, spans }: LedgerTimeRecords): InvariantProblem | null {
  for (const [index, open] of openSpan.entries()) {
    if (open.lastBeat - open.start > MAX_OPEN_SPAN_MS)
      return { code: 'openSpanTooLong', table: 'openSpan', index };
    // What is being timed now was not also recorded as closed.
    if (spans.some((span) => span.start < open.lastBeat && open.start < span.end)) {
      return { code: 'overlaps', table: 'openSpan', index };
    }
  }
  return null;
}

/**
 * Per day: span and rollup minutes together within the day's wall time; per half hour, within the half hour (twice
 * that on a day the clocks go back, when a wall-clock half hour passes twice).
 */
function wallTimeProblem(
  { spans, dayRollups }: LedgerTimeRecords,
  calendar: ZoneCalendar,
): InvariantProblem | null {
  const daysWithRollups = new Map<string, { slots: Float64Array; total: number; firstIndex: number }>();
  for (const [index, rollup] of dayRollups.entries()) {
    let day = daysWithRollups.get(rollup.day);
    if (!day) {
      day = { slots: new Float64Array(HALF_HOURS_PER_DAY), total: 0, firstIndex: index };
      daysWithRollups.set(rollup.day, day);
    }
    for (let slot = 0; slot < HALF_HOURS_PER_DAY; slot += 1) day.slots[slot]! += rollup.halfHours[slot] ?? 0;
    day.total += rollup.minutes;
  }
  const spanMinutes = new Map<string, number>();
  for (const [index, span] of spans.entries()) {
    const minutes = (span.end - span.start) / 60_000;
    spanMinutes.set(span.day, (spanMinutes.get(span.day) ?? 0) + minutes);
    const withRollups = daysWithRollups.get(span.day);
    if (withRollups) {
      addToSlots(withRollups.slots, span, calendar);
      withRollups.total += minutes;
    }
    if ((spanMinutes.get(span.day) ?? 0) > calendar.dayLengthMinutes(span.day) + SLACK_MINUTES) {
      return { code: 'dayOverWallTime', table: 'spans', index };
    }
  }
  for (const [day, { slots, total, firstIndex }] of daysWithRollups) {
    const length = calendar.dayLengthMinutes(day);
    const capacity = length > 24 * 60 ? 2 * HALF_HOUR_MINUTES : HALF_HOUR_MINUTES;
    const overSlot = slots.some((minutes) => minutes > capacity + SLACK_MINUTES);
    if (overSlot || total > length + SLACK_MINUTES) {
      return { code: 'dayOverWallTime', table: 'dayRollups', index: firstIndex };
    }
  }
  return null;
}

/** Adds a span's minutes to the wall-clock half hours of its day, in the file's time zone. */
function addToSlots(slots: Float64Array, span: Span, calendar: ZoneCalendar): void {
  let at = span.start;
  while (at < span.end) {
    const wallMinute = calendar.wallMinuteOf(at);
    const slot = Math.min(HALF_HOURS_PER_DAY - 1, Math.floor(wallMinute / HALF_HOUR_MINUTES));
    const untilSlotEnd = ((slot + 1) * HALF_HOUR_MINUTES - wallMinute) * 60_000;
    const next = Math.min(span.end, at + Math.max(1, untilSlotEnd));
    slots[slot]! += (next - at) / 60_000;
    at = next;
  }
}

function outsideTimeProblem(
  { outsideTime }: LedgerTimeRecords,
  calendar: ZoneCalendar,
): InvariantProblem | null {
  const byDay = new Map<string, number>();
  for (const [index, record] of outsideTime.entries()) {
    const total = (byDay.get(record.day) ?? 0) + record.minutes;
    byDay.set(record.day, total);
    if (total > calendar.dayLengthMinutes(record.day) + SLACK_MINUTES) {
      return { code: 'outsideDayOverWallTime', table: 'outsideTime', index };
    }
  }
  return null;
}
