/**
 * The cadre's standing list of what they are required to maintain: government apps and their accounts, official
 * accounts to follow, work groups, web platforms. Names stay on the device; summaries carry counts only.
 */

export const INVENTORY_KINDS = ['app', 'account', 'group', 'platform'] as const;
export type InventoryKind = (typeof INVENTORY_KINDS)[number];

/** Who required it: a level from a fixed list, never a name of a unit or a person. */
export const REQUIRED_BY_LEVELS = [
  '中央/国家部委',
  '省',
  '市',
  '县/区',
  '乡镇/街道',
  '村/社区',
  '本单位',
  '不清楚',
] as const;
export type RequiredByLevel = (typeof REQUIRED_BY_LEVELS)[number];

export interface NewInventoryItem {
  kind: InventoryKind;
  /** the user's own words (an app's or a group's name); never leaves the device */
  name: string;
  requiredBy: RequiredByLevel;
  /** local yyyy-MM-dd since when it is required */
  since: string;
  /** local yyyy-MM-dd it was dropped (no longer required), or null while it still is */
  droppedOn: string | null;
  /** a promoted app's id or a tracked platform's id, when the item is one of those */
  ref?: string;
}

export interface InventoryItem extends NewInventoryItem {
  id: number;
}

export interface InventoryCounts {
  /** items required on the period's last day, by kind */
  required: Record<InventoryKind, number>;
  /** items whose `since` falls in the period */
  added: number;
  /** items whose `droppedOn` falls in the period */
  dropped: number;
}

/** Counts for a period [firstDay, lastDay] (yyyy-MM-dd strings compare as dates). */
export function inventoryCounts(
  items: readonly NewInventoryItem[],
  period: { firstDay: string; lastDay: string },
): InventoryCounts {
  const required = Object.fromEntries(INVENTORY_KINDS.map((kind) => [kind, 0])) as Record<
    InventoryKind,
    number
  >;
  let added = 0;
  let dropped = 0;
  for (const item of items) {
    const inPeriod = (day: string | null) => day !== null && day >= period.firstDay && day <= period.lastDay;
    if (item.since <= period.lastDay && (item.droppedOn === null || item.droppedOn > period.lastDay)) {
      required[item.kind] += 1;
    }
    if (inPeriod(item.since)) added += 1;
    if (inPeriod(item.droppedOn)) dropped += 1;
  }
  return { required, added, dropped };
}
