import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { todayViewOf } from '../../../components/popup/todayView';
import { logCheckin } from '../../../utils/db/checkinStore';
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import { saveOpenSpan } from '../../../utils/db/openSpanStore';
import { logOutsideTime } from '../../../utils/db/outsideTimeStore';
import { todayRecords } from '../../../utils/db/reviewQueries';
import { saveUserRule } from '../../../utils/db/ruleStore';
import { saveSettings } from '../../../utils/db/settingsStore';
import { recordSpans } from '../../../utils/db/spanStore';
import { readTodayRecords } from '../../../utils/db/todayFirstRead';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { at, span } from '../fixtures/spanBuilders';
import { freshDatabase } from './testDatabase';

const DAY = '2026-11-23';

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((database) => database.name ?? '');
}

describe('the popup first read (bare IndexedDB)', () => {
  let db: LedgerDatabase;
  beforeEach(async () => {
    db = freshDatabase();
    await db.open();
  });

  it('reads the same rows as the Dexie read, in the same order', async () => {
    // Written out of order, with rows of other days that must not come back.
    await recordSpans([
      span('12371', DAY, '14:00', '14:20'),
      span('xuexi', DAY, '09:00', '09:30'),
      span('xuexi', '2026-11-22', '09:00', '10:00'),
    ]);
    await saveOpenSpan({
      platformId: 'xuexi',
      kind: 'media',
      start: at(DAY, '15:00'),
      lastBeat: at(DAY, '15:05'),
    });
    await saveUserRule({
      id: 'user:oa',
      name: '某县OA',
      category: '办公协同',
      patterns: ['oa.example.gov.cn'],
      enabled: true,
    });
    await logCheckin({
      at: at(DAY, '18:00'),
      day: DAY,
      platformId: null,
      type: '群内接龙/回复收到',
      source: 'manual',
    });
    await logCheckin({
      at: at(DAY, '08:00'),
      day: DAY,
      platformId: null,
      type: '签到打卡',
      source: 'manual',
    });
    await logCheckin({
      at: at('2026-11-22', '08:00'),
      day: '2026-11-22',
      platformId: null,
      type: '签到打卡',
      source: 'manual',
    });
    await saveSettings({ locale: 'en', idleThresholdSeconds: 120 });
    const later = at(DAY, '23:59');
    await logOutsideTime({ at: at(DAY, '11:00'), minutes: 10, channel: 'app:dingtalk' }, later);
    await logOutsideTime({ at: at(DAY, '07:30'), minutes: 25, channel: 'app:wechat-group' }, later);
    await logOutsideTime({ at: at('2026-11-22', '07:30'), minutes: 40, channel: 'app:xuexi' }, later);

    const raw = await readTodayRecords(DAY, indexedDB, db.name);
    expect(raw).toEqual(await todayRecords(DAY));
    expect(raw?.spans.map((row) => row.platformId)).toEqual(['xuexi', '12371']);
    expect(raw?.checkins.map((row) => row.type)).toEqual(['签到打卡', '群内接龙/回复收到']);
    expect(raw?.settings).toEqual({ ...DEFAULT_SETTINGS, locale: 'en', idleThresholdSeconds: 120 });
    expect(raw?.outsideTime.map((row) => row.minutes)).toEqual([25, 10]);
    expect(todayViewOf(raw!, at(DAY, '15:10')).outsideMinutes).toBe(35);
    expect(todayViewOf(raw!, at(DAY, '15:10')).now).toMatchObject({ platformId: 'xuexi', kind: 'media' });
  });

  it('answers an empty day of an empty database with empty lists and the default settings', async () => {
    expect(await readTodayRecords(DAY, indexedDB, db.name)).toEqual({
      spans: [],
      storedOpenSpan: null,
      rules: [],
      checkins: [],
      outsideTime: [],
      settings: DEFAULT_SETTINGS,
    });
  });

  it('answers null for a database that does not exist, and leaves none behind', async () => {
    const name = `never-created-${Date.now()}`;
    expect(await readTodayRecords(DAY, indexedDB, name)).toBeNull();
    expect(await databaseNames()).not.toContain(name);
  });

  it('answers null for a database of an older schema, which Dexie then upgrades as usual', async () => {
    const name = `version-one-${Date.now()}`;
    const old = new Dexie(name);
    old.version(1).stores({
      spans: '++id, day, [day+platformId], start',
      openSpan: 'key',
      platforms: 'id',
      settings: 'key',
      meta: 'key',
    });
    await old.open();
    old.close();
    expect(await readTodayRecords(DAY, indexedDB, name)).toBeNull();
    const { LedgerDatabase } = await import('../../../utils/db/ledgerDatabase');
    const upgraded = new LedgerDatabase(name);
    await upgraded.open();
    expect(upgraded.tables.map((table) => table.name)).toContain('checkins');
    upgraded.close();
  });

  it('does not hold up a schema upgrade: its connection is closed when it answers', async () => {
    await readTodayRecords(DAY, indexedDB, db.name);
    db.close();
    const newer = new Dexie(db.name);
    newer.version(50).stores({ extra: 'key' });
    // An open connection left behind would block this upgrade and the test would time out.
    await newer.open();
    expect(newer.tables.map((table) => table.name)).toContain('extra');
    newer.close();
  });
});
