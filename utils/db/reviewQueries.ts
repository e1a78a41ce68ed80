/** The reads the popup and dashboard need, each limited to the days shown. */
import type { Checkin, FormFingerprint } from '../checkins/checkin';
import { rulesWithOutsideApps } from '../checkins/outsideApps';
import type { UserRule } from '../platforms/platform';
import type { Settings } from '../settings';
import type { DayRollup } from '../stats/dayRollup';
import type { StoredSpan } from '../tracking/span';
import { checkinsBetweenDays, checkinsOfDay, fingerprintsBetweenDays } from './checkinStore';
import { readRollupsOfDays } from './dayRollupCache';
import { readStoredOpenSpan } from './openSpanStore';
import { userRules } from './ruleStore';
import { readSettings } from './settingsStore';
import { spansOfDay } from './spanStore';
import type { TodayRecords } from './todayFirstRead';

/** Everything a period screen (week or month, with its trend and comparison) computes from. */
export interface ReviewData {
  /** cached day totals, and for the other days their raw spans rolled up, merged with the rollups retention kept */
  rollups: DayRollup[];
  /** complete past days computed from raw spans this time: the screen caches them once it has drawn */
  uncachedPastDays: string[];
  /** the check-ins of the days asked for (see reviewData) */
  checkins: Checkin[];
  /** every fingerprint up to the last day: a duplicate can retype data first entered long before */
  fingerprints: FormFingerprint[];
  /** the user's rules, then the apps outside the browser (utils/checkins/outsideApps), to name every recorded id */
  rules: UserRule[];
  settings: Settings;
}

const FIRST_POSSIBLE_DAY = '0000-01-01';

/** Day totals of [firstDay, lastDay], from the day cache where it has them (see dayRollupCache.ts). */
export async function rollupsOfDays(firstDay: string, lastDay: string): Promise<DayRollup[]> {
  return (await readRollupsOfDays(firstDay, lastDay)).rollups;
}

/**
 * The rows a period screen needs: day totals of [firstDay, lastDay] and check-ins of `checkinDays` (by default the
 * same days). A week view's trend and comparison need eight weeks of totals but only its own days' check-ins,
 * and reading eight weeks of check-ins cost more than every other read of its first frame together.
 */
export async function reviewData(
  firstDay: string,
  lastDay: string,
  checkinDays: { firstDay: string; lastDay: string } = { firstDay, lastDay },
): Promise<ReviewData> {
  const [{ rollups, uncachedPastDays }, checkins, fingerprints, rules, settings] = await Promise.all([
    readRollupsOfDays(firstDay, lastDay),
    checkinsBetweenDays(checkinDays.firstDay, checkinDays.lastDay),
    fingerprintsBetweenDays(FIRST_POSSIBLE_DAY, lastDay),
    userRules(),
    readSettings(),
  ]);
  return { rollups, uncachedPastDays, checkins, fingerprints, rules: rulesWithOutsideApps(rules), settings };
}

/** The popup's rows, as readTodayRecords() (the first read, without Dexie) returns them. */
export async function todayRecords(day: string): Promise<TodayRecords> {
  const [spans, storedOpenSpan, rules, checkins, settings] = await Promise.all([
    spansOfDay(day),
    readStoredOpenSpan(),
    userRules(),
    checkinsOfDay(day),
    readSettings(),
  ]);
  return { spans, storedOpenSpan, rules, checkins, settings };
}

export interface DayRecords {
  spans: StoredSpan[];
  checkins: Checkin[];
  /** the user's rules, then the apps outside the browser, so that time and check-ins in an app can be named and added */
  rules: UserRule[];
}

/** The spans and check-ins of one day, in time order, for the day editor. */
export async function dayRecords(day: string): Promise<DayRecords> {
  const [spans, checkins, rules] = await Promise.all([spansOfDay(day), checkinsOfDay(day), userRules()]);
  return { spans, checkins, rules: rulesWithOutsideApps(rules) };
}

export interface RulesAndSettings {
  rules: UserRule[];
  settings: Settings;
}

export async function rulesAndSettings(): Promise<RulesAndSettings> {
  const [rules, settings] = await Promise.all([userRules(), readSettings()]);
  return { rules, settings };
}
