/**
 * Retention: raw spans older than the retention period are folded into day rollups and deleted, in one
 * transaction, so every total the review and the summary show stays the same (they read spans and rollups alike).
 */
import { ledgerDatabase } from '../db/ledgerDatabase';
import { readSettings } from '../db/settingsStore';
import { DEFAULT_SETTINGS } from '../settings';
import { mergeRollups, rollupSpans } from '../stats/dayRollup';
import { formatDay, localDayOf } from '../stats/localTime';

/** The background's daily alarm (entrypoints/background/index.ts). */
export const RETENTION_ALARM = 'retention';
export const RETENTION_PERIOD_MINUTES = 24 * 60;

export interface RetentionResult {
  /** spans of days before this local day were folded */
  cutoffDay: string;
  foldedSpans: number;
  /** days whose spans were folded */
  foldedDays: number;
}

/**
 * The first local day still kept raw: today's date `months` calendar months ago (the 31st falls back to the
 * month's last day). `months` below 1 or not a whole number falls back to the default.
 */
export function retentionCutoffDay(now: number, months: number): string {
  const whole = Number.isSafeInteger(months) && months >= 1 ? months : DEFAULT_SETTINGS.retentionMonths;
  const [year, month, date] = localDayOf(now).split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) - whole;
  const cutYear = Math.floor(monthIndex / 12);
  const cutMonth = (monthIndex % 12) + 1;
  const lastDate = new Date(Date.UTC(cutYear, cutMonth, 0)).getUTCDate();
  return formatDay(cutYear, cutMonth, Math.min(date, lastDate));
}

/** Folds every span of a day before `cutoffDay` into the day rollups, adding to rollups already there. */
export async function foldSpansBefore(cutoffDay: string): Promise<RetentionResult> {
  const db = ledgerDatabase();
  return db.transaction('rw', db.spans, db.dayRollups, async () => {
    const old = await db.spans.where('day').below(cutoffDay).toArray();
    if (old.length === 0) return { cutoffDay, foldedSpans: 0, foldedDays: 0 };
    const folded = rollupSpans(old);
    const days = [...new Set(folded.map((rollup) => rollup.day))];
    const existing = await db.dayRollups.where('day').anyOf(days).toArray();
    await db.dayRollups.bulkPut(mergeRollups(existing, folded));
    await db.spans.bulkDelete(old.map((span) => span.id));
    return { cutoffDay, foldedSpans: old.length, foldedDays: days.length };
  });
}

/** What the daily alarm and the data page's button run: fold by the retention period in the settings. */
export async function runRetention(now: number = Date.now()): Promise<RetentionResult> {
  const settings = await readSettings();
  return foldSpansBefore(retentionCutoffDay(now, settings.retentionMonths));
}

/** How many raw spans the next run would fold, for the data page. */
export async function spansDueForFolding(now: number, months: number): Promise<number> {
  return ledgerDatabase().spans.where('day').below(retentionCutoffDay(now, months)).count();
}
