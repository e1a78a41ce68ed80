import { beforeEach, describe, expect, it } from 'vitest';
import { catchAllHosts, nameCatchAllHost } from '../../../utils/db/catchAllHosts';
import { fillWholeDayRollupCache, readRollupsOfDays } from '../../../utils/db/dayRollupCache';
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import type { UserRule } from '../../../utils/platforms/platform';
import { type DayRollup, rollupSpans } from '../../../utils/stats/dayRollup';
import { at, span } from '../fixtures/spanBuilders';
import { freshDatabase } from './testDatabase';

const TODAY = '2026-11-23';
const HOST = 'host:wgh.someplace.gov.cn';
const OTHER = 'host:tjbb.someplace.gov.cn';
const RULE: UserRule = {
  id: 'user-wgh',
  name: '县网格化系统',
  category: '数据填报/统计',
  patterns: ['wgh.someplace.gov.cn'],
  enabled: true,
};

/** Every string value anywhere in the database, to prove an id is gone from all of it. */
async function everyPlatformId(db: LedgerDatabase): Promise<string[]> {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  for (const table of db.tables) walk(await table.toArray());
  return found;
}

const sortRollups = (rollups: readonly DayRollup[]) =>
  [...rollups].sort((a, b) =>
    `${a.day}${a.platformId}${a.kind}`.localeCompare(`${b.day}${b.platformId}${b.kind}`),
  );

let db: LedgerDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await db.spans.bulkAdd([
    span(HOST, '2026-11-20', '09:00', '10:00'),
    span(HOST, '2026-11-21', '14:00', '14:30'),
    span('xuexi', '2026-11-21', '15:00', '15:10'),
    span(HOST, TODAY, '08:00', '08:20'),
    span(OTHER, '2026-11-22', '08:00', '08:05'),
    span(HOST, '2026-09-01', '08:00', '09:00'), // more than 30 days ago: listed, not counted
  ]);
  // A day retention folded: only its rollups are left.
  await db.dayRollups.bulkAdd(rollupSpans([span(HOST, '2026-06-02', '10:00', '12:00')]));
  await db.checkins.bulkAdd([
    {
      at: at('2026-11-20', '09:05'),
      day: '2026-11-20',
      platformId: HOST,
      type: '签到打卡',
      source: 'detected',
    },
    {
      at: at('2026-11-20', '09:06'),
      day: '2026-11-20',
      platformId: null,
      type: '签到打卡',
      source: 'manual',
    },
  ] as never[]);
  await db.fingerprints.add({
    hash: 'abc',
    platformId: HOST,
    day: '2026-11-20',
    at: at('2026-11-20', '09:07'),
  } as never);
  await db.openSpan.put({
    key: 'current',
    value: { platformId: HOST, kind: 'active', start: at(TODAY, '08:20'), lastBeat: at(TODAY, '08:21') },
  });
  await fillWholeDayRollupCache(TODAY);
});

describe('the catch-all list', () => {
  it('lists every host: platform with its minutes in the last 30 days, most first', async () => {
    expect(await catchAllHosts(TODAY)).toEqual([
      { platformId: HOST, host: 'wgh.someplace.gov.cn', minutes: 110 },
      { platformId: OTHER, host: 'tjbb.someplace.gov.cn', minutes: 5 },
    ]);
  });
});

describe('naming a catch-all host', () => {
  it('creates the rule and moves every record of the host to it, keeping the day cache consistent', async () => {
    const before = await readRollupsOfDays('2026-06-01', TODAY, TODAY);
    const cachedBefore = await db.dayRollupCache.count();
    expect(cachedBefore).toBeGreaterThan(0);

    expect(await nameCatchAllHost(HOST, RULE)).toEqual({
      spans: 4,
      rollups: 1,
      checkins: 1,
      fingerprints: 1,
    });

    expect(await db.platforms.toArray()).toEqual([RULE]);
    expect((await everyPlatformId(db)).filter((value) => value === HOST)).toEqual([]);
    expect((await db.spans.toArray()).filter((row) => row.platformId === RULE.id)).toHaveLength(4);
    expect((await db.checkins.toArray()).map((row) => row.platformId)).toEqual([RULE.id, null]);
    expect((await db.fingerprints.toArray()).map((row) => row.platformId)).toEqual([RULE.id]);
    expect((await db.openSpan.get('current'))?.value).toMatchObject({ platformId: RULE.id });
    // The other host and the catalogue platform are untouched.
    expect((await db.spans.toArray()).filter((row) => row.platformId === OTHER)).toHaveLength(1);
    expect((await db.spans.toArray()).filter((row) => row.platformId === 'xuexi')).toHaveLength(1);

    // The cache is still full, and equal to the totals computed afresh from spans and retained rollups.
    expect(await db.dayRollupCache.count()).toBe(cachedBefore);
    const fromCache = await readRollupsOfDays('2026-06-01', TODAY, TODAY);
    await db.dayRollupCache.clear();
    const fresh = await readRollupsOfDays('2026-06-01', TODAY, TODAY);
    expect(sortRollups(fromCache.rollups)).toEqual(sortRollups(fresh.rollups));
    // Same minutes as before, under the new id.
    const relabelled = before.rollups.map((rollup) =>
      rollup.platformId === HOST ? { ...rollup, platformId: RULE.id } : rollup,
    );
    expect(sortRollups(fresh.rollups)).toEqual(sortRollups(relabelled));

    expect((await catchAllHosts(TODAY)).map((entry) => entry.platformId)).toEqual([OTHER]);
  });

  it('changes nothing when it cannot finish (the rule id is taken)', async () => {
    await db.platforms.put({ ...RULE, name: '已有的规则' });
    const snapshot = await Promise.all(db.tables.map((table) => table.toArray()));
    await expect(nameCatchAllHost(HOST, RULE)).rejects.toThrow(/taken/);
    expect(await Promise.all(db.tables.map((table) => table.toArray()))).toEqual(snapshot);
  });

  it('refuses an id that is not a catch-all host', async () => {
    await expect(nameCatchAllHost('xuexi', RULE)).rejects.toThrow();
    expect(await db.platforms.count()).toBe(0);
  });
});
