/** Computes a period's `PeriodTotals` from day rollups and check-ins. */
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

/**
 * The totals of one period. Rollups and check-ins outside the period are ignored, so callers may pass more.
 * A detection the user rejected (`confirmed === false`) is not counted; unreviewed ones are.
 * Duplicate entries are those whose retyping falls in the period, counted by utils/checkins/duplicateEntries; the
 * data may first have been typed in long before, so pass every fingerprint kept, not only the period's.
 * `byPlatform` lists the most minutes first.
 */
export function periodTotals(
  period: Period,
  rollups: readonly DayRollup[],
  checkins: readonly NewCheckin[],
  fingerprints: readonly NewFingerprint[],
  working: WorkingTime,
  describe: DescribePlatform,
): PeriodTotals {
  const describeId = describeWithFallback(describe);
  const workingShares = workingShareOfHalfHours(working.workingPeriods);
  const workingDays = new Map<string, boolean>();
  const daysWithRecords = new Set<string>();
  const platforms = new Map<string, PlatformMinutes>();
  const byCategory: Partial<Record<PlatformCategory, number>> = {};
  let totalMinutes = 0;
  let afterHoursMinutes = 0;
  let weekendMinutes = 0;

  for (const rollup of rollups) {
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

  const checkinsByType: Partial<Record<CheckinType, number>> = {};
  for (const checkin of checkins) {
    if (checkin.confirmed === false || !isDayInPeriod(checkin.day, period)) continue;
    daysWithRecords.add(checkin.day);
    checkinsByType[checkin.type] = (checkinsByType[checkin.type] ?? 0) + 1;
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
    duplicateEntries: duplicatesInPeriod(fingerprints, period),
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
