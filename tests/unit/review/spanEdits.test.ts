import { beforeEach, describe, expect, it } from 'vitest';
import { dayRecords, rollupsOfDays } from '../../../utils/db/reviewQueries';
import {
  addManualSpan,
  checkSpanTimes,
  deleteSpan,
  SpanEditError,
  updateSpan,
} from '../../../utils/db/spanEdits';
import { recordSpans, spansOfDay } from '../../../utils/db/spanStore';
import { freshDatabase } from '../db/testDatabase';

const at = (day: string, time: string) => new Date(`${day}T${time}:00`).getTime();
const NOW = at('2025-06-05', '18:00');

async function refused(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SpanEditError) return error.problem;
    throw error;
  }
  return 'accepted';
}

beforeEach(() => {
  freshDatabase();
});

describe('span times a user may enter', () => {
  it('accepts a span ending exactly at the next midnight, refuses one that crosses it', () => {
    expect(checkSpanTimes(at('2025-06-03', '23:00'), at('2025-06-04', '00:00'), NOW)).toBeNull();
    expect(checkSpanTimes(at('2025-06-03', '23:00'), at('2025-06-04', '00:01'), NOW)).toBe('crossesMidnight');
  });

  it('refuses an end before the start and time in the future', () => {
    expect(checkSpanTimes(at('2025-06-03', '10:00'), at('2025-06-03', '09:00'), NOW)).toBe(
      'endNotAfterStart',
    );
    expect(checkSpanTimes(at('2025-06-05', '18:30'), at('2025-06-05', '19:00'), NOW)).toBe('inFuture');
  });
});

describe('adding, correcting and deleting time', () => {
  it('adds 40 minutes in a phone app as a manual span that the day totals count', async () => {
    await addManualSpan(
      { platformId: 'xuexi', start: at('2025-06-03', '19:00'), end: at('2025-06-03', '19:40') },
      NOW,
    );
    const [span] = await spansOfDay('2025-06-03');
    expect(span).toMatchObject({ source: 'manual', kind: 'active', day: '2025-06-03', platformId: 'xuexi' });
    const rollups = await rollupsOfDays('2025-06-03', '2025-06-03');
    expect(rollups.reduce((sum, rollup) => sum + rollup.minutes, 0)).toBe(40);
  });

  it('refuses manual time that overlaps recorded time, and names the record it overlaps', async () => {
    await recordSpans([
      {
        platformId: '12371',
        start: at('2025-06-03', '09:00'),
        end: at('2025-06-03', '10:00'),
        day: '2025-06-03',
        kind: 'active',
        source: 'auto',
      },
    ]);
    const attempt = addManualSpan(
      { platformId: 'xuexi', start: at('2025-06-03', '09:30'), end: at('2025-06-03', '10:10') },
      NOW,
    );
    await expect(attempt).rejects.toMatchObject({
      problem: 'overlaps',
      conflicting: { platformId: '12371' },
    });
    expect(await spansOfDay('2025-06-03')).toHaveLength(1);
  });

  it('moves a span to another day and platform, and refuses a correction that crosses midnight', async () => {
    const id = await addManualSpan(
      { platformId: 'xuexi', start: at('2025-06-03', '09:00'), end: at('2025-06-03', '10:00') },
      NOW,
    );
    await updateSpan(
      id,
      { platformId: '12371', start: at('2025-06-04', '08:00'), end: at('2025-06-04', '08:30') },
      NOW,
    );
    expect(await spansOfDay('2025-06-03')).toEqual([]);
    expect(await spansOfDay('2025-06-04')).toMatchObject([{ id, platformId: '12371', day: '2025-06-04' }]);
    expect(
      await refused(
        updateSpan(
          id,
          { platformId: '12371', start: at('2025-06-04', '23:30'), end: at('2025-06-05', '00:30') },
          NOW,
        ),
      ),
    ).toBe('crossesMidnight');
  });

  it('lets a span be shortened without counting it as overlapping itself', async () => {
    const id = await addManualSpan(
      { platformId: 'xuexi', start: at('2025-06-03', '09:00'), end: at('2025-06-03', '10:00') },
      NOW,
    );
    await updateSpan(
      id,
      { platformId: 'xuexi', start: at('2025-06-03', '09:00'), end: at('2025-06-03', '09:20') },
      NOW,
    );
    const { spans } = await dayRecords('2025-06-03');
    expect((spans[0]?.end ?? 0) - (spans[0]?.start ?? 0)).toBe(20 * 60_000);
  });

  it('deletes a span, and a correction of a deleted span says it is gone', async () => {
    const id = await addManualSpan(
      { platformId: 'xuexi', start: at('2025-06-03', '09:00'), end: at('2025-06-03', '10:00') },
      NOW,
    );
    await deleteSpan(id);
    expect(await spansOfDay('2025-06-03')).toEqual([]);
    expect(
      await refused(
        updateSpan(
          id,
          { platformId: 'xuexi', start: at('2025-06-03', '09:00'), end: at('2025-06-03', '09:10') },
          NOW,
        ),
      ),
    ).toBe('notFound');
  });
});
