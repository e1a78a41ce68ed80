/** Counts duplicate data entry (重复填报): the same form data typed into more than one platform. */
import type { NewFingerprint } from './checkin';

export interface PlatformPairCount {
  /** the two platforms, in code-unit order (a pair is unordered) */
  a: string;
  b: string;
  count: number;
}

export interface DuplicateEntryCounts {
  total: number;
  /** local day (yyyy-MM-dd) of the retyping submission -> duplicates; days without any are absent */
  byDay: Record<string, number>;
  /** most frequent pair first */
  byPlatformPair: PlatformPairCount[];
}

/**
 * Per hash, submissions are read in time order in "rounds": a round begins where the data is first typed
 * in; each other platform it is then typed into is one duplicate entry (n platforms: n - 1), counted on
 * the day of that later submission and paired with the platform where the round began. Typing it into a
 * platform already in the round again starts a new round (a daily form retyped into the same two systems
 * every day is one duplicate a day). The same hash on the same platform and day is a re-submit (a retry, a
 * correction) and is skipped.
 *
 * No time window: data typed into another system months later is still 重复填报 (the systems could have
 * shared it); the retention setting bounds how far back fingerprints reach.
 */
export function duplicateEntries(fingerprints: readonly NewFingerprint[]): DuplicateEntryCounts {
  const byDay = new Map<string, number>();
  const byPair = new Map<string, PlatformPairCount>();
  let total = 0;
  for (const submissions of groupByHash(fingerprints).values()) {
    for (const { day, origin, platformId } of duplicatesInRounds(submissions)) {
      total += 1;
      byDay.set(day, (byDay.get(day) ?? 0) + 1);
      const [a, b] = origin < platformId ? [origin, platformId] : [platformId, origin];
      const key = JSON.stringify([a, b]);
      const pair = byPair.get(key) ?? { a, b, count: 0 };
      pair.count += 1;
      byPair.set(key, pair);
    }
  }
  return {
    total,
    byDay: Object.fromEntries([...byDay].sort(([left], [right]) => compareText(left, right))),
    byPlatformPair: [...byPair.values()].sort(
      (left, right) =>
        right.count - left.count || compareText(left.a, right.a) || compareText(left.b, right.b),
    ),
  };
}

interface Duplicate {
  day: string;
  origin: string;
  platformId: string;
}

function groupByHash(fingerprints: readonly NewFingerprint[]): Map<string, NewFingerprint[]> {
  const groups = new Map<string, NewFingerprint[]>();
  for (const fingerprint of fingerprints) {
    const group = groups.get(fingerprint.hash);
    if (group === undefined) groups.set(fingerprint.hash, [fingerprint]);
    else group.push(fingerprint);
  }
  return groups;
}

function duplicatesInRounds(submissions: readonly NewFingerprint[]): Duplicate[] {
  const duplicates: Duplicate[] = [];
  const submittedOnDay = new Set<string>();
  let round = new Set<string>();
  let origin = '';
  for (const { platformId, day } of [...submissions].sort(bySubmissionOrder)) {
    const platformDay = JSON.stringify([platformId, day]);
    if (submittedOnDay.has(platformDay)) continue;
    submittedOnDay.add(platformDay);
    if (round.size === 0 || round.has(platformId)) {
      round = new Set([platformId]);
      origin = platformId;
    } else {
      round.add(platformId);
      duplicates.push({ day, origin, platformId });
    }
  }
  return duplicates;
}

// Ties are broken on every field, so the result never depends on the order the records were read in.
function bySubmissionOrder(left: NewFingerprint, right: NewFingerprint): number {
  return (
    left.at - right.at || compareText(left.platformId, right.platformId) || compareText(left.day, right.day)
  );
}

function compareText(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
