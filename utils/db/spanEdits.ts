/** Corrections the user makes to recorded time: move or re-assign a span, delete it, or add time spent elsewhere. */
import { localDayOf } from '../stats/localTime';
import type { Span, SpanKind } from '../tracking/span';
import { forgetCachedDays } from './dayRollupCache';
import { ledgerDatabase } from './ledgerDatabase';

/** Why an edit was refused; the screen turns each into a sentence. */
export type SpanEditProblem =
  | 'endNotAfterStart'
  | 'crossesMidnight'
  | 'inFuture'
  | 'overlaps'
  | 'noPlatform'
  | 'notFound';

export class SpanEditError extends Error {
  constructor(
    readonly problem: SpanEditProblem,
    /** for 'overlaps': the span already recorded at that time */
    readonly conflicting?: Pick<Span, 'start' | 'end' | 'platformId'>,
  ) {
    super(`span edit refused: ${problem}`);
  }
}

/** A minute of slack, so "until now" typed in a form is not refused for a clock that moved on. */
const FUTURE_SLACK_MS = 60_000;

/** The first rule a span's times break, or null. A span must end after it starts, on the same local day, not later than now. */
export function checkSpanTimes(start: number, end: number, now: number): SpanEditProblem | null {
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return 'endNotAfterStart';
  // The end is exclusive: a span may end exactly at the next midnight.
  if (localDayOf(start) !== localDayOf(end - 1)) return 'crossesMidnight';
  if (end > now + FUTURE_SLACK_MS) return 'inFuture';
  return null;
}

export interface SpanTimes {
  platformId: string;
  start: number;
  end: number;
}

export interface ManualSpan extends SpanTimes {
  kind?: SpanKind;
}

/** Moves a span, or assigns it to another platform; refused if it would overlap another span. */
export async function updateSpan(id: number, changes: SpanTimes, now = Date.now()): Promise<void> {
  validate(changes, now);
  const db = ledgerDatabase();
  await db.transaction('rw', db.spans, db.dayRollupCache, async () => {
    const existing = await db.spans.get(id);
    if (!existing) throw new SpanEditError('notFound');
    const day = localDayOf(changes.start);
    await refuseOverlap(day, changes, id);
    await forgetCachedDays([existing.day, day]);
    await db.spans.update(id, {
      platformId: changes.platformId,
      start: changes.start,
      end: changes.end,
      day,
    });
  });
}

export async function deleteSpan(id: number): Promise<void> {
  const db = ledgerDatabase();
  await db.transaction('rw', db.spans, db.dayRollupCache, async () => {
    const existing = await db.spans.get(id);
    if (!existing) return;
    await db.spans.delete(id);
    await forgetCachedDays([existing.day]);
  });
}

/** Time the browser could not see (40 minutes in a phone app): a span with source 'manual'. Returns its id. */
export async function addManualSpan(span: ManualSpan, now = Date.now()): Promise<number> {
  validate(span, now);
  const db = ledgerDatabase();
  return db.transaction('rw', db.spans, db.dayRollupCache, async () => {
    const day = localDayOf(span.start);
    await refuseOverlap(day, span, undefined);
    await forgetCachedDays([day]);
    const row: Span = {
      platformId: span.platformId,
      start: span.start,
      end: span.end,
      day,
      kind: span.kind ?? 'active',
      source: 'manual',
    };
    return (await db.spans.add(row)) as number;
  });
}

function validate(span: SpanTimes, now: number): void {
  if (span.platformId.trim() === '') throw new SpanEditError('noPlatform');
  const problem = checkSpanTimes(span.start, span.end, now);
  if (problem) throw new SpanEditError(problem);
}

/** Two spans at the same time would count that time twice: a day could hold more hours than it has. */
async function refuseOverlap(day: string, span: SpanTimes, exceptId: number | undefined): Promise<void> {
  const sameDay = await ledgerDatabase().spans.where('day').equals(day).toArray();
  const conflicting = sameDay.find(
    (other) => other.id !== exceptId && other.start < span.end && span.start < other.end,
  );
  if (conflicting) {
    throw new SpanEditError('overlaps', {
      start: conflicting.start,
      end: conflicting.end,
      platformId: conflicting.platformId,
    });
  }
}
