/**
 * The stored open span row, read back. A module of its own: the popup's first frame shows the span being timed
 * without loading the tracker and what it needs to close spans (splitAtMidnight, date-fns).
 */
import * as v from 'valibot';
import type { OpenSpan } from './span';

/** No span can honestly have run longer than a year; a stored row claiming more is corrupt, not a record. */
const MAX_PLAUSIBLE_SPAN_MS = 366 * 24 * 60 * 60 * 1000;

const openSpanSchema = v.object({
  platformId: v.pipe(v.string(), v.minLength(1)),
  kind: v.picklist(['active', 'media']),
  start: v.pipe(v.number(), v.finite()),
  lastBeat: v.pipe(v.number(), v.finite()),
});

/**
 * The open span a stored row holds, or null. A row is trusted only in the shape the tracker writes and with a
 * plausible length, so a corrupt row can neither throw nor flood the record; a beat before the start reads as the start.
 */
export function parseOpenSpan(value: unknown): OpenSpan | null {
  const parsed = v.safeParse(openSpanSchema, value);
  if (!parsed.success) return null;
  const { platformId, kind, start } = parsed.output;
  const lastBeat = Math.max(start, parsed.output.lastBeat);
  return lastBeat - start <= MAX_PLAUSIBLE_SPAN_MS ? { platformId, kind, start, lastBeat } : null;
}
