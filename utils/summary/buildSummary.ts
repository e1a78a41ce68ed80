/** Turns one period's totals into the anonymized summary: coarse, rounded, optionally noised, and naming no local platform. */
import { CHECKIN_TYPES } from '../checkins/checkin';
import { PLATFORM_CATEGORIES } from '../platforms/platform';
import type { Level } from '../settings';
import type { PeriodTotals, PlatformMinutes } from '../stats/periodTotals';
import { laplaceNoise, type UniformRandom } from './laplaceNoise';
import { isLevel } from './levels';
import { parsePeriodKey, periodDays, periodHours, periodKey } from './periodKey';
import { isProvince } from './provinces';
import {
  CATEGORY_KEYS,
  type CategoryKey,
  CHECKIN_KEYS,
  type CheckinKey,
  MAX_PLATFORM_ID_LENGTH,
  NATIONAL_PLATFORM_ID,
  NATIONAL_PLATFORM_NAME,
  type NationalPlatformHours,
  SUMMARY_FORMAT,
  SUMMARY_LIMITS,
  type Summary,
} from './summary';

export interface SummaryOptions {
  /** hours are rounded to this step (settings: summary.roundingHours) */
  roundingHours: number;
  /** Laplace noise parameter; null = no noise (settings: summary.epsilon) */
  epsilon: number | null;
  level: Level | null;
  /** kept only when it is one of `PROVINCES` */
  province: string | null;
  /** uniform [0, 1): `cryptoRandom()` in the product, `seededRandom(seed)` in tests */
  random: UniformRandom;
}

/**
 * How much one field may change when one unit of a person's activity changes; the noise scale is
 * sensitivity / epsilon. One hour for hour fields, one for counts and days.
 */
export const NOISE_SENSITIVITY = { hours: 1, count: 1 } as const;

/** Throws a RangeError when the options are outside `SUMMARY_LIMITS` or the period is not a real week or month. */
export function buildSummary(totals: PeriodTotals, options: SummaryOptions): Summary {
  checkOptions(options);
  const period = periodKey(totals.period);
  const key = parsePeriodKey(period)!;
  const anonymize = anonymizer(options, periodHours(key), periodDays(key).count);
  const platforms = platformMinutes(totals.byPlatform);

  const byCategory = {} as Record<CategoryKey, number>;
  for (const category of PLATFORM_CATEGORIES) {
    byCategory[CATEGORY_KEYS[category]] = anonymize.hours(totals.byCategory[category]);
  }
  const checkins = {} as Record<CheckinKey, number>;
  for (const type of CHECKIN_TYPES)
    checkins[CHECKIN_KEYS[type]] = anonymize.count(totals.checkinsByType[type]);

  const nationalPlatforms: NationalPlatformHours[] = platforms.national
    .map(({ id, name, minutes }) => ({ id, name, hours: anonymize.hours(minutes) }))
    .filter((platform) => platform.hours > 0);

  return {
    format: SUMMARY_FORMAT,
    period,
    daysWithRecords: anonymize.days(totals.daysWithRecords),
    platformsUsed: anonymize.count(platforms.used),
    hours: {
      total: anonymize.hours(totals.totalMinutes),
      outsideWorkingHours: anonymize.hours(totals.afterHoursMinutes),
      weekends: anonymize.hours(totals.weekendMinutes),
      mediaPlayback: anonymize.hours(platforms.mediaMinutes),
      byCategory,
      nationalPlatforms,
      provincialLocal: anonymize.hours(platforms.provincialLocalMinutes),
    },
    checkins,
    duplicateEntries: anonymize.count(totals.duplicateEntries),
    profile: {
      level: isLevel(options.level) ? options.level : null,
      province: isProvince(options.province) ? options.province : null,
    },
    anonymization: { roundingHours: options.roundingHours, epsilon: options.epsilon },
  };
}

function checkOptions({ roundingHours, epsilon }: SummaryOptions): void {
  const { minRoundingHours, maxRoundingHours, minEpsilon, maxEpsilon } = SUMMARY_LIMITS;
  if (!(roundingHours >= minRoundingHours && roundingHours <= maxRoundingHours)) {
    throw new RangeError(`roundingHours must be within [${minRoundingHours}, ${maxRoundingHours}]`);
  }
  // An invalid epsilon must never silently mean "no noise".
  if (epsilon !== null && !(epsilon >= minEpsilon && epsilon <= maxEpsilon)) {
    throw new RangeError(`epsilon must be null or within [${minEpsilon}, ${maxEpsilon}]`);
  }
}

/** Noise first (so rounding cannot undo it), then rounding, then clamping into what the period allows. */
function anonymizer(options: SummaryOptions, maxHours: number, maxDays: number) {
  const noisy = (value: number, sensitivity: number) =>
    options.epsilon === null ? value : value + laplaceNoise(sensitivity / options.epsilon, options.random);
  const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));
  return {
    hours: (minutes: number | undefined) =>
      clamp(
        roundToStep(noisy(nonNegative(minutes) / 60, NOISE_SENSITIVITY.hours), options.roundingHours),
        maxHours,
      ),
    count: (count: number | undefined) =>
      clamp(Math.round(noisy(nonNegative(count), NOISE_SENSITIVITY.count)), SUMMARY_LIMITS.maxCount),
    days: (days: number) => clamp(Math.round(noisy(nonNegative(days), NOISE_SENSITIVITY.count)), maxDays),
  };
}

function nonNegative(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : 0;
}

/** Rounds to the step; the final rounding to 6 decimals removes binary noise such as 0.30000000000000004. */
function roundToStep(value: number, step: number): number {
  return Math.round(Math.round(value / step) * step * 1e6) / 1e6;
}

interface PlatformSplit {
  national: { id: string; name: string; minutes: number }[];
  provincialLocalMinutes: number;
  mediaMinutes: number;
  used: number;
}

/** Splits time into nameable national catalogue platforms and the anonymous provincial/local bucket. */
function platformMinutes(byPlatform: readonly PlatformMinutes[]): PlatformSplit {
  const national = new Map<string, { id: string; name: string; minutes: number }>();
  const used = new Set<string>();
  let provincialLocalMinutes = 0;
  let mediaMinutes = 0;
  for (const platform of byPlatform) {
    const minutes = nonNegative(platform.activeMinutes) + nonNegative(platform.mediaMinutes);
    mediaMinutes += nonNegative(platform.mediaMinutes);
    if (minutes > 0) used.add(platform.platformId);
    if (isNameableNational(platform)) {
      const entry = national.get(platform.platformId) ?? {
        id: platform.platformId,
        name: platform.name,
        minutes: 0,
      };
      entry.minutes += minutes;
      national.set(platform.platformId, entry);
    } else {
      provincialLocalMinutes += minutes;
    }
  }
  const sorted = [...national.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    national: sorted.slice(0, SUMMARY_LIMITS.maxNationalPlatforms),
    provincialLocalMinutes:
      provincialLocalMinutes +
      sorted.slice(SUMMARY_LIMITS.maxNationalPlatforms).reduce((sum, platform) => sum + platform.minutes, 0),
    mediaMinutes,
    used: used.size,
  };
}

/** Only a national platform with a catalogue-shaped id and a plain name is named; anything odd is folded in. */
function isNameableNational(platform: PlatformMinutes): boolean {
  return (
    platform.scope === 'national' &&
    platform.platformId.length <= MAX_PLATFORM_ID_LENGTH &&
    NATIONAL_PLATFORM_ID.test(platform.platformId) &&
    NATIONAL_PLATFORM_NAME.test(platform.name)
  );
}
