/** The JSON form of a summary: pretty, with the same key order every time, so files diff and concatenate cleanly. */
import {
  BURDEN_EVENT_KEY_LIST,
  CATEGORY_KEY_LIST,
  CHECKIN_KEY_LIST,
  INVENTORY_KEY_LIST,
  OUTSIDE_KEY_LIST,
  type Summary,
} from './summary';

export function summaryToJson(summary: Summary): string {
  return `${JSON.stringify(canonicalSummary(summary), null, 2)}\n`;
}

function inOrder<Key extends string>(keys: readonly Key[], values: Record<Key, number>): Record<Key, number> {
  return Object.fromEntries(keys.map((key) => [key, values[key]])) as Record<Key, number>;
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
      workingHours: hours.workingHours,
      outsideWorkingHours: hours.outsideWorkingHours,
      weekends: hours.weekends,
      mediaPlayback: hours.mediaPlayback,
      byCategory: inOrder(CATEGORY_KEY_LIST, hours.byCategory),
      nationalPlatforms: hours.nationalPlatforms.map(({ id, name, hours: platformHours }) => ({
        id,
        name,
        hours: platformHours,
      })),
      otherNational: hours.otherNational,
      provincialLocal: hours.provincialLocal,
    },
    outsideBrowser: {
      total: summary.outsideBrowser.total,
      byChannel: inOrder(OUTSIDE_KEY_LIST, summary.outsideBrowser.byChannel),
    },
    checkins: inOrder(CHECKIN_KEY_LIST, summary.checkins),
    unconfirmedLeftOut: summary.unconfirmedLeftOut,
    duplicateEntries: summary.duplicateEntries,
    burdenEvents: inOrder(BURDEN_EVENT_KEY_LIST, summary.burdenEvents),
    inventory: inOrder(INVENTORY_KEY_LIST, summary.inventory),
    profile: { level: summary.profile.level, province: summary.profile.province },
    anonymization: {
      roundingHours: summary.anonymization.roundingHours,
      epsilon: summary.anonymization.epsilon,
    },
  };
}
