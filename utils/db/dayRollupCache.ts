/**
 * Day totals for the review screens, read from a per-day cache for complete past days and computed from spans
 * (plus the rollups retention kept) for the rest. A year of spans is ~50,000 rows; a week view with its
 * 8-week trend would otherwise read ~8,000 of them on every open.
 */
import Dexie from 'dexie';
import { type DayRollup, mergeRollups, rollupSpans } from '../stats/dayRollup';
import { localDayOf, shiftDay } from '../stats/localTime';
import type { DayRollupCacheRow } from './ledgerDatabase';
import { ledgerDatabase } from './ledgerDatabase';

function daysBetween(firstDay: string, lastDay: string): string[] {
  const days: string[] = [];
  for (let day = firstDay; day <= lastDay; day = shiftDay(day, 1)) days.push(day);
  return days;
}

/** Rollups of the given days computed afresh: their spans (by the `day` index) merged with retained rollups. */
async function computeRollups(days: readonly string[]): Promise<DayRollup[]> {
  if (days.length === 0) return [];
  const db = ledgerDatabase();
  const [spans, retained] = await Promise.all([
    db.spans.where('day').anyOf(days).toArray(),
    db.dayRollups.where('day').anyOf(days).toArray(),
  ]);
  const fromSpans = rollupSpans(spans);
  return retained.length === 0 ? fromSpans : mergeRollups(fromSpans, retained);
}

function cacheRows(days: readonly string[], rollups: readonly DayRollup[]): DayRollupCacheRow[] {
  const byDay = new Map(days.map((day): [string, DayRollup[]] => [day, []]));
  for (const rollup of rollups) byDay.get(rollup.day)?.push(rollup);
  return [...byDay].map(([day, dayRollups]) => ({ day, rollups: dayRollups }));
}

export interface RollupsOfDays {
  rollups: DayRollup[];
  /** complete past days that were computed from spans: fillDayRollupCache() stores them for next time */
  uncachedPastDays: string[];
}

/** Day totals of [firstDay, lastDay]. Reads only; safe inside a live query. */
export async function readRollupsOfDays(
  firstDay: string,
  lastDay: string,
  today: string = localDayOf(Date.now()),
): Promise<RollupsOfDays> {
  const cached = await ledgerDatabase()
    .dayRollupCache.where('day')
    .between(firstDay, lastDay, true, true)
    .toArray();
  const cachedDays = new Set(cached.map((row) => row.day));
  const missing = daysBetween(firstDay, lastDay).filter((day) => !cachedDays.has(day));
  const computed = await computeRollups(missing);
  return {
    rollups: [...cached.flatMap((row) => row.rollups), ...computed],
    uncachedPastDays: missing.filter((day) => day < today),
  };
}

/**
 * Stores the rollups of complete past days (today is never cached: it changes with every tab switch). Runs
 * outside any caller's transaction, and recomputes in its own, so it never caches a day a writer just changed.
 */
export function fillDayRollupCache(
  days: readonly string[],
  today: string = localDayOf(Date.now()),
): Promise<void> {
  const past = days.filter((day) => day < today);
  if (past.length === 0) return Promise.resolve();
  return Dexie.ignoreTransaction(async () => {
    const db = ledgerDatabase();
    await db.transaction('rw', db.spans, db.dayRollups, db.dayRollupCache, async () => {
      await db.dayRollupCache.bulkPut(cacheRows(past, await computeRollups(past)));
    });
  });
}

/** Every past day with records that has no cache row yet (the daily alarm fills them). */
export async function daysMissingFromCache(today: string = localDayOf(Date.now())): Promise<string[]> {
  const db = ledgerDatabase();
  const [spanDays, retainedDays, cachedDays] = await Promise.all([
    db.spans.orderBy('day').uniqueKeys(),
    db.dayRollups.orderBy('day').uniqueKeys(),
    db.dayRollupCache.toCollection().primaryKeys(),
  ]);
  const cached = new Set(cachedDays as string[]);
  const withRecords = new Set([...(spanDays as string[]), ...(retainedDays as string[])]);
  return [...withRecords].filter((day) => day < today && !cached.has(day)).sort();
}

/** Inside a writer's transaction (which must include dayRollupCache): the days' totals are no longer known. */
export async function forgetCachedDays(days: Iterable<string>): Promise<void> {
  const unique = [...new Set(days)];
  if (unique.length > 0) await ledgerDatabase().dayRollupCache.bulkDelete(unique);
}

/** The daily job: caches every past day not cached yet, a month at a time so no transaction grows large. */
export async function fillWholeDayRollupCache(today: string = localDayOf(Date.now())): Promise<number> {
  const missing = await daysMissingFromCache(today);
  for (let from = 0; from < missing.length; from += 31) {
    await fillDayRollupCache(missing.slice(from, from + 31), today);
  }
  return missing.length;
}
