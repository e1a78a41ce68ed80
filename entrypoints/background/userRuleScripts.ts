/**
 * Keeps the check-in content script registered on the hosts of the user's own rules that the user granted access
 * to: after a rule is saved or deleted, a permission granted or withdrawn, a browser restart or an update (which
 * clears scripts registered at run time).
 */
import type { UserRule } from '../../utils/platforms/platform';
import {
  CHECKIN_SCRIPT_FILE,
  registrationChange,
  USER_RULE_SCRIPT_ID,
  userRuleMatchPatterns,
  userRuleScript,
} from '../../utils/platforms/userRuleScripts';

/** The parts of `browser.scripting` and `browser.permissions` this service uses. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter: {
    ids: string[];
  }): Promise<{ id: string; matches?: string[]; excludeMatches?: string[] }[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

export interface RegisteredScript {
  id: string;
  js: string[];
  matches: string[];
  excludeMatches: string[];
  allFrames: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

export interface UserRuleScriptService {
  /** Makes what is registered match the rules and the granted hosts; returns the hosts registered. */
  sync(): Promise<string[]>;
}

export function createUserRuleScripts(deps: {
  scripting: ScriptingApi;
  permissions: PermissionsApi;
  readRules: () => Promise<UserRule[]>;
}): UserRuleScriptService {
  let queue: Promise<unknown> = Promise.resolve();
  const syncNow = async (): Promise<string[]> => {
    const needed = userRuleMatchPatterns(await deps.readRules());
    const granted: string[] = [];
    for (const pattern of needed) {
      if (await deps.permissions.contains({ origins: [pattern] })) granted.push(pattern);
    }
    const desired = userRuleScript(granted);
    const registered = await deps.scripting.getRegisteredContentScripts({ ids: [USER_RULE_SCRIPT_ID] });
    const change = registrationChange(desired, registered);
    const script = (matches: string[], excludeMatches: string[]): RegisteredScript => ({
      id: USER_RULE_SCRIPT_ID,
      js: [CHECKIN_SCRIPT_FILE],
      matches,
      excludeMatches,
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    if (change.kind === 'register') {
      await deps.scripting.registerContentScripts([
        script(change.script.matches, change.script.excludeMatches),
      ]);
    } else if (change.kind === 'update') {
      await deps.scripting.updateContentScripts([
        script(change.script.matches, change.script.excludeMatches),
      ]);
    } else if (change.kind === 'unregister') {
      await deps.scripting.unregisterContentScripts({ ids: [USER_RULE_SCRIPT_ID] });
    }
    return desired?.matches ?? [];
  };
  return {
    // One sync at a time: two rapid rule saves must not register the script twice.
    sync() {
      const run = queue.then(syncNow, syncNow);
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
