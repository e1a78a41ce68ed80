/**
 * The demo's sample ledger: the past eight weeks (this week and the seven before it, so the week view's trend is
 * full) of the seeded synthetic year (tests/bench/syntheticYear.ts), and the mark that makes every page say
 * "示例数据". It is written only into the demo's own throwaway profile, from outside the extension: the extension
 * has no code that writes sample data, so no user's profile can ever get it.
 */

import { tmpdir } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import type { NewCheckin, NewFingerprint } from '../../utils/checkins/checkin';
import { isNeverRecordHost, RETIRED_NEVER_RECORD_IDS } from '../../utils/platforms/neverRecord';
import { SAMPLE_DATA_META_KEY, type SampleDataMark, sampleDataMarkValue } from '../../utils/sampleData';
import { shiftDay } from '../../utils/stats/localTime';
import { periodOf } from '../../utils/stats/period';
import type { Span } from '../../utils/tracking/span';
import { generateSyntheticYear } from '../bench/syntheticYear';

export const SAMPLE_WEEKS = 8;
/** The demo's profiles are made by mkdtemp with this prefix in the system's temporary folder, and nowhere else. */
export const DEMO_PROFILE_PREFIX = 'ledger-demo-profile-';

export interface SampleLedger {
  spans: Span[];
  checkins: NewCheckin[];
  fingerprints: NewFingerprint[];
  mark: SampleDataMark;
  /** the meta row to write with the rows, in the same transaction */
  markRow: { key: string; value: string };
}

/** A reporting channel's platform id (a retired catalogue id, or a catch-all host on the never-record list). */
function isNeverRecordPlatform(platformId: string | null): boolean {
  if (platformId === null) return false;
  if (RETIRED_NEVER_RECORD_IDS.includes(platformId)) return true;
  return platformId.startsWith('host:') && isNeverRecordHost(platformId.slice('host:'.length));
}

/** Eight weeks of the seeded year ending at `now` (Monday-first weeks, as the week view has by default). */
export function sampleLedger(seed: number, now: number, today: string): SampleLedger {
  const year = generateSyntheticYear({ seed, now });
  const firstDay = shiftDay(periodOf('week', today, 1).firstDay, -7 * (SAMPLE_WEEKS - 1));
  const inWindow = (record: { day: string; platformId: string | null }) =>
    record.day >= firstDay && record.day <= today && !isNeverRecordPlatform(record.platformId);
  const mark = { seed, firstDay, lastDay: today };
  return {
    spans: year.spans.filter(inWindow),
    checkins: year.checkins.filter(inWindow),
    fingerprints: year.fingerprints.filter(inWindow),
    mark,
    markRow: { key: SAMPLE_DATA_META_KEY, value: sampleDataMarkValue(mark) },
  };
}

/**
 * Is this profile one the demo made for itself? Only a folder named with DEMO_PROFILE_PREFIX directly inside the
 * system's temporary folder: never a browser's own profile, nor the e2e tests' (ledger-profile-*).
 */
export function isDemoProfile(userDataDir: string, temporaryDir: string = tmpdir()): boolean {
  const dir = resolve(userDataDir);
  return dirname(dir) === resolve(temporaryDir) && basename(dir).startsWith(DEMO_PROFILE_PREFIX);
}
