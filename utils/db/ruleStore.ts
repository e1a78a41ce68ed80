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
