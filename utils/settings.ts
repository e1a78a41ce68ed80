/** User settings with their defaults; stored as one row, read with defaults filled in. */
import { DEFAULT_CONTRIBUTORS } from './summary/contributorThreshold';

export interface WorkingPeriod {
  /** minutes after local midnight */
  start: number;
  end: number;
}

export type Level = '村/社区' | '乡镇/街道' | '县/区' | '市' | '省';

export interface Settings {
  /** seconds without input before the user counts as idle (the idle API accepts 15 at the least) */
  idleThresholdSeconds: number;
  /** working periods on working days; time outside them is after-hours */
  workingPeriods: WorkingPeriod[];
  /** ISO weekdays 1 (Mon) .. 7 (Sun) that are working days */
  workingDays: number[];
  /** 1 = Monday (Chinese convention), 0 = Sunday */
  weekStartsOn: 0 | 1;
  /** raw spans older than this are folded into daily totals */
  retentionMonths: number;
  locale: 'auto' | 'zh_CN' | 'en';
  /** epoch ms until which tracking is paused, or null */
  pausedUntil: number | null;
  summary: {
    /** hours are rounded to this step */
    roundingHours: number;
    /** Laplace noise parameter for local differential privacy; null = no noise */
    epsilon: number | null;
    level: Level | null;
    province: string | null;
    /** count detected check-ins nobody has confirmed yet (by default they are left out and said to be) */
    includeUnconfirmed: boolean;
  };
  /** a merged report hides any breakdown with fewer contributors than this (utils/summary/contributorThreshold.ts) */
  mergeMinContributors: number;
  /**
   * Which days are working days: China's calendar (statutory holidays off, 调休 Saturdays and Sundays on, the
   * working weekdays otherwise), or the working weekdays alone.
   */
  workCalendar: 'china' | 'weekdays';
}

export const DEFAULT_SETTINGS: Settings = {
  idleThresholdSeconds: 60,
  workingPeriods: [
    { start: 8 * 60 + 30, end: 12 * 60 },
    { start: 14 * 60, end: 17 * 60 + 30 },
  ],
  workingDays: [1, 2, 3, 4, 5],
  weekStartsOn: 1,
  retentionMonths: 12,
  locale: 'auto',
  pausedUntil: null,
  summary: { roundingHours: 0.5, epsilon: null, level: null, province: null, includeUnconfirmed: false },
  mergeMinContributors: DEFAULT_CONTRIBUTORS,
  workCalendar: 'china',
};

export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...stored, summary: { ...DEFAULT_SETTINGS.summary, ...stored?.summary } };
}

/** Is tracking paused at `now`? Pages, the tracker and the message handlers all ask here. */
export function isTrackingPaused(settings: Pick<Settings, 'pausedUntil'>, now: number): boolean {
  return settings.pausedUntil !== null && settings.pausedUntil > now;
}
