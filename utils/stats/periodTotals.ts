/** The aggregate of one period (week or month) that the review screens and the anonymized summary are built from. */
import type { CheckinType } from '../checkins/checkin';
import type { PlatformCategory, PlatformScope } from '../platforms/platform';

/**
 * A week is ISO Monday..Sunday; a view whose week starts on Sunday uses Sunday..Saturday, labelled with the
 * ISO week of its Monday (see period.ts). Summaries always use ISO weeks.
 */
export type Period =
  | {
      kind: 'week';
      isoYear: number;
      isoWeek: number;
      /** yyyy-MM-dd, Monday or Sunday */
      firstDay: string;
      lastDay: string;
    }
  | { kind: 'month'; year: number; month: number; firstDay: string; lastDay: string };

export interface PlatformMinutes {
  platformId: string;
  name: string;
  scope: PlatformScope;
  category: PlatformCategory;
  activeMinutes: number;
  mediaMinutes: number;
}

export interface PeriodTotals {
  period: Period;
  /** days of the period with any span or check-in */
  daysWithRecords: number;
  /** active + media, all platforms */
  totalMinutes: number;
  byPlatform: PlatformMinutes[];
  byCategory: Partial<Record<PlatformCategory, number>>;
  /** minutes on working days outside the working periods */
  afterHoursMinutes: number;
  /** minutes on non-working days */
  weekendMinutes: number;
  checkinsByType: Partial<Record<CheckinType, number>>;
  /** the same form fingerprint on two or more platforms: each extra platform counts one */
  duplicateEntries: number;
}
