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
