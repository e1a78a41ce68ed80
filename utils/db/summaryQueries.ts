/**
 * The reads the anonymized summary is built from: a period's totals, the settings, and the period's noise, drawn
 * from the per-install noise key (utils/summary/noiseStream.ts) so that it is the same every time, with no write.
 */
import { describePlatform } from '../platforms/matchPlatform';
import type { Settings } from '../settings';
import { periodTotals } from '../stats/computePeriodTotals';
import type { Period, PeriodTotals } from '../stats/periodTotals';
import { noiseStream } from '../summary/noiseStream';
import { periodKey } from '../summary/periodKey';
import { ledgerDatabase } from './ledgerDatabase';
import { readSummaryNoiseKey } from './metaStore';
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
  /** the period's noise stream for the settings' epsilon; empty without noise; null until the noise key exists */
  noiseDraws: number[] | null;
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
  // Read last: the live query has seen every table it depends on; the stream itself reads no table.
  const noiseKey = epsilon === null ? null : await readSummaryNoiseKey();
  const noiseDraws =
    epsilon === null
      ? []
      : noiseKey === null
        ? null
        : await noiseStream(noiseKey, periodKey(period), epsilon);
  return { totals, settings: data.settings, noiseDraws };
}
