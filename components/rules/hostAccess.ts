/**
 * Host access for check-ins on the user's own platforms: which hosts a rule needs beyond the manifest's content
 * script, asking the browser for them, and whether it granted them. The background registers the script
 * (entrypoints/background/userRuleScripts.ts); pages only ask and show the answer.
 */
import { browser } from 'wxt/browser';
import type { UserRule } from '../../utils/platforms/platform';
import { userRuleMatchPatterns } from '../../utils/platforms/userRuleScripts';

/** 'on': check-ins are detected there; 'timingOnly': the browser has not granted the hosts (refused or withdrawn). */
export type CheckinDetection = 'on' | 'timingOnly';

/** The match patterns a rule needs granted (none when the manifest's script already covers it, e.g. `*.gov.cn`). */
export function originsToAsk(rule: UserRule): string[] {
  return userRuleMatchPatterns([{ ...rule, enabled: true }]);
}

/**
 * Asks the browser for `origins`. Chrome shows its prompt only inside a user gesture, so this must be called
 * synchronously in the click or submit handler, before anything is awaited. Never throws; false when refused.
 */
export function askHostAccess(origins: readonly string[]): Promise<boolean> {
  if (origins.length === 0) return Promise.resolve(true);
  try {
    return browser.permissions.request({ origins: [...origins] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Whether each of the rules can have its check-ins detected, by rule id. */
export async function checkinDetectionOf(
  rules: readonly UserRule[],
): Promise<Record<string, CheckinDetection>> {
  const states: Record<string, CheckinDetection> = {};
  for (const rule of rules) {
    const origins = originsToAsk(rule);
    states[rule.id] = origins.length === 0 || (await holds(origins)) ? 'on' : 'timingOnly';
  }
  return states;
}

async function holds(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false;
  }
}

/** Calls `onChange` whenever the user grants or withdraws host access (also from chrome://extensions). */
export function watchHostAccess(onChange: () => void): () => void {
  try {
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
  } catch {
    return () => undefined;
  }
  return () => {
    browser.permissions.onAdded.removeListener(onChange);
    browser.permissions.onRemoved.removeListener(onChange);
  };
}
