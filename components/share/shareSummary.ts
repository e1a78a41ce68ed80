/**
 * What the share page shows and saves for one period: the summary, built with the noise kept for that period,
 * and its three forms exactly as they leave the device. Pure, so it is tested without a page.
 */
import type { SummaryInputs } from '../../utils/db/summaryQueries';
import { formatDay } from '../../utils/stats/localTime';
import { lastCompleteWeek, periodOf, previousPeriod, shiftPeriod } from '../../utils/stats/period';
import type { Period } from '../../utils/stats/periodTotals';
import { buildSummary } from '../../utils/summary/buildSummary';
import { streamRandom } from '../../utils/summary/noiseStream';
import { parsePeriodKey, periodDays, periodKey } from '../../utils/summary/periodKey';
import type { Summary } from '../../utils/summary/summary';
import { CSV_BOM, summaryToCsvFile } from '../../utils/summary/summaryToCsvRow';
import { summaryToJson } from '../../utils/summary/summaryToJson';
import { type SummaryLocale, summaryToText } from '../../utils/summary/summaryToText';

/** How far back the period picker goes. */
export const PICKABLE_WEEKS = 26;
export const PICKABLE_MONTHS = 12;

/** The options of the rounding picker, in hours; 0.5 is the default. */
export const ROUNDING_CHOICES = [0.25, 0.5, 1, 2] as const;
/** The options of the noise picker; smaller is more noise. 1 is offered first when noise is switched on. */
export const EPSILON_CHOICES = [0.5, 1, 2, 5] as const;
export const DEFAULT_EPSILON = 1;

export interface SharedSummary {
  period: string;
  summary: Summary;
  /** the text form, in the page's language */
  text: string;
  json: string;
  /** header and row with CRLF, as saved but without the BOM */
  csv: string;
  /** nothing recorded in the period: the summary is all zeros */
  isEmpty: boolean;
}

/**
 * Throws the RangeError of `buildSummary` when the stored settings are out of bounds. `inputs.noiseDraws` must be
 * there (not null): a summary with noise is never made from any other randomness than the period's stream.
 */
export function shareSummary(
  inputs: SummaryInputs & { noiseDraws: number[] },
  locale: SummaryLocale,
): SharedSummary {
  const { totals, settings, noiseDraws } = inputs;
  const { roundingHours, epsilon, level, province } = settings.summary;
  const summary = buildSummary(totals, {
    roundingHours,
    epsilon,
    level,
    province,
    random: streamRandom(noiseDraws),
  });
  return {
    period: summary.period,
    summary,
    text: summaryToText(summary, locale),
    json: summaryToJson(summary),
    csv: summaryToCsvFile(summary),
    // Days with records count browser time, check-ins, time off the browser and burden events alike.
    isEmpty: totals.daysWithRecords === 0 && totals.duplicateEntries === 0,
  };
}

/** `指尖账本-2026-W47.json`: the product and the period, nothing about the person. */
export function summaryFileName(base: string, period: string, extension: 'json' | 'csv'): string {
  return `${base}-${period}.${extension}`;
}

/** The saved CSV file: the BOM first, so Excel and WPS read the Chinese as UTF-8. */
export function csvFileText(csv: string): string {
  return CSV_BOM + csv;
}

/** The complete weeks or months a summary can be made of, newest first: the last complete one and those before it. */
export function pickablePeriods(kind: Period['kind'], today: string): Period[] {
  const newest = kind === 'week' ? lastCompleteWeek(today) : previousPeriod(periodOf('month', today));
  const count = kind === 'week' ? PICKABLE_WEEKS : PICKABLE_MONTHS;
  return Array.from({ length: count }, (_unused, index) => shiftPeriod(newest, -index));
}

/** The ISO week or month a summary's period string names, as a `Period` (Monday-first weeks), or null. */
export function periodOfKey(key: string): Period | null {
  const parsed = parsePeriodKey(key);
  if (!parsed) return null;
  const first = periodDays(parsed).first;
  return periodOf(parsed.kind, formatDay(first.getFullYear(), first.getMonth() + 1, first.getDate()), 1);
}

/** The key of a period, or null for one no summary can name (a year outside 2000-2099). */
export function safePeriodKey(period: Period): string | null {
  try {
    return periodKey(period);
  } catch {
    return null;
  }
}
