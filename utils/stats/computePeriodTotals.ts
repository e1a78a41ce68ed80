/** Computes a period's `PeriodTotals` from day rollups, check-ins and the records of burdens off the browser. */
import { BURDEN_EVENT_TYPES, type BurdenEventType, type NewBurdenEvent } from '../burden/burdenEvents';
import { inventoryCounts, type NewInventoryItem } from '../burden/inventory';
import { outsideChannelKind } from '../burden/outsideChannels';
import { type NewOutsideTime, OUTSIDE_CHANNEL_KINDS, type OutsideChannelKind } from '../burden/outsideTime';
import type { CheckinType, NewCheckin, NewFingerprint } from '../checkins/checkin';
import { duplicateEntries } from '../checkins/duplicateEntries';
import type { PlatformCategory } from '../platforms/platform';
import type { DayRollup } from './dayRollup';
import { type DescribePlatform, describeWithFallback } from './describePlatform';
import { isDayInPeriod } from './period';
import type { Period, PeriodTotals, PlatformMinutes } from './periodTotals';
import {
  afterHoursOfHalfHours,
  isWorkingDay,
  type WorkingTime,
  workingShareOfHalfHours,
} from './workingTime';

export interface PeriodRecords {
  period: Period;
  rollups: readonly DayRollup[];
  checkins: readonly NewCheckin[];
  /**
   * Duplicate entries are those whose retyping falls in the period, counted by utils/checkins/duplicateEntries; the
   * data may first have been typed in long before, so pass every fingerprint kept, not only the period's.
   */
  fingerprints: readonly NewFingerprint[];
  outsideTime?: readonly NewOutsideTime[];
  burdenEvents?: readonly NewBurdenEvent[];
  inventory?: readonly NewInventoryItem[];
  /** working time, and whether unconfirmed detections count */
  working: WorkingTime & { includeUnconfirmed?: boolean };
  describe: DescribePlatform;
}

/**
 * The totals of one period. Records outside the period are ignored, so callers may pass more. A detection the user
 * rejected (`confirmed === false`) never counts; one nobody reviewed yet counts only when the setting says so, and
 * is counted apart either way. `byPlatform` lists the most minutes first.
 */
export function periodTotals(records: PeriodRecords): PeriodTotals {
  const { period, working } = records;
  const describeId = describeWithFallback(records.describe);
  const workingShares = workingShareOfHalfHours(working.workingPeriods);
  const workingDays = new Map<string, boolean>();
  const daysWithRecords = new Set<string>();
  const platforms = new Map<string, PlatformMinutes>();
  const byCategory: Partial<Record<PlatformCategory, number>> = {};
  let totalMinutes = 0;
  let afterHoursMinutes = 0;
  let weekendMinutes = 0;

  for (const rollup of records.rollups) {
    if (rollup.minutes <= 0 || !isDayInPeriod(rollup.day, period)) continue;
    daysWithRecords.add(rollup.day);
    let platform = platforms.get(rollup.platformId);
    if (!platform) {
      const { name, scope, category } = describeId(rollup.platformId);
      platform = { platformId: rollup.platformId, name, scope, category, activeMinutes: 0, mediaMinutes: 0 };
      platforms.set(rollup.platformId, platform);
    }
    if (rollup.kind === 'media') platform.mediaMinutes += rollup.minutes;
    else platform.activeMinutes += rollup.minutes;
    byCategory[platform.category] = (byCategory[platform.category] ?? 0) + rollup.minutes;
    totalMinutes += rollup.minutes;

    let workingDay = workingDays.get(rollup.day);
    if (workingDay === undefined) {
      workingDay = isWorkingDay(rollup.day, working);
      workingDays.set(rollup.day, workingDay);
    }
    if (workingDay) afterHoursMinutes += afterHoursOfHalfHours(rollup.halfHours, workingShares);
    else weekendMinutes += rollup.minutes;
  }

  const includeUnconfirmed = working.includeUnconfirmed === true;
  const checkinsByType: Partial<Record<CheckinType, number>> = {};
  let unconfirmedDetections = 0;
  for (const checkin of records.checkins) {
    if (checkin.confirmed === false || !isDayInPeriod(checkin.day, period)) continue;
    const unconfirmed = checkin.source === 'detected' && checkin.confirmed !== true;
    if (unconfirmed) unconfirmedDetections += 1;
    if (unconfirmed && !includeUnconfirmed) continue;
    daysWithRecords.add(checkin.day);
    checkinsByType[checkin.type] = (checkinsByType[checkin.type] ?? 0) + 1;
  }

  const outsideByKind = Object.fromEntries(OUTSIDE_CHANNEL_KINDS.map((kind) => [kind, 0])) as Record<
    OutsideChannelKind,
    number
  >;
  let outsideMinutes = 0;
  for (const record of records.outsideTime ?? []) {
    if (!isDayInPeriod(record.day, period) || !(record.minutes > 0)) continue;
    daysWithRecords.add(record.day);
    outsideByKind[outsideChannelKind(record.channel)] += record.minutes;
    outsideMinutes += record.minutes;
  }

  const burdenEvents = Object.fromEntries(BURDEN_EVENT_TYPES.map((type) => [type, 0])) as Record<
    BurdenEventType,
    number
  >;
  for (const event of records.burdenEvents ?? []) {
    if (!isDayInPeriod(event.day, period)) continue;
    daysWithRecords.add(event.day);
    burdenEvents[event.type] += 1;
  }

  return {
    period,
    daysWithRecords: daysWithRecords.size,
    totalMinutes,
    byPlatform: [...platforms.values()].sort(byMostMinutes),
    byCategory,
    afterHoursMinutes,
    weekendMinutes,
    checkinsByType,
    duplicateEntries: duplicatesInPeriod(records.fingerprints, period),
    unconfirmedDetections,
    includesUnconfirmed: includeUnconfirmed,
    outsideMinutes,
    outsideByKind,
    burdenEvents,
    inventory: inventoryCounts(records.inventory ?? [], period),
  };
}

function duplicatesInPeriod(fingerprints: readonly NewFingerprint[], period: Period): number {
  if (fingerprints.length === 0) return 0;
  let count = 0;
  for (const [day, duplicates] of Object.entries(duplicateEntries(fingerprints).byDay)) {
    if (isDayInPeriod(day, period)) count += duplicates;
  }
  return count;
}

function byMostMinutes(a: PlatformMinutes, b: PlatformMinutes): number {
  const difference = b.activeMinutes + b.mediaMinutes - (a.activeMinutes + a.mediaMinutes);
  if (difference !== 0) return difference;
  return a.platformId < b.platformId ? -1 : a.platformId > b.platformId ? 1 : 0;
}
