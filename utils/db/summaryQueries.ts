/**
 * The reads the anonymized summary is built from (a period's totals, the settings), and the noise draws kept per
 * period so that making the same summary again never brings fresh noise that could be averaged away.
 */
import { describePlatform } from '../platforms/matchPlatform';
import type { Settings } from '../settings';
import { periodTotals } from '../stats/computePeriodTotals';
import type { Period, PeriodTotals } from '../stats/periodTotals';
import { periodKey } from '../summary/periodKey';
import { ledgerDatabase } from './ledgerDatabase';
import { reviewData } from './reviewQueries';
import { readSettings, saveSettings } from './settingsStore';

/**
 * Changes some of the summary settings, merged with what is stored at the moment of writing: two quick changes
 * (a level, then a province) both stay, whatever the page had read before.
 */
export async function saveSummarySettings(changes: Partial<Settings['summary']>): Promise<Settings> {
  const db = ledgerDatabase();
  return db.transaction('rw', db.settings, async () => {
    const current = await readSettings();
    return saveSettings({ summary: { ...current.summary, ...changes } });
  });
}

export interface SummaryInputs {
  totals: PeriodTotals;
  settings: Settings;
  /** the uniform draws kept for this period and the settings' epsilon; empty without noise or before the first summary */
  noiseDraws: number[];
}

/**
 * A period's totals: the spans of its days rolled up and merged with the rollups retention kept, its check-ins,
 * every fingerprint up to its last day (a duplicate can retype data first entered long before), the user's rules
 * to describe platforms, and the settings' working time.
 */
export async function periodTotalsFor(period: Period): Promise<PeriodTotals> {
  return (await summaryInputsFor(period)).totals;
}

/** Everything the share page needs for one period, in one read (a live query re-runs it when any of it changes). */
export async function summaryInputsFor(period: Period): Promise<SummaryInputs> {
  const data = await reviewData(period.firstDay, period.lastDay);
  const totals = periodTotals({
    period,
    rollups: data.rollups,
    checkins: data.checkins,
    fingerprints: data.fingerprints,
    outsideTime: data.outsideTime,
    burdenEvents: data.burdenEvents,
    inventory: data.inventory,
    working: { ...data.settings, includeUnconfirmed: data.settings.summary.includeUnconfirmed },
    describe: (id) => describePlatform(id, data.rules),
  });
  const epsilon = data.settings.summary.epsilon;
  const noiseDraws = epsilon === null ? [] : await keptNoiseDraws(periodKey(period), epsilon);
  return { totals, settings: data.settings, noiseDraws };
}

/**
 * A summary needs about a hundred uniform draws (two per noisy number); the cap keeps a meta row well under the
 * backup format's 10,000 characters, and no summary of the catalogue's platforms comes near it.
 */
export const MAX_KEPT_NOISE_DRAWS = 400;

const NOISE_KEY_PREFIX = 'summaryNoise';

/**
 * One stream of draws per period and epsilon. Rounding and profile fields do not pick a new stream: rounding the
 * same noisy value another way reveals nothing more. A different epsilon must not reuse the stream, because the
 * same draw scaled by two known epsilons would let the noise be solved away.
 */
function noiseKey(periodKey: string, epsilon: number): string {
  return `${NOISE_KEY_PREFIX}/${periodKey}/${epsilon}`;
}

export async function keptNoiseDraws(periodKey: string, epsilon: number): Promise<number[]> {
  const row = await ledgerDatabase().meta.get(noiseKey(periodKey, epsilon));
  return row ? readDraws(row.value) : [];
}

/**
 * Keeps the draws of a summary just built. Draws already kept are never replaced: if another page kept a stream
 * first, that stream stays, and the caller's next read builds from it. Returns the stream now kept.
 */
export async function keepNoiseDraws(
  periodKey: string,
  epsilon: number,
  draws: readonly number[],
): Promise<number[]> {
  const db = ledgerDatabase();
  const key = noiseKey(periodKey, epsilon);
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(key);
    const kept = row ? readDraws(row.value) : [];
    const extendsKept = draws.length > kept.length && kept.every((draw, index) => draws[index] === draw);
    if (!extendsKept) return kept;
    const next = draws.slice(0, MAX_KEPT_NOISE_DRAWS).filter(isUniformDraw);
    if (next.length <= kept.length) return kept;
    await db.meta.put({ key, value: JSON.stringify(next) });
    return next;
  });
}

/** A damaged row is read as no draws (a new stream is then drawn), never as an error. */
function readDraws(value: string): number[] {
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return [];
    const draws: number[] = [];
    for (const draw of parsed) {
      if (!isUniformDraw(draw)) break;
      draws.push(draw);
    }
    return draws;
  } catch {
    return [];
  }
}

function isUniformDraw(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value < 1;
}
