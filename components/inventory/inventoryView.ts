/** What the inventory page shows, computed from the stored items: pure, so it is tested without a page. */
import {
  INVENTORY_KINDS,
  type InventoryCounts,
  type InventoryItem,
  type InventoryKind,
  inventoryCounts,
} from '../../utils/burden/inventory';

export interface InventoryView {
  /** required today, by kind; dropped in all */
  counts: InventoryCounts;
  /** items by kind (the kinds' order), still required first, then by name */
  byKind: { kind: InventoryKind; items: InventoryItem[] }[];
  /** how many items are marked dropped */
  droppedCount: number;
}

export function inventoryView(
  items: readonly InventoryItem[],
  today: string,
  collator: Intl.Collator,
): InventoryView {
  const counts = inventoryCounts(items, { firstDay: '0000-01-01', lastDay: today });
  const byKind = INVENTORY_KINDS.map((kind) => ({
    kind,
    items: items
      .filter((item) => item.kind === kind)
      .sort(
        (a, b) =>
          Number(a.droppedOn !== null) - Number(b.droppedOn !== null) ||
          collator.compare(a.name, b.name) ||
          a.id - b.id,
      ),
  })).filter((group) => group.items.length > 0);
  return { counts, byKind, droppedCount: items.filter((item) => item.droppedOn !== null).length };
}

/**
 * The web platforms the tracker saw lately, offered as inventory items: those with any time, most time first, less
 * the ones already in the inventory (by ref).
 */
export function offeredPlatforms(
  seen: readonly { platformId: string; minutes: number }[],
  items: readonly InventoryItem[],
): string[] {
  const listed = new Set(items.filter((item) => item.kind === 'platform').map((item) => item.ref));
  const minutes = new Map<string, number>();
  for (const row of seen) {
    if (row.minutes > 0) minutes.set(row.platformId, (minutes.get(row.platformId) ?? 0) + row.minutes);
  }
  return [...minutes]
    .filter(([id]) => !listed.has(id))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([id]) => id);
}
