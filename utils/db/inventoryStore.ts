/** The inventory of what a cadre must maintain: added, dropped (kept with its date, so periods can count it), deleted. */
import type { InventoryItem, NewInventoryItem } from '../burden/inventory';
import { ledgerDatabase } from './ledgerDatabase';

export async function addInventoryItem(item: NewInventoryItem): Promise<number> {
  return (await ledgerDatabase().inventory.add({ ...item, name: item.name.trim() })) as number;
}

/** Marks an item no longer required from `day` on; null takes the mark back. */
export async function dropInventoryItem(id: number, day: string | null): Promise<void> {
  await ledgerDatabase().inventory.update(id, { droppedOn: day });
}

export async function deleteInventoryItem(id: number): Promise<void> {
  await ledgerDatabase().inventory.delete(id);
}

export function allInventory(): Promise<InventoryItem[]> {
  return ledgerDatabase().inventory.toArray();
}

export type InventoryChanges = Pick<NewInventoryItem, 'kind' | 'name' | 'requiredBy' | 'since'> &
  Partial<Pick<NewInventoryItem, 'ref'>>;

/** Corrects an item's kind, name, level or start; its dropped mark is kept (dropInventoryItem changes it). */
export async function updateInventoryItem(id: number, changes: InventoryChanges): Promise<void> {
  const db = ledgerDatabase();
  await db.transaction('rw', db.inventory, async () => {
    const existing = await db.inventory.get(id);
    if (!existing) throw new Error(`inventory item ${id} not found`);
    const next: InventoryItem = { ...existing, ...changes, name: changes.name.trim() };
    if (changes.ref === undefined) delete next.ref;
    await db.inventory.put(next);
  });
}
