/**
 * Check-in detection on the user's own platforms: which hosts need the content script registered at run time
 * (`scripting.registerContentScripts`), and what to change in what is registered. The catalogue's hosts are in the
 * manifest already; a user rule's hosts get it only once the user grants host access to them.
 */
import { CATALOGUE } from './catalogue';
import { catalogueMatchPatterns, matchPatternCovers, ruleMatchPatterns } from './matchPatterns';
import { neverRecordMatchPatterns } from './neverRecord';
import type { Platform, UserRule } from './platform';

/** The id of the one dynamically registered content script (all user rules together). */
export const USER_RULE_SCRIPT_ID = 'checkin-user-rules';
/** The built content script, as WXT names it. */
export const CHECKIN_SCRIPT_FILE = 'content-scripts/checkin.js';

export interface UserRuleScript {
  id: typeof USER_RULE_SCRIPT_ID;
  matches: string[];
  excludeMatches: string[];
}

/**
 * The match patterns the user's enabled own rules need that the manifest's content script does not already cover
 * (a rule under `*.gov.cn` needs no registration and no permission). Sorted, without duplicates.
 */
export function userRuleMatchPatterns(
  rules: readonly UserRule[],
  catalogue: readonly Platform[] = CATALOGUE,
): string[] {
  const catalogueIds = new Set(catalogue.map((platform) => platform.id));
  const staticPatterns = catalogueMatchPatterns(catalogue);
  const own = rules.filter((rule) => rule.enabled === true && !catalogueIds.has(rule.id));
  const needed = ruleMatchPatterns(
    own.flatMap((rule) => (Array.isArray(rule.patterns) ? rule.patterns : [])),
  );
  return needed.filter((pattern) => !staticPatterns.some((broad) => matchPatternCovers(broad, pattern)));
}

/** The script to register for the patterns the user granted, or null when there is nothing to register. */
export function userRuleScript(grantedPatterns: readonly string[]): UserRuleScript | null {
  if (grantedPatterns.length === 0) return null;
  return {
    id: USER_RULE_SCRIPT_ID,
    matches: [...new Set(grantedPatterns)].sort(),
    excludeMatches: neverRecordMatchPatterns(),
  };
}

export type RegistrationChange =
  | { kind: 'none' }
  | { kind: 'register'; script: UserRuleScript }
  | { kind: 'update'; script: UserRuleScript }
  | { kind: 'unregister' };

/** What to do so that what is registered (`registered`, as getRegisteredContentScripts reports it) is `desired`. */
export function registrationChange(
  desired: UserRuleScript | null,
  registered: readonly { id: string; matches?: readonly string[]; excludeMatches?: readonly string[] }[],
): RegistrationChange {
  const current = registered.find((script) => script.id === USER_RULE_SCRIPT_ID);
  if (desired === null) return current ? { kind: 'unregister' } : { kind: 'none' };
  if (!current) return { kind: 'register', script: desired };
  const same = (a: readonly string[] = [], b: readonly string[]) =>
    a.length === b.length && [...a].sort().every((value, index) => value === [...b].sort()[index]);
  return same(current.matches, desired.matches) && same(current.excludeMatches, desired.excludeMatches)
    ? { kind: 'none' }
    : { kind: 'update', script: desired };
}
