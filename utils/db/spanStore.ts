/** Reading and writing tracked spans; a recorded span is merged into its predecessor when they touch. */

import { localDayOf } from '../stats/localTime';
import { canMerge } from '../tracking/mergeSpans';
import type { Span, StoredSpan } from '../tracking/span';
import { forgetCachedDays } from './dayRollupCache';
import { ledgerDatabase } from './ledgerDatabase';

/** Record closed spans; each one that continues the last span of its day, platform and kind extends it instead. */
export async function recordSpans(spans: readonly Span[]): Promise<void> {
  if (spans.length === 0) return;
  const db = ledgerDatabase();
  await db.transaction('rw', db.spans, db.dayRollupCache, async () => {
    for (const span of spans) {
      await recordSpan(span);
    }
  });
}

/** Inside a transaction over `spans` and `dayRollupCache`: extend the span this one continues, or add it. */
export async function recordSpan(span: Span): Promise<void> {
  const db = ledgerDatabase();
  // A span closed after midnight (or after a browser restart) can land on a past day whose totals are cached.
  if (span.day < localDayOf(Date.now())) await forgetCachedDays([span.day]);
  // This runs on every tab switch: one getAll of the day's spans of the platform (a few dozen rows), filtered
  // here, because a filtered Dexie collection walks a cursor with a round trip per row (see docs/benchmarks.md).
  const sameDay = await db.spans.where('[day+platformId]').equals([span.day, span.platformId]).toArray();
  let previous: StoredSpan | undefined;
  for (const row of sameDay) {
    const continues = row.kind === span.kind && row.source === span.source && row.end <= span.start;
    if (continues && (previous === undefined || row.end >= previous.end)) previous = row;
  }
  if (previous !== undefined && canMerge(previous, span)) {
    // The row was just read in this transaction: one put, where update() would read it again through a cursor.
    await db.spans.put({ ...previous, end: span.end });
  } else {
    await db.spans.add({ ...span });
  }
}

export function spansOfDay(day: string): Promise<StoredSpan[]> {
  return ledgerDatabase().spans.where('day').equals(day).sortBy('start');
}

/** Spans whose local day lies in [firstDay, lastDay] (yyyy-MM-dd, inclusive). */
export function spansBetweenDays(firstDay: string, lastDay: string): Promise<StoredSpan[]> {
  return ledgerDatabase().spans.where('day').between(firstDay, lastDay, true, true).toArray();
}

export function allSpans(): Promise<StoredSpan[]> {
  return ledgerDatabase().spans.orderBy('start').toArray();
}
