/** The reads the popup and dashboard need, each limited to the days shown. */
import type { BurdenEvent } from '../burden/burdenEvents';
import type { InventoryItem } from '../burden/inventory';
import type { OutsideTime } from '../burden/outsideTime';
import type { Checkin, FormFingerprint } from '../checkins/checkin';
import type { UserRule } from '../platforms/platform';
import type { Settings } from '../settings';
import type { DayRollup } from '../stats/dayRollup';
import type { StoredSpan } from '../tracking/span';
import { burdenEventsBetweenDays, burdenEventsOfDay } from './burdenEventStore';
import { checkinsBetweenDays, checkinsOfDay, fingerprintsBetweenDays } from './checkinStore';
import { readRollupsOfDays } from './dayRollupCache';
import { allInventory } from './inventoryStore';
import { readStoredOpenSpan } from './openSpanStore';
import { outsideTimeBetweenDays, outsideTimeOfDay } from './outsideTimeStore';
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
  /** time outside the browser and burden events of the same days as the check-ins */
  outsideTime: OutsideTime[];
  burdenEvents: BurdenEvent[];
  /** the whole inventory: a period counts what was required at its end and what changed in it */
  inventory: InventoryItem[];
  /** the user's rules, to name every recorded id */
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
  const [
    { rollups, uncachedPastDays },
    checkins,
    fingerprints,
    outsideTime,
    burdenEvents,
    inventory,
    rules,
    settings,
  ] = await Promise.all([
    readRollupsOfDays(firstDay, lastDay),
    checkinsBetweenDays(checkinDays.firstDay, checkinDays.lastDay),
    fingerprintsBetweenDays(FIRST_POSSIBLE_DAY, lastDay),
    outsideTimeBetweenDays(checkinDays.firstDay, checkinDays.lastDay),
    burdenEventsBetweenDays(checkinDays.firstDay, checkinDays.lastDay),
    allInventory(),
    userRules(),
    readSettings(),
  ]);
  return {
    rollups,
    uncachedPastDays,
    checkins,
    fingerprints,
    outsideTime,
    burdenEvents,
    inventory,
    rules,
    settings,
  };
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
  outsideTime: OutsideTime[];
  burdenEvents: BurdenEvent[];
  /** the inventory, to name outside time and events logged on its items */
  inventory: InventoryItem[];
  rules: UserRule[];
}

/** The records of one day, in time order, for the day editor. */
export async function dayRecords(day: string): Promise<DayRecords> {
  const [spans, checkins, outsideTime, burdenEvents, inventory, rules] = await Promise.all([
    spansOfDay(day),
    checkinsOfDay(day),
    outsideTimeOfDay(day),
    burdenEventsOfDay(day),
    allInventory(),
    userRules(),
  ]);
  return { spans, checkins, outsideTime, burdenEvents, inventory, rules };
}

export interface RulesAndSettings {
  rules: UserRule[];
  settings: Settings;
}

export async function rulesAndSettings(): Promise<RulesAndSettings> {
  const [rules, settings] = await Promise.all([userRules(), readSettings()]);
  return { rules, settings };
}
