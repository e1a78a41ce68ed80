/** The JSON form of a summary: pretty, with the same key order every time, so files diff and concatenate cleanly. */
import { CATEGORY_KEY_LIST, CHECKIN_KEY_LIST, type Summary } from './summary';

export function summaryToJson(summary: Summary): string {
  return `${JSON.stringify(canonicalSummary(summary), null, 2)}\n`;
}

/** A copy of the summary with its keys in the documented order, whatever order it was built or parsed in. */
export function canonicalSummary(summary: Summary): Summary {
  const { hours } = summary;
  return {
    format: summary.format,
    period: summary.period,
    daysWithRecords: summary.daysWithRecords,
    platformsUsed: summary.platformsUsed,
    hours: {
      total: hours.total,
      outsideWorkingHours: hours.outsideWorkingHours,
      weekends: hours.weekends,
      mediaPlayback: hours.mediaPlayback,
      byCategory: Object.fromEntries(
        CATEGORY_KEY_LIST.map((key) => [key, hours.byCategory[key]]),
      ) as Summary['hours']['byCategory'],
      nationalPlatforms: hours.nationalPlatforms.map(({ id, name, hours: platformHours }) => ({
        id,
        name,
        hours: platformHours,
      })),
      provincialLocal: hours.provincialLocal,
    },
    checkins: Object.fromEntries(
      CHECKIN_KEY_LIST.map((key) => [key, summary.checkins[key]]),
    ) as Summary['checkins'],
    duplicateEntries: summary.duplicateEntries,
    profile: { level: summary.profile.level, province: summary.profile.province },
    anonymization: {
      roundingHours: summary.anonymization.roundingHours,
      epsilon: summary.anonymization.epsilon,
    },
  };
}
