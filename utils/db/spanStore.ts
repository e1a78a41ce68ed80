/** Reading and writing tracked spans; a recorded span is merged into its predecessor when they touch. */
import { canMerge } from '../tracking/mergeSpans';
import type { Span } from '../tracking/span';
import { ledgerDatabase } from './ledgerDatabase';

/** Record closed spans; each one that continues the last span of its day, platform and kind extends it instead. */
export async function recordSpans(spans: readonly Span[]): Promise<void> {
  if (spans.length === 0) return;
  const db = ledgerDatabase();
  await db.transaction('rw', db.spans, async () => {
    for (const span of spans) {
      await recordSpan(span);
    }
  });
}

/** Inside a transaction over `spans`: extend the span this one continues, or add it. */
export async function recordSpan(span: Span): Promise<void> {
  const db = ledgerDatabase();
  const previous = await db.spans
    .where('[day+platformId]')
    .equals([span.day, span.platformId])
    .filter((row) => row.kind === span.kind && row.source === span.source && row.end <= span.start)
    .reverse()
    .sortBy('end')
    .then((rows) => rows[0]);
  if (previous?.id !== undefined && canMerge(previous, span)) {
    await db.spans.update(previous.id, { end: span.end });
  } else {
    const { id: _ignored, ...row } = span;
    await db.spans.add(row);
  }
}

export function spansOfDay(day: string): Promise<Span[]> {
  return ledgerDatabase().spans.where('day').equals(day).sortBy('start');
}

/** Spans whose local day lies in [firstDay, lastDay] (yyyy-MM-dd, inclusive). */
export function spansBetweenDays(firstDay: string, lastDay: string): Promise<Span[]> {
  return ledgerDatabase().spans.where('day').between(firstDay, lastDay, true, true).toArray();
}

export function allSpans(): Promise<Span[]> {
  return ledgerDatabase().spans.orderBy('start').toArray();
}
