/**
 * The welcome page's one-minute setup as data: a draft taken from the settings, and the changes saving it makes.
 * Nothing is saved until the user presses save; the summary's other options (rounding, noise) are kept as they are.
 */
import { NEVER_RECORD_CHANNELS, type NeverRecordChannel } from '../../utils/platforms/neverRecordChannels';
import type { Level, Settings, WorkingPeriod } from '../../utils/settings';
import type { Province } from '../../utils/summary/provinces';
import { workingPeriodsProblem } from '../settings/pauseOptions';

export interface SetupDraft {
  workingPeriods: WorkingPeriod[];
  /** ISO weekdays 1 (Mon) .. 7 (Sun) */
  workingDays: number[];
  workCalendar: Settings['workCalendar'];
  level: Level | null;
  province: Province | null;
}

export function draftOf(settings: Settings): SetupDraft {
  return {
    workingPeriods: settings.workingPeriods.map((period) => ({ ...period })),
    workingDays: [...settings.workingDays],
    workCalendar: settings.workCalendar,
    level: settings.summary.level,
    province: settings.summary.province as Province | null,
  };
}

export function toggleWorkingDay(draft: SetupDraft, isoDay: number): SetupDraft {
  const workingDays = draft.workingDays.includes(isoDay)
    ? draft.workingDays.filter((day) => day !== isoDay)
    : [...draft.workingDays, isoDay].sort((a, b) => a - b);
  return { ...draft, workingDays };
}

export function changePeriod(
  draft: SetupDraft,
  index: number,
  field: keyof WorkingPeriod,
  minutes: number,
): SetupDraft {
  return {
    ...draft,
    workingPeriods: draft.workingPeriods.map((period, at) =>
      at === index ? { ...period, [field]: minutes } : period,
    ),
  };
}

export type SetupResult =
  | { ok: true; changes: Partial<Settings> }
  | { ok: false; problem: 'endNotAfterStart' | 'overlap' };

/** What saving the draft writes, or why it cannot be saved (a period that ends before it starts, or two that overlap). */
export function setupChanges(draft: SetupDraft, current: Settings): SetupResult {
  const problem = workingPeriodsProblem(draft.workingPeriods);
  if (problem) return { ok: false, problem };
  return {
    ok: true,
    changes: {
      workingPeriods: [...draft.workingPeriods].sort((a, b) => a.start - b.start),
      workingDays: [...draft.workingDays].sort((a, b) => a - b),
      workCalendar: draft.workCalendar,
      summary: { ...current.summary, level: draft.level, province: draft.province },
    },
  };
}

/** The national channels the welcome names one by one, and how many provincial ones the privacy notes list. */
export function neverRecordOverview(channels: readonly NeverRecordChannel[] = NEVER_RECORD_CHANNELS): {
  national: NeverRecordChannel[];
  provincialCount: number;
} {
  return {
    national: channels.filter((channel) => channel.province === null),
    provincialCount: channels.filter((channel) => channel.province !== null).length,
  };
}
