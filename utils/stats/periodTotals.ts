/** The aggregate of one period (week or month) that the review screens and the anonymized summary are built from. */
import type { BurdenEventType } from '../burden/burdenEvents';
import type { InventoryCounts } from '../burden/inventory';
import type { OutsideChannelKind } from '../burden/outsideTime';
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
  /** detected check-ins nobody confirmed: left out of checkinsByType unless the setting includes them */
  unconfirmedDetections: number;
  /** whether checkinsByType includes the unconfirmed detections */
  includesUnconfirmed: boolean;
  /** minutes outside the browser (may overlap browser time), by kind */
  outsideMinutes: number;
  outsideByKind: Record<OutsideChannelKind, number>;
  /** forced installs, duplicate entries by hand, rankings */
  burdenEvents: Record<BurdenEventType, number>;
  /** the inventory at the period's end, and what was added and dropped in it */
  inventory: InventoryCounts;
}

/** The totals of a period with nothing recorded off the browser and no detection waiting: a base for fixtures. */
export function noOffBrowserTotals(): Pick<
  PeriodTotals,
  | 'unconfirmedDetections'
  | 'includesUnconfirmed'
  | 'outsideMinutes'
  | 'outsideByKind'
  | 'burdenEvents'
  | 'inventory'
> {
  return {
    unconfirmedDetections: 0,
    includesUnconfirmed: false,
    outsideMinutes: 0,
    outsideByKind: { phoneApps: 0, workGroups: 0, offlineChores: 0 },
    burdenEvents: { '被要求下载/注册/关注/转发打榜': 0, 手工重复填报: 0, '被通报/排名/约谈': 0 },
    inventory: { required: { app: 0, account: 0, group: 0, platform: 0 }, added: 0, dropped: 0 },
  };
}
