/** Per-day, per-platform, per-kind aggregates of spans: the retention format and the cache every review screen reads. */
import type { Span, SpanKind } from '../tracking/span';
import { WallClock } from './localTime';

export const HALF_HOURS_PER_DAY = 48;
const HALF_HOUR_MS = 1_800_000;
const MINUTE_MS = 60_000;

/**
 * The time of one platform and kind on one local day.
 *
 * `halfHours` always has 48 entries, indexed by the wall-clock half hour of local time (index 0 = 00:00-00:30).
 * On a DST change day the clock skips or repeats an hour: skipped half hours stay 0, and a repeated half hour
 * holds both passes (up to 60 minutes), so `minutes` can reach 1500 on a fall-back day. Keeping wall-clock
 * indexes is what lets after-hours and heat maps be recomputed from rollups when working hours change.
 *
 * All minutes are whole milliseconds divided by 60,000 and never rounded, so merging stays exact.
 */
export interface DayRollup {
  /** local yyyy-MM-dd */
  day: string;
  platformId: string;
  kind: SpanKind;
  /** minutes in each wall-clock half hour of the day */
  halfHours: number[];
  /** sum of halfHours */
  minutes: number;
  /** spans that contributed; a span that crosses midnight counts on each day it touches */
  spanCount: number;
}

interface RollupAccumulator {
  day: string;
  platformId: string;
  kind: SpanKind;
  /** milliseconds per half hour; turned into minutes in place when the rollup is made */
  halfHours: number[];
  totalMs: number;
  spanCount: number;
}

/** Accumulators by day, then by kind and platform: small maps, cheap keys. */
type Accumulators = Map<string, Map<string, RollupAccumulator>>;

/**
 * Rolls spans up by local day, platform and kind, in the time zone current now. The day comes from the span's
 * instants rather than its stored `day`, and a span that crosses midnight is split, so every minute lands on the
 * wall-clock half hour it happened in. Spans with `end <= start` contribute nothing.
 */
export function rollupSpans(spans: readonly Span[]): DayRollup[] {
  const clock = new WallClock();
  const accumulators: Accumulators = new Map();
  // One visitor for all spans (no closure per span): 50,000 spans must roll up in tens of milliseconds.
  let platformId = '';
  let kind: SpanKind = 'active';
  let countedOnDay = '';
  const addPiece = (day: string, fromWall: number, toWall: number) => {
    const accumulator = accumulatorFor(accumulators, day, platformId, kind);
    addWallRange(accumulator.halfHours, fromWall, toWall);
    accumulator.totalMs += toWall - fromWall;
    if (countedOnDay !== day) {
      accumulator.spanCount += 1;
      countedOnDay = day;
    }
  };
  for (const span of spans) {
    platformId = span.platformId;
    kind = span.kind;
    countedOnDay = '';
    clock.forEachPiece(span.start, span.end, addPiece);
  }
  return sortedRollups(accumulators);
}

/**
 * Adds two sets of rollups, row by row on (day, platformId, kind); duplicate rows within one input are added too.
 * Associative and commutative, exactly: minutes are summed as whole milliseconds. The result is sorted by day,
 * platform and kind, the same order `rollupSpans` returns.
 */
export function mergeRollups(a: readonly DayRollup[], b: readonly DayRollup[]): DayRollup[] {
  const accumulators: Accumulators = new Map();
  for (const rollup of [...a, ...b]) {
    const accumulator = accumulatorFor(accumulators, rollup.day, rollup.platformId, rollup.kind);
    const slots = Math.min(HALF_HOURS_PER_DAY, rollup.halfHours.length);
    for (let slot = 0; slot < slots; slot += 1) {
      accumulator.halfHours[slot] = (accumulator.halfHours[slot] ?? 0) + toMs(rollup.halfHours[slot] ?? 0);
    }
    accumulator.totalMs += toMs(rollup.minutes);
    accumulator.spanCount += rollup.spanCount;
  }
  return sortedRollups(accumulators);
}

function toMs(minutes: number): number {
  return Math.round(minutes * MINUTE_MS);
}

function accumulatorFor(
  accumulators: Accumulators,
  day: string,
  platformId: string,
  kind: SpanKind,
): RollupAccumulator {
  let ofDay = accumulators.get(day);
  if (!ofDay) {
    ofDay = new Map();
    accumulators.set(day, ofDay);
  }
  const key = kind === 'media' ? `m${platformId}` : `a${platformId}`;
  let accumulator = ofDay.get(key);
  if (!accumulator) {
    const halfHours = new Array<number>(HALF_HOURS_PER_DAY).fill(0);
    accumulator = { day, platformId, kind, halfHours, totalMs: 0, spanCount: 0 };
    ofDay.set(key, accumulator);
  }
  return accumulator;
}

function addWallRange(halfHourMs: number[], fromWall: number, toWall: number): void {
  let at = fromWall;
  let slot = Math.floor(at / HALF_HOUR_MS);
  while (at < toWall && slot < HALF_HOURS_PER_DAY) {
    const slotEnd = Math.min(toWall, (slot + 1) * HALF_HOUR_MS);
    halfHourMs[slot] = (halfHourMs[slot] ?? 0) + (slotEnd - at);
    at = slotEnd;
    slot += 1;
  }
}

function sortedRollups(accumulators: Accumulators): DayRollup[] {
  const rollups: DayRollup[] = [];
  for (const ofDay of accumulators.values()) {
    for (const { day, platformId, kind, halfHours, totalMs, spanCount } of ofDay.values()) {
      for (let slot = 0; slot < HALF_HOURS_PER_DAY; slot += 1) {
        halfHours[slot] = (halfHours[slot] ?? 0) / MINUTE_MS;
      }
      rollups.push({ day, platformId, kind, halfHours, minutes: totalMs / MINUTE_MS, spanCount });
    }
  }
  return rollups.sort(compareRollups);
}

function compareRollups(a: DayRollup, b: DayRollup): number {
  return compareText(a.day, b.day) || compareText(a.platformId, b.platformId) || compareText(a.kind, b.kind);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
