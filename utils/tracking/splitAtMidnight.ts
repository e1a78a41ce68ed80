/** Cuts a stretch of time into spans that each lie within one local calendar day. */

import { addDays, startOfDay } from 'date-fns';
import { localDayOf } from '../stats/localTime';
import type { Span, SpanKind, SpanSource } from './span';

/** The largest magnitude a JavaScript Date can hold; beyond it there is no calendar day to file time under. */
const MAX_DATE_MS = 8.64e15;

export interface TimeRange {
  platformId: string;
  kind: SpanKind;
  start: number;
  end: number;
  source: SpanSource;
}

/**
 * yyyy-MM-dd of the instant in the runtime's time zone (the user's own calendar, never the UTC day). Not date-fns'
 * format: its formatters and locale were 15 KB of every page's JS (issue 17).
 */
export function localDay(epochMs: number): string {
  return localDayOf(epochMs);
}

/**
 * Split [start, end) at local midnights (the runtime's time zone, so a DST day is 23 or 25 hours long),
 * each piece with its local `day`. An empty, reversed or non-finite range gives no spans.
 */
export function splitAtMidnight(range: TimeRange): Span[] {
  const { platformId, kind, start, end, source } = range;
  if (!isCalendarTime(start) || !isCalendarTime(end) || end <= start) return [];

  const spans: Span[] = [];
  let pieceStart = start;
  while (pieceStart < end) {
    const midnight = nextLocalMidnight(pieceStart);
    // The guard keeps the loop finite even if the calendar arithmetic ever failed to move forward.
    const pieceEnd = midnight > pieceStart ? Math.min(midnight, end) : end;
    spans.push({ platformId, kind, start: pieceStart, end: pieceEnd, day: localDay(pieceStart), source });
    pieceStart = pieceEnd;
  }
  return spans;
}

function nextLocalMidnight(epochMs: number): number {
  return addDays(startOfDay(epochMs), 1).getTime();
}

function isCalendarTime(epochMs: number): boolean {
  return Number.isFinite(epochMs) && Math.abs(epochMs) < MAX_DATE_MS;
}
