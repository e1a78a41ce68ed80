/**
 * What the `*.gov.cn` catch-all recorded (`host:<hostname>` platforms), and naming one: a user rule for the host
 * that takes over its past records. Spans, retained rollups, the day rollup cache, check-ins, fingerprints and the
 * open span move from `host:<hostname>` to the rule's id in one transaction, so no screen ever sees half of them
 * moved. (Time outside the browser is logged by channel, never by host: nothing there to move.)
 */
import { CATCH_ALL_PREFIX } from '../platforms/matchPlatform';
import type { UserRule } from '../platforms/platform';
import { localDayOf, shiftDay } from '../stats/localTime';
import { readRollupsOfDays } from './dayRollupCache';
import { ledgerDatabase } from './ledgerDatabase';

/** The catch-all list looks this many days back for time. */
export const CATCH_ALL_WINDOW_DAYS = 30;

export interface CatchAllHost {
  platformId: string;
  host: string;
  /** minutes in the last CATCH_ALL_WINDOW_DAYS days (today included); 0 for a host only recorded before */
  minutes: number;
}

const isCatchAll = (platformId: unknown): platformId is string =>
  typeof platformId === 'string' && platformId.startsWith(CATCH_ALL_PREFIX);

/** Every `host:` platform with any record, with its time in the last 30 days, most time first. Reads only. */
export async function catchAllHosts(today: string = localDayOf(Date.now())): Promise<CatchAllHost[]> {
  const db = ledgerDatabase();
  const [spanKeys, rollupKeys, checkins, recent] = await Promise.all([
    db.spans.orderBy('[day+platformId]').uniqueKeys(),
    db.dayRollups.toCollection().primaryKeys(),
    db.checkins.toArray(),
    readRollupsOfDays(shiftDay(today, -(CATCH_ALL_WINDOW_DAYS - 1)), today, today),
  ]);
  const ids = new Set<string>();
  for (const key of [...spanKeys, ...rollupKeys] as unknown as unknown[][]) {
    if (isCatchAll(key[1])) ids.add(key[1]);
  }
  for (const checkin of checkins) if (isCatchAll(checkin.platformId)) ids.add(checkin.platformId);
  const minutes = new Map<string, number>();
  for (const rollup of recent.rollups) {
    if (ids.has(rollup.platformId))
      minutes.set(rollup.platformId, (minutes.get(rollup.platformId) ?? 0) + rollup.minutes);
  }
  return [...ids]
    .map((platformId) => ({
      platformId,
      host: platformId.slice(CATCH_ALL_PREFIX.length),
      minutes: minutes.get(platformId) ?? 0,
    }))
    .sort((a, b) => b.minutes - a.minutes || (a.host < b.host ? -1 : 1));
}

export interface NamedHostCounts {
  spans: number;
  rollups: number;
  checkins: number;
  fingerprints: number;
}

/**
 * Creates `rule` (a new id) and relabels every record of `platformId` (a `host:` id) with the rule's id, in one
 * transaction: all of it or nothing. The cached day rollups are rewritten in place, so they stay equal to what the
 * spans and retained rollups give.
 */
export async function nameCatchAllHost(platformId: string, rule: UserRule): Promise<NamedHostCounts> {
  if (!isCatchAll(platformId)) throw new Error(`not a catch-all platform: ${platformId}`);
  const db = ledgerDatabase();
  return db.transaction(
    'rw',
    [db.platforms, db.spans, db.openSpan, db.dayRollups, db.dayRollupCache, db.checkins, db.fingerprints],
    async () => {
      if ((await db.platforms.get(rule.id)) !== undefined) throw new Error(`rule id taken: ${rule.id}`);
      await db.platforms.add(rule);
      const relabel = <T extends { platformId: string | null }>(row: T): T =>
        row.platformId === platformId ? { ...row, platformId: rule.id } : row;

      const spanKeys = (await db.spans.orderBy('[day+platformId]').uniqueKeys()) as unknown as [
        string,
        string,
      ][];
      const spans = await db.spans
        .where('[day+platformId]')
        .anyOf(spanKeys.filter((key) => key[1] === platformId))
        .modify({ platformId: rule.id });

      const rollups = await db.dayRollups.filter((rollup) => rollup.platformId === platformId).toArray();
      await db.dayRollups.bulkDelete(
        rollups.map((rollup) => [rollup.day, rollup.platformId, rollup.kind]) as never[],
      );
      await db.dayRollups.bulkAdd(rollups.map(relabel));

      const cached = await db.dayRollupCache
        .filter((row) => row.rollups.some((rollup) => rollup.platformId === platformId))
        .toArray();
      await db.dayRollupCache.bulkPut(cached.map((row) => ({ ...row, rollups: row.rollups.map(relabel) })));

      const checkins = await db.checkins
        .filter((checkin) => checkin.platformId === platformId)
        .modify({ platformId: rule.id });
      const fingerprints = await db.fingerprints
        .filter((fingerprint) => fingerprint.platformId === platformId)
        .modify({ platformId: rule.id });

      const open = await db.openSpan.get('current');
      const openValue = open?.value as { platformId?: unknown } | null | undefined;
      if (open && openValue?.platformId === platformId)
        await db.openSpan.put({ ...open, value: { ...openValue, platformId: rule.id } });

      return { spans, rollups: rollups.length, checkins, fingerprints };
    },
  );
}
