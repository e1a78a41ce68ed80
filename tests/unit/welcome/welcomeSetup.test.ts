import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changePeriod,
  draftOf,
  neverRecordOverview,
  setupChanges,
  toggleWorkingDay,
} from '../../../components/welcome/welcomeSetup';
import { NEVER_RECORD_CHANNELS } from '../../../utils/platforms/neverRecordChannels';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';

const current: Settings = {
  ...DEFAULT_SETTINGS,
  summary: { ...DEFAULT_SETTINGS.summary, epsilon: 1, roundingHours: 1 },
};

describe('the welcome setup', () => {
  it('saves nothing but what it shows, and keeps the summary options it does not show', () => {
    let draft = draftOf(current);
    draft = changePeriod(draft, 1, 'end', 18 * 60);
    draft = toggleWorkingDay(draft, 6);
    draft = { ...draft, workCalendar: 'weekdays', level: '乡镇/街道', province: '贵州省' };
    const result = setupChanges(draft, current);
    expect(result).toEqual({
      ok: true,
      changes: {
        workingPeriods: [
          { start: 510, end: 720 },
          { start: 840, end: 1080 },
        ],
        workingDays: [1, 2, 3, 4, 5, 6],
        workCalendar: 'weekdays',
        summary: { ...current.summary, level: '乡镇/街道', province: '贵州省' },
      },
    });
  });

  it('an untouched draft saves the settings as they were', () => {
    const result = setupChanges(draftOf(current), current);
    expect(result.ok && { ...current, ...result.changes }).toEqual(current);
  });

  it('refuses periods that end before they start or overlap', () => {
    const draft = draftOf(current);
    expect(setupChanges(changePeriod(draft, 0, 'end', 8 * 60), current)).toEqual({
      ok: false,
      problem: 'endNotAfterStart',
    });
    expect(setupChanges(changePeriod(draft, 0, 'end', 15 * 60), current)).toEqual({
      ok: false,
      problem: 'overlap',
    });
  });

  it('toggling a day twice gives the days back, sorted', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 7 })),
        fc.integer({ min: 1, max: 7 }),
        (days, day) => {
          const draft = { ...draftOf(current), workingDays: days };
          const twice = toggleWorkingDay(toggleWorkingDay(draft, day), day).workingDays;
          expect(twice).toEqual([...days].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('names every national never-record channel and counts the provincial ones', () => {
    const { national, provincialCount } = neverRecordOverview();
    expect(national.map((channel) => channel.id)).toEqual(
      expect.arrayContaining(['12380', 'ccdi', '12388', 'ducha', 'gjxfj']),
    );
    expect(national.length + provincialCount).toBe(NEVER_RECORD_CHANNELS.length);
  });
});
