/** The user's own platform rules and overrides of catalogue entries. */
import type { UserRule } from '../platforms/platform';
import { ledgerDatabase } from './ledgerDatabase';

export function userRules(): Promise<UserRule[]> {
  return ledgerDatabase().platforms.toArray();
}

export async function saveUserRule(rule: UserRule): Promise<void> {
  await ledgerDatabase().platforms.put(rule);
}

export async function deleteUserRule(id: string): Promise<void> {
  await ledgerDatabase().platforms.delete(id);
}

/** Several rules at once (an imported rule pack): all of them or none. */
export async function saveUserRules(rules: readonly UserRule[]): Promise<void> {
  const db = ledgerDatabase();
  await db.transaction('rw', db.platforms, () => db.platforms.bulkPut([...rules]));
}
