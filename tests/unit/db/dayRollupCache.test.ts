import { beforeEach, describe, expect, it } from 'vitest';
import {
  fillDayRollupCache,
  fillWholeDayRollupCache,
  readRollupsOfDays,
} from '../../../utils/db/dayRollupCache';
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import { addManualSpan, deleteSpan, updateSpan } from '../../../utils/db/spanEdits';
import { recordSpans } from '../../../utils/db/spanStore';
import type { DayRollup } from '../../../utils/stats/dayRollup';
import type { Span } from '../../../utils/tracking/span';
import { freshDatabase } from './testDatabase';

const TODAY = '2026-11-23';
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`).getTime();
const span = (platformId: string, day: string, from: string, to: string): Span => ({
  platformId,
  start: at(day, from),
  end: at(day, to),
  day,
  kind: 'active',
  source: 'auto',
});
const minutesByDay = (rollups: readonly DayRollup[]) => {
  const totals: Record<string, number> = {};
  for (const rollup of rollups) totals[rollup.day] = (totals[rollup.day] ?? 0) + rollup.minutes;
  return totals;
};

let db: LedgerDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await db.spans.bulkAdd([
    span('xuexi', '2026-11-20', '09:00', '10:00'),
    span('zjzwfw', '2026-11-21', '14:00', '14:30'),
    span('xuexi', TODAY, '08:00', '08:20'),
  ]);
});

describe('the day rollup cache', () => {
  it('gives the same day totals from the cache as from the spans, and never caches today', async () => {
    const fresh = await readRollupsOfDays('2026-11-19', TODAY, TODAY);
    expect(fresh.uncachedPastDays).toEqual(['2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']);
    await fillDayRollupCache(fresh.uncachedPastDays, TODAY);
    const cached = await readRollupsOfDays('2026-11-19', TODAY, TODAY);
    expect(cached.uncachedPastDays).toEqual([]);
    expect(minutesByDay(cached.rollups)).toEqual(minutesByDay(fresh.rollups));
    expect(minutesByDay(cached.rollups)).toEqual({ '2026-11-20': 60, '2026-11-21': 30, [TODAY]: 20 });
    expect((await db.dayRollupCache.toCollection().primaryKeys()).sort()).not.toContain(TODAY);
  });

  it('shows a corrected, deleted or added span of a cached day at once', async () => {
    await fillWholeDayRollupCache(TODAY);
    const [first] = await db.spans.where('day').equals('2026-11-20').toArray();
    await updateSpan(first!.id!, {
      platformId: 'xuexi',
      start: at('2026-11-20', '09:00'),
      end: at('2026-11-20', '09:45'),
    });
    await addManualSpan({
      platformId: 'app:dingtalk',
      start: at('2026-11-19', '20:00'),
      end: at('2026-11-19', '20:40'),
    });
    const [other] = await db.spans.where('day').equals('2026-11-21').toArray();
    await deleteSpan(other!.id!);
    const { rollups } = await readRollupsOfDays('2026-11-19', '2026-11-22', TODAY);
    expect(minutesByDay(rollups)).toEqual({ '2026-11-19': 40, '2026-11-20': 45 });
  });

  it('forgets a cached day when the tracker records a span that closed on it after the fact', async () => {
    await fillWholeDayRollupCache(TODAY);
    await recordSpans([span('12371', '2026-11-22', '23:30', '23:59')]);
    const { rollups } = await readRollupsOfDays('2026-11-22', '2026-11-22', TODAY);
    expect(minutesByDay(rollups)).toEqual({ '2026-11-22': 29 });
  });

  it('caches every past day with records in the daily job, and nothing twice', async () => {
    expect(await fillWholeDayRollupCache(TODAY)).toBe(2);
    expect(await fillWholeDayRollupCache(TODAY)).toBe(0);
    expect((await db.dayRollupCache.toCollection().primaryKeys()).sort()).toEqual([
      '2026-11-20',
      '2026-11-21',
    ]);
  });
});
