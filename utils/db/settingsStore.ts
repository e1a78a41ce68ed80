/** Settings, stored as one row and always read with the defaults filled in. */
import { type Settings, withDefaults } from '../settings';
import { ledgerDatabase } from './ledgerDatabase';

export async function readSettings(): Promise<Settings> {
  const row = await ledgerDatabase().settings.get('settings');
  return withDefaults(row?.value);
}

export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const db = ledgerDatabase();
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await readSettings()), ...changes };
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}
