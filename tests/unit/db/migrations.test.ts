import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LedgerDatabase } from '../../../utils/db/ledgerDatabase';

/** The schema exactly as each earlier version declared it, to write a database as that version did. */
const VERSION_1 = {
  spans: '++id, day, [day+platformId], start',
  openSpan: 'key',
  platforms: 'id',
  settings: 'key',
  meta: 'key',
};
const VERSION_3_ADDS = { dayRollups: '[day+platformId+kind], day' };
const VERSION_4_ADDS = { dayRollupCache: 'day' };
const LATEST_VERSION = new LedgerDatabase('verno-probe').verno;
const VERSION_2 = { ...VERSION_1, checkins: '++id, day, at, [day+type]', fingerprints: '++id, hash, day' };

const span = {
  platformId: 'xuexi',
  start: 1_700_000_000_000,
  end: 1_700_000_600_000,
  day: '2023-11-15',
  kind: 'active',
  source: 'auto',
};
const rule = {
  id: 'user:oa',
  name: '某县OA',
  category: '办公协同',
  patterns: ['oa.example.gov.cn'],
  enabled: true,
};
const open = { key: 'current', value: { platformId: '12371', kind: 'active', start: 1, lastBeat: 2 } };
const checkin = {
  at: 1_700_000_100_000,
  day: '2023-11-15',
  platformId: null,
  type: '签到打卡',
  source: 'manual',
};
const fingerprint = { hash: 'a'.repeat(64), platformId: 'zjzwfw', day: '2023-11-15', at: 1_700_000_200_000 };

async function writeOldDatabase(
  name: string,
  version: number,
  stores: Record<string, string>,
  fill: (db: Dexie) => Promise<void>,
) {
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.open();
  await fill(old);
  old.close();
}

describe('database migrations', () => {
  it('opens a version 1 database full of data and finds every row after the upgrade', async () => {
    const name = 'migrate-from-1';
    await writeOldDatabase(name, 1, VERSION_1, async (db) => {
      await db.table('spans').bulkAdd(
        Array.from({ length: 50 }, (_, i) => ({
          ...span,
          start: span.start + i * 1e6,
          end: span.end + i * 1e6,
        })),
      );
      await db.table('platforms').add(rule);
      await db.table('openSpan').add(open);
      await db.table('settings').add({ key: 'settings', value: { idleThresholdSeconds: 90 } });
      await db.table('meta').add({ key: 'fingerprintSalt', value: 'f'.repeat(64) });
    });
    const db = new LedgerDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.spans.count()).toBe(50);
    expect(await db.platforms.get('user:oa')).toEqual(rule);
    expect(await db.openSpan.get('current')).toEqual(open);
    expect((await db.settings.get('settings'))?.value).toEqual({ idleThresholdSeconds: 90 });
    expect((await db.meta.get('fingerprintSalt'))?.value).toBe('f'.repeat(64));
    expect(await db.checkins.count()).toBe(0);
    expect(await db.dayRollups.count()).toBe(0);
    db.close();
  });

  it('opens a version 2 database and keeps its check-ins and fingerprints', async () => {
    const name = 'migrate-from-2';
    await writeOldDatabase(name, 2, VERSION_2, async (db) => {
      await db.table('spans').add(span);
      await db
        .table('checkins')
        .bulkAdd([checkin, { ...checkin, type: '截图上报', source: 'detected', platformId: 'xuexi' }]);
      await db.table('fingerprints').add(fingerprint);
    });
    const db = new LedgerDatabase(name);
    await db.open();
    expect(await db.spans.count()).toBe(1);
    expect((await db.checkins.toArray()).map((row) => row.type).sort()).toEqual(['截图上报', '签到打卡']);
    expect(await db.fingerprints.where('hash').equals(fingerprint.hash).count()).toBe(1);
    db.close();
  });

  it('opens a version 3 database and keeps its retained day rollups; the new day cache starts empty', async () => {
    const name = 'migrate-from-3';
    const rollup = {
      day: '2023-11-15',
      platformId: 'xuexi',
      kind: 'active',
      halfHours: Array(48).fill(0),
      minutes: 0,
      spanCount: 1,
    };
    await writeOldDatabase(name, 3, { ...VERSION_2, ...VERSION_3_ADDS }, async (db) => {
      await db.table('spans').add(span);
      await db.table('dayRollups').add(rollup);
      await db.table('checkins').add(checkin);
    });
    const db = new LedgerDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.dayRollups.toArray()).toEqual([rollup]);
    expect(await db.spans.count()).toBe(1);
    expect(await db.checkins.count()).toBe(1);
    expect(await db.dayRollupCache.count()).toBe(0);
    db.close();
  });

  it('removes, on the way to version 5, everything earlier versions stored of the reporting channels', async () => {
    const name = 'migrate-from-4-never-record';
    const rollupOf = (platformId: string) => ({
      day: '2023-11-15',
      platformId,
      kind: 'active',
      halfHours: Array(48).fill(0),
      minutes: 0,
      spanCount: 1,
    });
    // Dexie writes the new key into an added object: take fresh copies of the shared fixtures.
    const { id: _spanId, ...freshSpan } = span as typeof span & { id?: number };
    const { id: _checkinId, ...freshCheckin } = checkin as typeof checkin & { id?: number };
    const { id: _fingerprintId, ...freshFingerprint } = fingerprint as typeof fingerprint & { id?: number };
    const channelIds = [
      'ducha',
      '12380',
      'ccdi',
      'host:www.12388.gov.cn',
      'host:wsxf.gjxfj.gov.cn',
      'user:jw',
    ];
    const keptIds = ['xuexi', 'host:tjbb.someplace.gov.cn', 'user:oa', 'user:mixed'];
    await writeOldDatabase(name, 4, { ...VERSION_2, ...VERSION_3_ADDS, ...VERSION_4_ADDS }, async (db) => {
      for (const [index, platformId] of [...channelIds, ...keptIds].entries()) {
        await db.table('spans').add({
          ...freshSpan,
          platformId,
          start: span.start + index * 1e6,
          end: span.start + index * 1e6 + 1e5,
        });
        await db.table('dayRollups').add(rollupOf(platformId));
        await db.table('checkins').add({ ...freshCheckin, platformId, at: checkin.at + index });
        await db.table('fingerprints').add({ ...freshFingerprint, platformId });
      }
      await db.table('checkins').add({ ...freshCheckin });
      await db.table('dayRollupCache').add({ day: '2023-11-15', rollups: [rollupOf('12380')] });
      await db
        .table('openSpan')
        .add({ key: 'current', value: { platformId: 'ccdi', kind: 'active', start: 1, lastBeat: 2 } });
      await db
        .table('platforms')
        .bulkAdd([
          rule,
          { ...rule, id: 'user:jw', name: '纪委举报', patterns: ['www.ccdi.gov.cn', '*.12380.gov.cn'] },
          { ...rule, id: 'user:mixed', name: '混合', patterns: ['oa.example.gov.cn', 'www.12388.gov.cn'] },
          { id: '12380', name: '中央组织部12380举报网站', category: '党建', patterns: [], enabled: false },
        ]);
    });
    const db = new LedgerDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const idsOf = (rows: { platformId: string | null }[]) =>
      [...new Set(rows.map((row) => row.platformId))].sort();
    expect(idsOf(await db.spans.toArray())).toEqual([...keptIds].sort());
    expect(idsOf(await db.dayRollups.toArray())).toEqual([...keptIds].sort());
    expect(idsOf(await db.fingerprints.toArray())).toEqual([...keptIds].sort());
    expect(idsOf(await db.checkins.toArray())).toEqual([...keptIds, null].sort());
    expect(await db.dayRollupCache.count()).toBe(0);
    expect(await db.openSpan.get('current')).toBeUndefined();
    expect((await db.platforms.toArray()).map((row) => [row.id, row.patterns])).toEqual([
      ['12380', []],
      ['user:mixed', ['oa.example.gov.cn']],
      ['user:oa', ['oa.example.gov.cn']],
    ]);
    db.close();
  });

  it('moves, on the way to version 6, every minute a user typed into outside-browser time, and drops none', async () => {
    const name = 'migrate-from-5-outside-time';
    const day = '2026-11-23';
    const at = Date.parse('2026-11-23T09:00:00+08:00');
    await writeOldDatabase(name, 5, { ...VERSION_2, ...VERSION_3_ADDS, ...VERSION_4_ADDS }, async (db) => {
      await db.table('checkins').bulkAdd([
        { at, day, platformId: 'app:dingtalk', type: '群内接龙/回复收到', source: 'manual', minutes: 20 },
        { at: at + 1, day, platformId: 'xuexi', type: '学习积分', source: 'manual', minutes: 35 },
        {
          at: at + 2,
          day,
          platformId: null,
          type: '截图上报',
          source: 'manual',
          minutes: 5,
          note: '发给领导',
        },
        { at: at + 3, day, platformId: null, type: '签到打卡', source: 'manual' },
      ]);
      await db.table('spans').bulkAdd([
        {
          platformId: 'app:wechat-group',
          start: at,
          end: at + 40 * 60_000,
          day,
          kind: 'active',
          source: 'manual',
        },
        { platformId: 'xuexi', start: at, end: at + 10 * 60_000, day, kind: 'active', source: 'auto' },
        {
          platformId: 'zjzwfw',
          start: at + 3_600_000,
          end: at + 3_900_000,
          day,
          kind: 'active',
          source: 'manual',
        },
      ]);
    });
    const db = new LedgerDatabase(name);
    await db.open();
    const outside = (await db.outsideTime.toArray()).map(({ channel, minutes, day: d, at: a }) => ({
      channel,
      minutes,
      day: d,
      at: a,
    }));
    expect(outside).toEqual([
      { channel: 'app:dingtalk', minutes: 20, day, at },
      { channel: 'app:other', minutes: 35, day, at: at + 1 },
      { channel: 'app:other', minutes: 5, day, at: at + 2 },
      { channel: 'app:wechat-group', minutes: 40, day, at },
    ]);
    const typed = [20, 35, 5, 40].reduce((sum, minutes) => sum + minutes, 0);
    expect((await db.outsideTime.toArray()).reduce((sum, row) => sum + row.minutes, 0)).toBe(typed);
    expect((await db.checkins.toArray()).every((row) => !('minutes' in row))).toBe(true);
    expect((await db.checkins.toArray()).find((row) => row.type === '截图上报')?.note).toBe('发给领导');
    expect((await db.spans.toArray()).map((row) => row.platformId).sort()).toEqual(['xuexi', 'zjzwfw']);
    db.close();
  });
});
