import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, type LedgerBackup, MAX_BACKUP_BYTES } from '../../../utils/backup/backupFormat';
import { backupToJson, readBackup } from '../../../utils/backup/exportBackup';
import type { BackupProblem } from '../../../utils/backup/parseBackup';
import { type RestoreMode, restoreFromFile, restoreFromText } from '../../../utils/backup/restoreBackup';
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import { freshDatabase } from '../db/testDatabase';
import { at, fillLedger, fullDump, NOW } from './ledgerFixture';

let db: LedgerDatabase;
let goodBackup: LedgerBackup;

beforeEach(async () => {
  // The good file comes from one database; the bad files are offered to another, already full one.
  freshDatabase();
  const source = freshDatabase();
  await fillLedger(source);
  goodBackup = await readBackup(NOW);
  db = freshDatabase();
  await fillLedger(db, { withOpenSpan: false });
  await db.spans.add({
    platformId: 'gjzwfw',
    start: at('2024-03-09T10:00:00'),
    end: at('2024-03-09T10:30:00'),
    day: '2024-03-09',
    kind: 'active',
    source: 'auto',
  });
});

/** A copy of the good backup, changed by `edit` as a hand-editing user or a broken tool would. */
// biome-ignore lint/suspicious/noExplicitAny: a hand-edited file can hold anything; the tests reach into it freely
type EditableBackup = any;

function edited(edit: (backup: EditableBackup) => void): string {
  const copy: EditableBackup = structuredClone(goodBackup);
  edit(copy);
  return JSON.stringify(copy);
}

/** Offers the text in both modes and returns the problem, after checking that the database did not change. */
async function refusedProblem(text: string): Promise<BackupProblem> {
  const before = await fullDump(db);
  const problems: BackupProblem[] = [];
  for (const mode of ['replace', 'merge'] as RestoreMode[]) {
    const result = await restoreFromText(text, mode, NOW);
    expect(result.ok, `a bad file was restored (${mode})`).toBe(false);
    if (!result.ok) problems.push(result.problem);
    expect(await fullDump(db)).toEqual(before);
  }
  expect(problems[0]).toEqual(problems[1]);
  return problems[0]!;
}

describe('restoring a bad backup file changes nothing and says what is wrong', () => {
  it('refuses an empty file', async () => {
    expect(await refusedProblem('')).toEqual({ code: 'empty' });
    expect(await refusedProblem('  \n')).toEqual({ code: 'empty' });
  });

  it('refuses a file that is not JSON (a spreadsheet saved by mistake)', async () => {
    expect(await refusedProblem('日期,平台,分钟\n2024-03-04,学习强国,25\n')).toEqual({ code: 'notJson' });
  });

  it('refuses a file cut off in the middle as truncated', async () => {
    const text = backupToJson(goodBackup);
    expect(await refusedProblem(text.slice(0, Math.floor(text.length / 2)))).toEqual({ code: 'truncated' });
  });

  it('refuses JSON of another kind, such as an anonymized summary', async () => {
    expect(
      await refusedProblem(JSON.stringify({ format: 'fingertip-summary/1', period: '2024-W10' })),
    ).toEqual({
      code: 'notBackup',
    });
    expect(await refusedProblem('[1,2,3]')).toEqual({ code: 'notBackup' });
  });

  it('refuses a file from a newer version of the extension', async () => {
    expect(
      await refusedProblem(
        edited((backup) => {
          backup.version = 3;
        }),
      ),
    ).toEqual({ code: 'tooNew' });
    expect(
      await refusedProblem(
        edited((backup) => {
          backup.schemaVersion = 99;
        }),
      ),
    ).toEqual({
      code: 'tooNew',
    });
  });

  it('names the missing field and the row it is missing from', async () => {
    const problem = await refusedProblem(edited((backup) => delete backup.data.spans[3].end));
    expect(problem).toEqual({ code: 'missingField', table: 'spans', index: 3, field: 'end' });
    expect(await refusedProblem(edited((backup) => delete backup.data.checkins))).toEqual({
      code: 'missingField',
      table: 'checkins',
      index: null,
      field: 'checkins',
    });
    expect(await refusedProblem(edited((backup) => delete backup.exportedAt))).toMatchObject({
      code: 'missingField',
      table: null,
      field: 'exportedAt',
    });
  });

  it('names a field with a value of the wrong type or outside its list', async () => {
    expect(
      await refusedProblem(
        edited((backup) => {
          backup.data.spans[0].start = '8点';
        }),
      ),
    ).toEqual({
      code: 'wrongValue',
      table: 'spans',
      index: 0,
      field: 'start',
    });
    expect(
      await refusedProblem(
        edited((backup) => {
          backup.data.checkins[1].type = '开会';
        }),
      ),
    ).toEqual({
      code: 'wrongValue',
      table: 'checkins',
      index: 1,
      field: 'type',
    });
    expect(
      await refusedProblem(
        edited((backup) => {
          backup.data.settings[0].value.retentionMonths = -3;
        }),
      ),
    ).toMatchObject({ code: 'wrongValue', table: 'settings', field: 'value.retentionMonths' });
    expect(
      await refusedProblem(
        edited((backup) => {
          backup.data.platforms[0].patterns = ['http://'];
        }),
      ),
    ).toMatchObject({ code: 'wrongValue', table: 'platforms', index: 0 });
  });

  it('refuses a field this version does not know, rather than dropping it silently', async () => {
    expect(
      await refusedProblem(
        edited((backup) => {
          backup.data.spans[2].title = '张建国的积分';
        }),
      ),
    ).toEqual({
      code: 'unknownField',
      table: 'spans',
      index: 2,
      field: 'title',
    });
  });

  it('rejects 50 MB of junk by its size, before reading it, and fast', async () => {
    const junk = new Blob([new Uint8Array(50 * 1024 * 1024).fill(0x7a)]);
    const before = await fullDump(db);
    const started = performance.now();
    const result = await restoreFromFile(junk, 'replace', NOW);
    const elapsed = performance.now() - started;
    expect(result).toEqual({
      ok: false,
      problem: { code: 'tooLarge', bytes: 50 * 1024 * 1024, limitBytes: MAX_BACKUP_BYTES },
    });
    expect(elapsed).toBeLessThan(200);
    expect(await fullDump(db)).toEqual(before);
    // The same junk handed over as text (no file size to look at) is refused by its length.
    expect(await refusedProblem('z'.repeat(50 * 1024 * 1024))).toMatchObject({ code: 'tooLarge' });
  });

  it('refuses duplicated ids', async () => {
    expect(
      await refusedProblem(
        edited((backup) => {
          backup.data.spans[5].id = backup.data.spans[4].id;
        }),
      ),
    ).toEqual({
      code: 'duplicateId',
      table: 'spans',
      index: 5,
      id: String(goodBackup.data.spans[4]!.id),
    });
    expect(
      await refusedProblem(edited((backup) => backup.data.platforms.push({ ...backup.data.platforms[0] }))),
    ).toMatchObject({ code: 'duplicateId', table: 'platforms', id: 'user:county-oa' });
  });

  it('refuses records dated in the future', async () => {
    const future = at('2030-06-01T09:00:00');
    expect(
      await refusedProblem(
        edited((backup) =>
          backup.data.checkins.push({ ...backup.data.checkins[0], id: 99, at: future, day: '2030-06-01' }),
        ),
      ),
    ).toEqual({ code: 'inFuture', table: 'checkins', index: 4 });
    expect(
      await refusedProblem(
        edited((backup) => {
          backup.data.spans[0] = {
            ...backup.data.spans[0],
            start: future,
            end: future + 60_000,
            day: '2030-06-01',
          };
        }),
      ),
    ).toEqual({ code: 'inFuture', table: 'spans', index: 0 });
  });

  it("accepts a record a few minutes ahead, as another computer's clock may be", async () => {
    const soon = NOW + 5 * 60_000;
    const text = edited((backup) => {
      backup.data.checkins.push({ ...backup.data.checkins[0], id: 99, at: soon, day: '2024-03-10' });
    });
    expect((await restoreFromText(text, 'merge', NOW)).ok).toBe(true);
  });

  it('refuses a span that crosses midnight', async () => {
    const text = edited((backup) => {
      backup.data.spans[3] = { ...backup.data.spans[3], end: at('2024-03-05T00:30:00') };
    });
    expect(await refusedProblem(text)).toEqual({ code: 'crossesMidnight', table: 'spans', index: 3 });
  });

  it('accepts a span that ends exactly at midnight (the end is exclusive)', async () => {
    const text = edited((backup) => {
      backup.data.spans[3] = { ...backup.data.spans[3], end: at('2024-03-05T00:00:00') };
    });
    expect((await restoreFromText(text, 'replace', NOW)).ok).toBe(true);
  });

  it('refuses a day that disagrees with the time it was recorded', async () => {
    expect(
      await refusedProblem(
        edited((backup) => {
          backup.data.spans[1].day = '2024-03-05';
        }),
      ),
    ).toEqual({
      code: 'dayMismatch',
      table: 'spans',
      index: 1,
    });
    expect(
      await refusedProblem(
        edited((backup) => {
          backup.data.fingerprints[0].day = '2024-03-08';
        }),
      ),
    ).toEqual({ code: 'dayMismatch', table: 'fingerprints', index: 0 });
  });

  it('refuses a span that ends before it starts', async () => {
    const text = edited((backup) => {
      backup.data.spans[0] = { ...backup.data.spans[0], end: backup.data.spans[0].start - 1 };
    });
    expect(await refusedProblem(text)).toEqual({ code: 'endNotAfterStart', table: 'spans', index: 0 });
  });

  it('refuses a file whose format name was changed', async () => {
    expect(
      await refusedProblem(
        edited((backup) => {
          backup.format = `${BACKUP_FORMAT}-copy`;
        }),
      ),
    ).toEqual({
      code: 'notBackup',
    });
  });

  it('refuses an open span from the year 2000, and one timed for more than a day', async () => {
    const fromYear2000 = await refusedProblem(
      edited((backup) => {
        backup.data.openSpan[0].value.start = Date.parse('2000-01-01T00:00:00Z');
      }),
    );
    expect(fromYear2000).toMatchObject({ code: 'wrongValue', table: 'openSpan', index: 0 });
    const overADay = await refusedProblem(
      edited((backup) => {
        const open = backup.data.openSpan[0].value;
        open.start = open.lastBeat - 25 * 3_600_000;
      }),
    );
    expect(overADay).toEqual({ code: 'openSpanTooLong', table: 'openSpan', index: 0 });
  });

  it('refuses thirty whole-day spans on one day: one person is timed on one thing at a time', async () => {
    const problem = await refusedProblem(
      edited((backup) => {
        for (let copy = 0; copy < 30; copy += 1) {
          backup.data.spans.push({
            id: 1000 + copy,
            platformId: copy % 2 === 0 ? 'xuexi' : '12371',
            start: at('2024-03-02T00:00:00'),
            end: at('2024-03-03T00:00:00'),
            day: '2024-03-02',
            kind: 'active',
            source: 'manual',
          });
        }
      }),
    );
    expect(problem).toMatchObject({ code: 'overlaps', table: 'spans' });
  });

  it('refuses day rollups that put more than a half hour into a half hour', async () => {
    const problem = await refusedProblem(
      edited((backup) => {
        const rollup = backup.data.dayRollups[0];
        backup.data.dayRollups.push({ ...structuredClone(rollup), platformId: 'zjzwfw' });
        backup.data.dayRollups.push({ ...structuredClone(rollup), platformId: '12371' });
      }),
    );
    expect(problem).toMatchObject({ code: 'dayOverWallTime', table: 'dayRollups' });
  });

  it.each([
    ['2026-02-30', 'a day no calendar has'],
    ['0000-01-01', 'the year zero'],
    ['2019-12-31', 'a day before the extension existed'],
    ['2024-13-01', 'a thirteenth month'],
  ])('refuses a day total dated %s (%s)', async (day) => {
    const problem = await refusedProblem(
      edited((backup) => {
        backup.data.dayRollups[0].day = day;
      }),
    );
    expect(problem).toMatchObject({ code: 'wrongValue', table: 'dayRollups', index: 0, field: 'day' });
  });

  it('refuses a group-report threshold below the k rule’s floor', async () => {
    for (const k of [0, 1, 2]) {
      const problem = await refusedProblem(
        edited((backup) => {
          backup.data.settings[0].value.mergeMinContributors = k;
        }),
      );
      expect(problem).toMatchObject({
        code: 'wrongValue',
        table: 'settings',
        field: 'value.mergeMinContributors',
      });
    }
  });

  it('says a million-deep file is not a backup, rather than naming a field in it', async () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const text = backupToJson(goodBackup).replace('"spans":[', `"spans":[${deep},`);
    expect(await refusedProblem(text)).toEqual({ code: 'notBackup' });
  });

  it('refuses more than 24 hours outside the browser on one day', async () => {
    const problem = await refusedProblem(
      edited((backup) => {
        const record = backup.data.outsideTime[0];
        for (let copy = 0; copy < 3; copy += 1) {
          backup.data.outsideTime.push({ ...record, id: 500 + copy, at: record.at + copy, minutes: 600 });
        }
      }),
    );
    expect(problem).toMatchObject({ code: 'outsideDayOverWallTime', table: 'outsideTime' });
  });
});
