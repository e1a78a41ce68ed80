import { describe, expect, it } from 'vitest';
import type { LedgerBackup } from '../../../utils/backup/backupFormat';
import { backupFileName, backupToJson, readBackup } from '../../../utils/backup/exportBackup';
import { restoreBackup, restoreFromText } from '../../../utils/backup/restoreBackup';
import { wipeEverything } from '../../../utils/backup/wipe';
import { fingerprintSalt } from '../../../utils/db/metaStore';
import { freshDatabase } from '../db/testDatabase';
import { at, dumpWithoutSecrets, fillLedger, fullDump, NOW } from './ledgerFixture';

describe('backup and restore', () => {
  it('holds every table in one versioned file', async () => {
    const db = freshDatabase();
    await fillLedger(db);
    const backup = await readBackup(NOW);
    expect(backup).toMatchObject({
      format: 'fingertip-ledger-backup',
      version: 2,
      schemaVersion: db.verno,
      exportedAt: '2024-03-10T04:00:00.000Z',
      timeZone: 'Asia/Shanghai',
    });
    expect(Object.keys(backup.data).sort()).toEqual(
      [
        'burdenEvents',
        'checkins',
        'dayRollups',
        'fingerprints',
        'inventory',
        'openSpan',
        'outsideTime',
        'platforms',
        'settings',
        'spans',
      ].sort(),
    );
    expect(backup.data.spans).toHaveLength(20);
    expect(backup.data.outsideTime).toHaveLength(3);
    // The salt stays on this computer: with it, anyone holding the file could confirm guessed typed values.
    expect(backupToJson(backup)).not.toContain('c'.repeat(64));
    expect(backupFileName(NOW)).toBe('指尖账本备份-2024-03-10.json');
  });

  it('gives back an identical ledger after backup, wipe and restore, with a salt of its own', async () => {
    const db = freshDatabase();
    await fillLedger(db, { withOpenSpan: false });
    const before = await dumpWithoutSecrets(db);
    const text = backupToJson(await readBackup(NOW));

    await wipeEverything();
    expect(Object.values(await fullDump(db)).every((rows) => rows.length === 0)).toBe(true);

    const result = await restoreFromText(text, 'replace', NOW);
    expect(result.ok).toBe(true);
    expect(await dumpWithoutSecrets(db)).toEqual(before);
    // A new salt: the old fingerprints stay as they were (their duplicates counted), new ones start afresh.
    expect(await fingerprintSalt()).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprintSalt()).not.toBe('c'.repeat(64));
  });

  it('restores the span timed at backup time as closed spans ending at its last heartbeat', async () => {
    const db = freshDatabase();
    await fillLedger(db);
    const text = backupToJson(await readBackup(NOW));
    await wipeEverything();
    await restoreFromText(text, 'replace', NOW);
    expect(await db.openSpan.count()).toBe(0);
    const restored = await db.spans.where('day').equals('2024-03-10').toArray();
    expect(restored).toEqual([
      expect.objectContaining({
        platformId: 'xuexi',
        kind: 'media',
        start: at('2024-03-10T11:00:00'),
        end: at('2024-03-10T11:20:00'),
      }),
    ]);
  });

  it('replaces: what the database held before and the backup lacks is gone', async () => {
    const db = freshDatabase();
    await fillLedger(db, { withOpenSpan: false });
    const backup = await readBackup(NOW);
    await db.checkins.add({
      at: at('2024-03-09T09:00:00'),
      day: '2024-03-09',
      platformId: null,
      type: '问卷调查',
      source: 'manual',
    });
    await db.settings.put({ key: 'settings', value: { retentionMonths: 24 } });
    const report = await restoreBackup(backup, 'replace');
    expect(report.added.checkins).toBe(4);
    expect((await db.checkins.toArray()).some((row) => row.type === '问卷调查')).toBe(false);
    expect((await db.settings.get('settings'))?.value).toEqual({
      idleThresholdSeconds: 120,
      retentionMonths: 6,
    });
  });

  it('merges a backup into a database that already holds part of it without duplicating anything', async () => {
    const db = freshDatabase();
    await fillLedger(db, { withOpenSpan: false });
    const backup = await readBackup(NOW);
    const complete = await fullDump(db);

    // Another database that holds part of it: some rows gone, one span grown since, and a record of its own.
    const partial = freshDatabase();
    await fillLedger(partial, { withOpenSpan: false });
    const spanIds = await partial.spans.toCollection().primaryKeys();
    await partial.spans.bulkDelete(spanIds.slice(0, 7));
    const grown = (await partial.spans.get(spanIds[10]!))!;
    await partial.spans.update(grown.id!, { end: grown.end + 5 * 60_000 });
    await partial.checkins.bulkDelete((await partial.checkins.toCollection().primaryKeys()).slice(0, 2));
    await partial.fingerprints.clear();
    await partial.platforms.delete('user:county-oa');
    const own = {
      at: at('2024-03-09T09:00:00'),
      day: '2024-03-09',
      platformId: null,
      type: '问卷调查' as const,
      source: 'manual' as const,
    };
    await partial.checkins.add(own);

    const report = await restoreBackup(backup, 'merge');
    expect(report.added).toEqual({
      spans: 7,
      checkins: 2,
      fingerprints: 2,
      dayRollups: 0,
      platforms: 1,
      outsideTime: 0,
      burdenEvents: 0,
      inventory: 0,
    });

    const merged = await fullDump(partial);
    const identity = (rows: unknown[], keys: string[]) =>
      rows.map((row) => keys.map((key) => (row as Record<string, unknown>)[key]).join('|')).sort();
    expect(identity(merged.spans!, ['platformId', 'start', 'kind'])).toEqual(
      identity(complete.spans!, ['platformId', 'start', 'kind']),
    );
    expect((await partial.spans.get(grown.id!))?.end).toBe(grown.end + 5 * 60_000);
    expect(identity(merged.checkins!, ['at', 'type', 'platformId'])).toEqual(
      identity([...complete.checkins!, own], ['at', 'type', 'platformId']),
    );
    expect(merged.fingerprints).toHaveLength(2);
    expect(merged.platforms).toEqual(complete.platforms);
    expect(merged.dayRollups).toEqual(complete.dayRollups);

    // Merging the same file again adds nothing at all.
    const again = await restoreBackup(backup, 'merge');
    expect(Object.values(again.added).every((count) => count === 0)).toBe(true);
    expect(await fullDump(partial)).toEqual(merged);
  });

  it('merging keeps the settings, rules and salt in use', async () => {
    const db = freshDatabase();
    await fillLedger(db, { withOpenSpan: false });
    const backup = await readBackup(NOW);
    const other = freshDatabase();
    await other.settings.put({ key: 'settings', value: { retentionMonths: 24 } });
    await other.platforms.put({
      id: 'xuexi',
      name: '学习强国',
      category: '学习教育',
      patterns: [],
      enabled: true,
    });
    await other.meta.put({ key: 'fingerprintSalt', value: 'd'.repeat(64) });
    await restoreBackup(backup, 'merge');
    expect((await other.settings.get('settings'))?.value).toEqual({ retentionMonths: 24 });
    expect((await other.platforms.get('xuexi'))?.enabled).toBe(true);
    expect(await fingerprintSalt()).toBe('d'.repeat(64));
    expect(await other.platforms.get('user:county-oa')).toBeDefined();
  });

  it('does not count a folded day twice when the backup still holds its raw spans', async () => {
    const db = freshDatabase();
    await fillLedger(db, { withOpenSpan: false });
    const beforeFolding: LedgerBackup = await readBackup(NOW);
    const { foldSpansBefore } = await import('../../../utils/backup/retention');
    await foldSpansBefore('2024-03-06');
    const report = await restoreBackup(beforeFolding, 'merge');
    expect(report.added.spans).toBe(0);
    expect(await db.spans.where('day').below('2024-03-06').count()).toBe(0);
  });

  it('rolls every write back when one fails half-way, as on a full disk', async () => {
    const db = freshDatabase();
    await fillLedger(db, { withOpenSpan: false });
    const backup = await readBackup(NOW);
    await db.checkins.add({
      at: at('2024-03-09T09:00:00'),
      day: '2024-03-09',
      platformId: null,
      type: '问卷调查',
      source: 'manual',
    });
    const before = await fullDump(db);
    const failOnFingerprints = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.fingerprints.hook('creating', failOnFingerprints);
    try {
      await expect(restoreBackup(backup, 'replace')).rejects.toThrow(/quota/i);
    } finally {
      db.fingerprints.hook('creating').unsubscribe(failOnFingerprints);
    }
    expect(await fullDump(db)).toEqual(before);
  });

  /** A backup an earlier version wrote while it still recorded the reporting channels. */
  function withChannelRecords(backup: LedgerBackup): LedgerBackup {
    const { data } = backup;
    const day = '2024-03-09';
    const span = (id: number, platformId: string, hour: number) => ({
      id,
      platformId,
      start: at(`${day}T${hour}:00:00`),
      end: at(`${day}T${hour}:30:00`),
      day,
      kind: 'active' as const,
      source: 'auto' as const,
    });
    return {
      ...backup,
      data: {
        ...data,
        spans: [
          ...data.spans,
          span(901, 'ccdi', 10),
          span(902, 'host:www.12388.gov.cn', 11),
          span(903, 'user:jw', 13),
        ],
        checkins: [
          ...data.checkins,
          {
            id: 901,
            at: at(`${day}T10:05:00`),
            day,
            platformId: '12380',
            type: '签到打卡',
            source: 'detected',
          },
        ],
        fingerprints: [
          ...data.fingerprints,
          { id: 901, hash: 'e'.repeat(64), platformId: 'ducha', day, at: at(`${day}T10:06:00`) },
        ],
        platforms: [
          ...data.platforms,
          {
            id: 'user:jw',
            name: '县纪委举报',
            category: '其他政务',
            patterns: ['www.ccdi.gov.cn'],
            enabled: true,
          },
        ],
      },
    };
  }

  it.each(['replace', 'merge'] as const)(
    'brings back nothing of a reporting channel from an old backup (%s)',
    async (mode) => {
      const db = freshDatabase();
      const backup = withChannelRecords(
        await (async () => {
          await fillLedger(db, { withOpenSpan: false });
          return readBackup(NOW);
        })(),
      );
      await wipeEverything();
      await restoreBackup(backup, mode);
      const dump = JSON.stringify(await fullDump(db));
      for (const trace of ['ccdi', '12388', '12380', 'ducha', 'user:jw', '县纪委'])
        expect(dump).not.toContain(trace);
      expect(await db.spans.count()).toBe(20);
    },
  );

  it('writes nothing of a reporting channel into a backup, even if the database held some', async () => {
    const db = freshDatabase();
    await fillLedger(db, { withOpenSpan: false });
    await db.spans.add({
      platformId: 'host:zj.12380.gov.cn',
      start: at('2024-03-09T10:00:00'),
      end: at('2024-03-09T10:30:00'),
      day: '2024-03-09',
      kind: 'active',
      source: 'auto',
    });
    const text = backupToJson(await readBackup(NOW));
    expect(text).not.toContain('12380');
  });
});
