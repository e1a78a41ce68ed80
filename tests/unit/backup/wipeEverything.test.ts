import { describe, expect, it } from 'vitest';
import { wipeEverything } from '../../../utils/backup/wipe';
import { fingerprintSalt } from '../../../utils/db/metaStore';
import { readSettings } from '../../../utils/db/settingsStore';
import { recordSpans, spansOfDay } from '../../../utils/db/spanStore';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { freshDatabase } from '../db/testDatabase';
import { at, fillLedger, fullDump } from './ledgerFixture';

describe('wiping everything', () => {
  it('leaves no row in any table, the salt included', async () => {
    const db = freshDatabase();
    await fillLedger(db);
    await wipeEverything();
    const dump = await fullDump(db);
    expect(Object.keys(dump).sort()).toEqual(db.tables.map((table) => table.name).sort());
    for (const [table, rows] of Object.entries(dump)) expect(rows, table).toEqual([]);
  });

  it('keeps the database working: a new span is recorded and defaults apply', async () => {
    const db = freshDatabase();
    await fillLedger(db);
    await wipeEverything();
    const span = {
      platformId: 'xuexi',
      start: at('2024-03-11T09:00:00'),
      end: at('2024-03-11T09:10:00'),
      day: '2024-03-11',
      kind: 'active' as const,
      source: 'auto' as const,
    };
    await recordSpans([span]);
    expect(await spansOfDay('2024-03-11')).toEqual([expect.objectContaining(span)]);
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    // A new salt: fingerprints made after the wipe cannot be linked to the ones before it.
    const salt = await fingerprintSalt();
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(salt).not.toBe('c'.repeat(64));
  });
});
