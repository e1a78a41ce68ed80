/**
 * What a merge restore adds to a ledger, decided in one pure step so that the result keeps the tracker's invariants
 * (ledgerInvariants.ts), whatever the file and the ledger hold:
 * - time by overlap, never by exact start: a backup span adds only the time no recorded span covers (a span one
 *   second off a stored one adds one second, not an hour), and nothing on a day the ledger keeps as folded rollups;
 * - a backup's folded day rollups only for days the ledger has no time on at all;
 * - the open span of the backup as a closed span, to its last heartbeat, on the same terms;
 * - check-ins, fingerprints, outside time, events and inventory items the ledger lacks, by what they record;
 * - rules whose id is new; the settings only when the ledger never saved any.
 */
import type { NewBurdenEvent } from '../burden/burdenEvents';
import type { NewInventoryItem } from '../burden/inventory';
import type { NewOutsideTime } from '../burden/outsideTime';
import type { NewCheckin, NewFingerprint } from '../checkins/checkin';
import type { UserRule } from '../platforms/platform';
import type { DayRollup } from '../stats/dayRollup';
import type { Span } from '../tracking/span';
import { splitAtMidnight } from '../tracking/splitAtMidnight';
import type { BackupData } from './backupFormat';

/** The ledger's rows a merge compares against (as read in the restore's transaction). */
export interface LedgerRows {
  spans: readonly Span[];
  /** the span the tracker is timing now: its time from `start` on belongs to it */
  openSpan: readonly { start: number }[];
  dayRollups: readonly DayRollup[];
  checkins: readonly NewCheckin[];
  fingerprints: readonly NewFingerprint[];
  outsideTime: readonly NewOutsideTime[];
  burdenEvents: readonly NewBurdenEvent[];
  inventory: readonly NewInventoryItem[];
  ruleIds: ReadonlySet<string>;
  hasSettings: boolean;
}

/** Rows to add, without ids (the database gives them theirs). */
export interface MergeAdditions {
  spans: Span[];
  dayRollups: DayRollup[];
  checkins: NewCheckin[];
  fingerprints: NewFingerprint[];
  outsideTime: NewOutsideTime[];
  burdenEvents: NewBurdenEvent[];
  inventory: NewInventoryItem[];
  platforms: UserRule[];
  settings: BackupData['settings'];
}

/** The span the backup was timing, closed at its last heartbeat (a restore never overwrites the live open span). */
export function closedOpenSpan(data: Pick<BackupData, 'openSpan'>): Span[] {
  return data.openSpan.flatMap(({ value }) =>
    splitAtMidnight({ ...value, end: value.lastBeat, source: 'auto' }),
  );
}

export function planMerge(ledger: LedgerRows, data: BackupData): MergeAdditions {
  const daysWithRollups = new Set(ledger.dayRollups.map((rollup) => rollup.day));
  const daysWithTime = new Set([...daysWithRollups, ...ledger.spans.map((span) => span.day)]);
  const incomingSpans = [...data.spans, ...closedOpenSpan(data)].map(withoutId);
  return {
    spans: uncoveredTime(
      [...ledger.spans, ...ledger.openSpan.map(({ start }) => ({ start, end: Number.MAX_SAFE_INTEGER }))],
      incomingSpans.filter((span) => !daysWithRollups.has(span.day)),
    ),
    dayRollups: data.dayRollups.filter((rollup) => !daysWithTime.has(rollup.day)),
    checkins: fresh(data.checkins.map(withoutId), ledger.checkins, checkinIdentity),
    fingerprints: fresh(data.fingerprints.map(withoutId), ledger.fingerprints, fingerprintIdentity),
    outsideTime: outsideTimeWithinDays(
      ledger.outsideTime,
      fresh(data.outsideTime.map(withoutId), ledger.outsideTime, outsideIdentity),
    ),
    burdenEvents: fresh(data.burdenEvents.map(withoutId), ledger.burdenEvents, eventIdentity),
    inventory: fresh(data.inventory.map(withoutId), ledger.inventory, inventoryIdentity),
    platforms: data.platforms.filter((rule) => !ledger.ruleIds.has(rule.id)),
    settings: ledger.hasSettings ? [] : data.settings,
  };
}

/**
 * The parts of `incoming` spans that no span of `recorded` (or an earlier incoming one) covers: interval
 * subtraction over all platforms, because one person is timed on one thing at a time.
 */
function uncoveredTime(
  recorded: readonly { start: number; end: number }[],
  incoming: readonly Span[],
): Span[] {
  const taken = [...recorded].map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const interval of taken) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  const added: Span[] = [];
  for (const span of [...incoming].sort((a, b) => a.start - b.start)) {
    let from = span.start;
    for (const interval of coveringIntervals(merged, span)) {
      if (interval.start > from) added.push({ ...span, start: from, end: interval.start });
      from = Math.max(from, interval.end);
    }
    if (from < span.end) added.push({ ...span, start: from, end: span.end });
  }
  // Incoming spans do not overlap one another (the file passed the same invariants), so no second pass is needed.
  return added;
}

/** The merged intervals that touch [span.start, span.end), found by binary search. */
function coveringIntervals(
  merged: readonly { start: number; end: number }[],
  span: { start: number; end: number },
): { start: number; end: number }[] {
  let low = 0;
  let high = merged.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (merged[middle]!.end <= span.start) low = middle + 1;
    else high = middle;
  }
  const found: { start: number; end: number }[] = [];
  for (let index = low; index < merged.length && merged[index]!.start < span.end; index += 1) {
    found.push(merged[index]!);
  }
  return found;
}

/** Outside time added only while its day stays within 24 hours, the ledger's own minutes counted first. */
function outsideTimeWithinDays(
  ledger: readonly NewOutsideTime[],
  incoming: NewOutsideTime[],
): NewOutsideTime[] {
  const byDay = new Map<string, number>();
  for (const record of ledger) byDay.set(record.day, (byDay.get(record.day) ?? 0) + record.minutes);
  return incoming.filter((record) => {
    const total = (byDay.get(record.day) ?? 0) + record.minutes;
    if (total > 24 * 60) return false;
    byDay.set(record.day, total);
    return true;
  });
}

/** Rows whose identity is in neither the ledger nor earlier in the same backup. */
function fresh<T>(rows: readonly T[], existing: readonly T[], identity: (row: T) => string): T[] {
  const seen = new Set(existing.map(identity));
  return rows.filter((row) => {
    const key = identity(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withoutId<T extends object>(row: T): Omit<T, 'id' | 'checkinId'> {
  // A stored check-in's id does not survive the restore, so outside time keeps no tie to one.
  const { id: _id, checkinId: _checkinId, ...rest } = row as T & { id?: number; checkinId?: number };
  return rest;
}

const checkinIdentity = (checkin: NewCheckin) =>
  `${checkin.at}\u0000${checkin.type}\u0000${checkin.platformId ?? ''}`;
const fingerprintIdentity = (fingerprint: NewFingerprint) =>
  `${fingerprint.hash}\u0000${fingerprint.platformId}\u0000${fingerprint.day}`;
const outsideIdentity = (record: NewOutsideTime) =>
  `${record.at}\u0000${record.channel}\u0000${record.minutes}`;
const eventIdentity = (event: NewBurdenEvent) => `${event.at}\u0000${event.type}`;
const inventoryIdentity = (item: NewInventoryItem) => `${item.kind}\u0000${item.name}\u0000${item.since}`;
