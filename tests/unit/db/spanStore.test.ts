import { beforeEach, describe, expect, it } from 'vitest';
import { readStoredOpenSpan, saveOpenSpan } from '../../../utils/db/openSpanStore';
import { readSettings, saveSettings } from '../../../utils/db/settingsStore';
import { allSpans, recordSpans, spansBetweenDays, spansOfDay } from '../../../utils/db/spanStore';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import type { Span } from '../../../utils/tracking/span';
import { freshDatabase } from './testDatabase';

const at = (hhmm: string, day = '2026-11-23') => new Date(`${day}T${hhmm}:00+08:00`).getTime();
const span = (platformId: string, from: string, to: string, day = '2026-11-23'): Span => ({
  platformId,
  start: at(from, day),
  end: at(to, day),
  day,
  kind: 'active',
  source: 'auto',
});

describe('span store', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('extends the previous span when the next one of the same platform starts where it ended', async () => {
    await recordSpans([span('xuexi', '09:00', '09:10')]);
    await recordSpans([span('xuexi', '09:10', '09:25')]);
    const spans = await spansOfDay('2026-11-23');
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ start: at('09:00'), end: at('09:25') });
  });

  it('keeps separate spans across a gap, another platform, or another kind', async () => {
    await recordSpans([span('xuexi', '09:00', '09:10'), span('12371', '09:10', '09:20')]);
    await recordSpans([span('xuexi', '09:20', '09:30')]);
    await recordSpans([{ ...span('xuexi', '09:30', '09:40'), kind: 'media' }]);
    await recordSpans([span('xuexi', '10:00', '10:05')]);
    expect((await spansOfDay('2026-11-23')).map((s) => s.platformId)).toEqual([
      'xuexi',
      '12371',
      'xuexi',
      'xuexi',
      'xuexi',
    ]);
  });

  it('reads spans by day range, inclusive', async () => {
    await recordSpans([
      span('xuexi', '09:00', '09:10', '2026-11-22'),
      span('xuexi', '09:00', '09:10', '2026-11-23'),
      span('xuexi', '09:00', '09:10', '2026-11-24'),
    ]);
    expect((await spansBetweenDays('2026-11-22', '2026-11-23')).map((s) => s.day).sort()).toEqual([
      '2026-11-22',
      '2026-11-23',
    ]);
    expect(await allSpans()).toHaveLength(3);
  });

  it('stores the open span and clears it', async () => {
    const open = { platformId: 'xuexi', kind: 'active' as const, start: 1, lastBeat: 2 };
    await saveOpenSpan(open);
    expect(await readStoredOpenSpan()).toEqual(open);
    await saveOpenSpan(null);
    expect(await readStoredOpenSpan()).toBeNull();
  });

  it('reads settings with defaults filled in and keeps what was saved', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ idleThresholdSeconds: 120 });
    expect((await readSettings()).idleThresholdSeconds).toBe(120);
    expect((await readSettings()).workingDays).toEqual([1, 2, 3, 4, 5]);
  });
});
