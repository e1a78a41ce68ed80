/** Joins spans that continue one another, so a day's record stays short without changing what it measures. */

import type { Span } from './span';

const DEFAULT_TOLERANCE_MS = 1000;

/**
 * May `b` be appended to `a`? Same platform, kind, source and day, and `b` starts at or at most
 * `toleranceMs` after the end of `a`. Overlapping spans never merge: that would hide double counting.
 */
export function canMerge(a: Span, b: Span, toleranceMs: number = DEFAULT_TOLERANCE_MS): boolean {
  const gap = b.start - a.end;
  return (
    a.platformId === b.platformId &&
    a.kind === b.kind &&
    a.source === b.source &&
    a.day === b.day &&
    gap >= 0 &&
    gap <= Math.max(0, toleranceMs)
  );
}

/**
 * Merge adjacent spans of the same platform and kind (input in any order; output sorted by start).
 * A merged span keeps the `id` of its earliest part; a gap within the tolerance is counted as part of it.
 */
export function mergeAdjacent<T extends Span>(
  spans: readonly T[],
  toleranceMs: number = DEFAULT_TOLERANCE_MS,
): T[] {
  const merged: T[] = [];
  // The last merged span of each platform/kind/source/day, so spans of other platforms in between do not block a merge.
  const lastByKey = new Map<string, T>();
  for (const span of [...spans].sort(chronologically)) {
    const key = keyOf(span);
    const last = lastByKey.get(key);
    if (last !== undefined && canMerge(last, span, toleranceMs)) {
      last.end = Math.max(last.end, span.end);
    } else {
      const copy = { ...span };
      merged.push(copy);
      lastByKey.set(key, copy);
    }
  }
  // A merge lengthens a span, so sort again: the same input must always give the same order.
  return merged.sort(chronologically);
}

/** By start, then end, then what the span measures: a total order, so ties never depend on the input order. */
function chronologically(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end || compareText(keyOf(a), keyOf(b));
}

function keyOf(span: Span): string {
  return JSON.stringify([span.platformId, span.kind, span.source, span.day]);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
