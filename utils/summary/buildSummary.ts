/**
 * Turns one period's totals into the anonymized summary `fingertip-summary/2`: coarse, rounded, optionally noised,
 * naming no local platform, and consistent: every list of parts adds up to its rounded total.
 */
import { BURDEN_EVENT_TYPES } from '../burden/burdenEvents';
import { CHECKIN_TYPES } from '../checkins/checkin';
import { PLATFORM_CATEGORIES } from '../platforms/platform';
import type { Level } from '../settings';
import type { PeriodTotals, PlatformMinutes } from '../stats/periodTotals';
import { foldSmallParts, roundParts, roundToStep } from './controlledRounding';
import { laplaceNoise, type UniformRandom } from './laplaceNoise';
import { isLevel } from './levels';
import { parsePeriodKey, periodDays, periodHours, periodKey } from './periodKey';
import { isProvince } from './provinces';
import {
  BURDEN_EVENT_KEYS,
  type BurdenEventKey,
  CATEGORY_KEY_LIST,
  type CategoryKey,
  CHECKIN_KEYS,
  type CheckinKey,
  type InventoryKey,
  MAX_PLATFORM_ID_LENGTH,
  NATIONAL_PLATFORM_ID,
  NATIONAL_PLATFORM_NAME,
  type NationalPlatformHours,
  OUTSIDE_CHANNEL_OF_KEY,
  OUTSIDE_KEY_LIST,
  type OutsideKey,
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
  const days = periodDays(key).count;
  const anonymize = anonymizer(options, periodHours(key), days);
  const platforms = platformMinutes(totals.byPlatform);
  const step = options.roundingHours;

  // Browser time: one noisy total, and three partitions of it, each noised part by part, then rounded to add up.
  const total = anonymize.total(totals.totalMinutes);
  const categoryParts = foldSmallParts(
    anonymize.parts(PLATFORM_CATEGORIES.map((category) => totals.byCategory[category])),
    step,
    CATEGORY_KEY_LIST.indexOf('otherGov'),
  );
  const categoryHours = roundParts(categoryParts, total, step, CATEGORY_KEY_LIST.indexOf('otherGov'));
  const byCategory = Object.fromEntries(
    CATEGORY_KEY_LIST.map((categoryKey, index) => [categoryKey, categoryHours[index]!]),
  ) as Record<CategoryKey, number>;

  // Platforms: each national one, then 其他全国性平台 (the small ones), then 省/市级平台.
  const national = platforms.national;
  const otherNationalIndex = national.length;
  const platformParts = [
    ...foldSmallParts(
      anonymize.parts([...national.map((platform) => platform.minutes), 0]),
      step,
      otherNationalIndex,
    ),
    ...anonymize.parts([platforms.provincialLocalMinutes]),
  ];
  const platformHours = roundParts(platformParts, total, step, otherNationalIndex + 1);
  const nationalPlatforms: NationalPlatformHours[] = national
    .map(({ id, name }, index) => ({ id, name, hours: platformHours[index]! }))
    .filter((platform) => platform.hours > 0);

  const workingMinutes = Math.max(0, totals.totalMinutes - totals.afterHoursMinutes - totals.weekendMinutes);
  const [workingHours, outsideWorkingHours, weekends] = roundParts(
    anonymize.parts([workingMinutes, totals.afterHoursMinutes, totals.weekendMinutes]),
    total,
    step,
    0,
  ) as [number, number, number];

  const outsideTotal = anonymize.total(totals.outsideMinutes);
  const channelParts = anonymize.parts(
    OUTSIDE_KEY_LIST.map((outsideKey) => totals.outsideByChannel[OUTSIDE_CHANNEL_OF_KEY[outsideKey]]),
  );
  const channelHours = roundParts(channelParts, outsideTotal, step, OUTSIDE_KEY_LIST.indexOf('otherApps'));
  const byChannel = Object.fromEntries(
    OUTSIDE_KEY_LIST.map((outsideKey, index) => [outsideKey, channelHours[index]!]),
  ) as Record<OutsideKey, number>;

  const checkins = {} as Record<CheckinKey, number>;
  for (const type of CHECKIN_TYPES)
    checkins[CHECKIN_KEYS[type]] = anonymize.count(totals.checkinsByType[type]);
  const burdenEvents = {} as Record<BurdenEventKey, number>;
  for (const type of BURDEN_EVENT_TYPES)
    burdenEvents[BURDEN_EVENT_KEYS[type]] = anonymize.count(totals.burdenEvents[type]);
  const { required, added, dropped } = totals.inventory;
  const inventoryCounts: Record<InventoryKey, number> = {
    apps: anonymize.inventory(required.app),
    accounts: anonymize.inventory(required.account),
    groups: anonymize.inventory(required.group),
    platforms: anonymize.inventory(required.platform),
    added: anonymize.inventory(added),
    dropped: anonymize.inventory(dropped),
  };

  return {
    format: SUMMARY_FORMAT,
    period,
    daysWithRecords: anonymize.days(totals.daysWithRecords),
    platformsUsed: anonymize.inventory(platforms.used),
    hours: {
      total,
      workingHours,
      outsideWorkingHours,
      weekends,
      mediaPlayback: Math.min(total, anonymize.total(platforms.mediaMinutes)),
      byCategory,
      nationalPlatforms,
      otherNational: platformHours[otherNationalIndex]!,
      provincialLocal: platformHours[otherNationalIndex + 1]!,
    },
    outsideBrowser: { total: outsideTotal, byChannel },
    checkins,
    unconfirmedLeftOut: totals.includesUnconfirmed ? 0 : anonymize.count(totals.unconfirmedDetections),
    duplicateEntries: anonymize.count(totals.duplicateEntries),
    burdenEvents,
    inventory: inventoryCounts,
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

/**
 * Noise first (so rounding cannot undo it), then rounding, then clamping into what the period allows. Parts are
 * returned noisy but unrounded, in hours: `roundParts` shares their rounded total among them.
 */
function anonymizer(options: SummaryOptions, maxHours: number, days: number) {
  const noisy = (value: number, sensitivity: number) =>
    options.epsilon === null ? value : value + laplaceNoise(sensitivity / options.epsilon, options.random);
  const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));
  const count = (value: number | undefined, max: number) =>
    clamp(Math.round(noisy(nonNegative(value), NOISE_SENSITIVITY.count)), max);
  return {
    total: (minutes: number | undefined) =>
      clamp(
        roundToStep(noisy(nonNegative(minutes) / 60, NOISE_SENSITIVITY.hours), options.roundingHours),
        maxHours,
      ),
    parts: (minutes: readonly (number | undefined)[]) =>
      minutes.map((value) => Math.max(0, noisy(nonNegative(value) / 60, NOISE_SENSITIVITY.hours))),
    count: (value: number | undefined) => count(value, SUMMARY_LIMITS.maxCountPerDay * days),
    inventory: (value: number | undefined) => count(value, SUMMARY_LIMITS.maxInventory),
    days: (value: number) => count(value, days),
  };
}

function nonNegative(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : 0;
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
