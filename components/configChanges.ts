/**
 * Saving rules and settings from a page, and telling the background to re-read them: the one place pages message
 * the background (storage code in utils/db talks to no one).
 */
import { browser } from 'wxt/browser';
import { deleteUserRule, saveUserRule } from '../utils/db/ruleStore';
import { saveSettings } from '../utils/db/settingsStore';
import type { UserRule } from '../utils/platforms/platform';
import type { Settings } from '../utils/settings';

/**
 * Tells the background to reload its rules and settings. A worker that is not running reads them afresh when it
 * starts, so a failed delivery loses nothing; it is reported, not thrown.
 */
export async function notifyConfigChanged(): Promise<boolean> {
  try {
    await browser.runtime.sendMessage({ type: 'configChanged' });
    return true;
  } catch (error) {
    console.warn('[指尖账本] the background did not take the configuration change', error);
    return false;
  }
}

export async function saveSettingsAndNotify(changes: Partial<Settings>): Promise<Settings> {
  const next = await saveSettings(changes);
  await notifyConfigChanged();
  return next;
}

export async function saveUserRuleAndNotify(rule: UserRule): Promise<void> {
  await saveUserRule(rule);
  await notifyConfigChanged();
}

export async function deleteUserRuleAndNotify(id: string): Promise<void> {
  await deleteUserRule(id);
  await notifyConfigChanged();
}
