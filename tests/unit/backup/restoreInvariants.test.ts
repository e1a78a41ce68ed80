import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupData } from '../../../utils/backup/backupFormat';
import { backupToJson, readBackup } from '../../../utils/backup/exportBackup';
import { ledgerInvariantProblem } from '../../../utils/backup/ledgerInvariants';
import { parseBackup } from '../../../utils/backup/parseBackup';
import { restoreBackup, restoreFromText } from '../../../utils/backup/restoreBackup';
import { zoneCalendar } from '../../../utils/backup/zoneCalendar';
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import { fingerprintSalt } from '../../../utils/db/metaStore';
import { rollupSpans } from '../../../utils/stats/dayRollup';
import type { Span } from '../../../utils/tracking/span';
import { freshDatabase } from '../db/testDatabase';
import { at, fillLedger, NOW } from './ledgerFixture';

const calendar = zoneCalendar('Asia/Shanghai')!;
const MINUTE = 60_000;
const DAYS = ['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-04', '2024-03-05', '2024-03-06'];
const PLATFORMS = ['xuexi', '12371', 'zjzwfw', 'host:tjbb.someplace.gov.cn'];

/** Spans of one day that never overlap: sorted minute marks taken in pairs. */
const daySpans = (day: string) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: 24 * 60 * 60 - 1 }), { maxLength: 8 })
    .chain((marks) =>
      fc.tuple(
        fc.constant([...marks].sort((a, b) => a - b)),
        fc.array(
          fc.tuple(
            fc.constantFrom(...PLATFORMS),
            fc.constantFrom('active', 'media') as fc.Arbitrary<'active' | 'media'>,
          ),
          {
            minLength: 4,
            maxLength: 4,
          },
        ),
      ),
    )
    .map(([marks, kinds]) => {
      const spans: Span[] = [];
      for (let index = 0; index + 1 < marks.length; index += 2) {
        const [platformId, kind] = kinds[(index / 2) % kinds.length]!;
        spans.push({
          platformId,
          kind,
          source: 'auto',
          day,
          start: at(`${day}T00:00:00`) + marks[index]! * 1_000,
          end: at(`${day}T00:00:00`) + marks[index + 1]! * 1_000,
        });
      }
      return spans;
    });

/** A ledger the tracker could have written: per day raw spans, or (an old day) the rollups of folded spans. */
const validLedger = fc
  .tuple(...DAYS.map((day) => fc.tuple(daySpans(day), fc.boolean(), fc.integer({ min: 0, max: 600 }))))
  .map((days) => {
    const spans: Span[] = [];
    const folded: Span[] = [];
    const outsideTime: BackupData['outsideTime'] = [];
    days.forEach(([ofDay, fold, outsideMinutes], index) => {
      (fold ? folded : spans).push(...ofDay);
      if (outsideMinutes > 0) {
        const day = DAYS[index]!;
        outsideTime.push({
          id: index + 1,
          day,
          at: at(`${day}T12:00:00`),
          minutes: outsideMinutes,
          channel: 'app:wechat-group',
        });
      }
    });
    return { spans, dayRollups: rollupSpans(folded), outsideTime };
  });

/** Changes of the kind a hand-edited or an older device's file brings: spans moved by up to a second, duplicated. */
const shifted = (spans: readonly Span[]) =>
  fc
    .array(
      fc.tuple(fc.nat({ max: Math.max(0, spans.length - 1) }), fc.integer({ min: -1_000, max: 1_000 })),
      {
        maxLength: 6,
      },
    )
    .map((moves) =>
      spans.length === 0
        ? []
        : moves.map(([index, ms]) => ({
            ...spans[index]!,
            start: spans[index]!.start + ms,
            end: spans[index]!.end + ms,
          })),
    );

function backupText(
  ledger: { spans: Span[]; dayRollups: BackupData['dayRollups']; outsideTime: BackupData['outsideTime'] },
  schemaVersion: number,
): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion,
    exportedAt: new Date(NOW).toISOString(),
    timeZone: 'Asia/Shanghai',
    data: {
      spans: ledger.spans.map((span, index) => ({ id: index + 1, ...span })),
      openSpan: [],
      checkins: [],
      fingerprints: [],
      dayRollups: ledger.dayRollups,
      platforms: [],
      settings: [],
      outsideTime: ledger.outsideTime,
      burdenEvents: [],
      inventory: [],
    },
  });
}

async function ledgerProblem(db: LedgerDatabase) {
  const [spans, dayRollups, outsideTime, openRows] = await Promise.all([
    db.spans.toArray(),
    db.dayRollups.toArray(),
    db.outsideTime.toArray(),
    db.openSpan.toArray(),
  ]);
  const openSpan = openRows.map((row) => row.value as { start: number; lastBeat: number });
  return ledgerInvariantProblem({ spans, dayRollups, outsideTime, openSpan }, calendar);
}

describe('restores keep the tracker’s invariants', () => {
  it('any backup the checker accepts, restored or merged into any valid ledger, leaves a valid ledger', async () => {
    await fc.assert(
      fc.asyncProperty(
        validLedger,
        validLedger,
        fc.constantFrom('replace', 'merge') as fc.Arbitrary<'replace' | 'merge'>,
        async (stored, incoming, mode) => {
          const db = freshDatabase();
          await db.spans.bulkAdd(stored.spans);
          await db.dayRollups.bulkAdd(stored.dayRollups);
          await db.outsideTime.bulkAdd(stored.outsideTime.map(({ id: _id, ...row }) => row));
          expect(await ledgerProblem(db)).toBeNull();
          const extra = fc.sample(shifted([...stored.spans, ...incoming.spans]), 1)[0] ?? [];
          for (const spans of [incoming.spans, [...incoming.spans, ...extra]]) {
            const parsed = parseBackup(backupText({ ...incoming, spans }, db.verno), {
              now: NOW,
              schemaVersion: db.verno,
            });
            if (!parsed.ok) continue;
            await restoreBackup(parsed.backup, mode);
            expect(await ledgerProblem(db)).toBeNull();
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('merges a span one second off a stored one as that one second, not as an hour more', async () => {
    const db = freshDatabase();
    const stored: Span = {
      platformId: 'xuexi',
      kind: 'active',
      source: 'auto',
      day: '2024-03-04',
      start: at('2024-03-04T09:00:00'),
      end: at('2024-03-04T10:00:00'),
    };
    await db.spans.add(stored);
    const text = backupText(
      {
        spans: [{ ...stored, start: stored.start + 1_000, end: stored.end + 1_000 }],
        dayRollups: [],
        outsideTime: [],
      },
      db.verno,
    );
    const result = await restoreFromText(text, 'merge', NOW);
    expect(result.ok).toBe(true);
    const total = (await db.spans.toArray()).reduce((sum, span) => sum + span.end - span.start, 0);
    expect(total).toBe(60 * MINUTE + 1_000);
    expect(await ledgerProblem(db)).toBeNull();
  });
});

describe('privacy state never comes from a file', () => {
  /** A version 1 file, as earlier versions wrote it, with the secrets it then carried. */
  async function version1File(meta: { key: string; value: string }[]) {
    const source = freshDatabase();
    await fillLedger(source, { withOpenSpan: false });
    const backup = JSON.parse(backupToJson(await readBackup(NOW)));
    const { outsideTime: _o, burdenEvents: _e, inventory: _i, ...tables } = backup.data;
    return JSON.stringify({ ...backup, version: 1, data: { ...tables, meta } });
  }

  it('makes a new salt when the file’s salt is empty, so duplicate entries are still detected', async () => {
    const text = await version1File([{ key: 'fingerprintSalt', value: '' }]);
    const db = freshDatabase();
    expect((await restoreFromText(text, 'replace', NOW)).ok).toBe(true);
    expect(await fingerprintSalt()).toMatch(/^[0-9a-f]{64}$/);
    expect((await db.meta.get('fingerprintSalt'))?.value).not.toBe('');
  });

  it('never restores stored summary noise: a file cannot pre-seed draws that make noisy figures exact', async () => {
    const seeded = JSON.stringify(Array.from({ length: 400 }, () => 0.5));
    const text = await version1File([
      { key: 'fingerprintSalt', value: 'c'.repeat(64) },
      { key: 'summaryNoise/2024-W10/0.5', value: seeded },
    ]);
    for (const mode of ['replace', 'merge'] as const) {
      const db = freshDatabase();
      expect((await restoreFromText(text, mode, NOW)).ok).toBe(true);
      expect(await db.meta.get('summaryNoise/2024-W10/0.5')).toBeUndefined();
      expect((await db.meta.get('fingerprintSalt'))?.value).not.toBe('c'.repeat(64));
    }
  });

  it('reads a version 1 file’s typed minutes as outside-browser time', async () => {
    const source = freshDatabase();
    await fillLedger(source, { withOpenSpan: false });
    const backup = JSON.parse(backupToJson(await readBackup(NOW)));
    const { outsideTime: _o, burdenEvents: _e, inventory: _i, ...tables } = backup.data;
    tables.checkins[0].minutes = 25;
    const text = JSON.stringify({ ...backup, version: 1, data: { ...tables, meta: [] } });
    const db = freshDatabase();
    expect((await restoreFromText(text, 'replace', NOW)).ok).toBe(true);
    expect((await db.outsideTime.toArray()).map((row) => row.minutes)).toEqual([25]);
  });
});
