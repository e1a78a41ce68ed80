/** The Dexie schema of the `fingertip-ledger` database, its versions and migrations; nothing outside utils/db imports it. */
import Dexie, { type EntityTable } from 'dexie';
import type { BurdenEvent } from '../burden/burdenEvents';
import type { InventoryItem } from '../burden/inventory';
import type { OutsideTime } from '../burden/outsideTime';
import type { Checkin, FormFingerprint } from '../checkins/checkin';
import type { UserRule } from '../platforms/platform';
import type { Settings } from '../settings';
import type { DayRollup } from '../stats/dayRollup';
import type { StoredSpan } from '../tracking/span';
import { DATABASE_NAME } from './databaseName';
import { moveOutsideTime } from './migrations/moveOutsideTime';
import { removeNeverRecorded } from './migrations/removeNeverRecorded';

export { DATABASE_NAME };

/**
 * The single row of the `openSpan` table (DESIGN.md calls it `open`, but Dexie reserves that name for its open()
 * method). `value` is unknown on purpose: a corrupt row must be survivable.
 */
export interface OpenRow {
  key: 'current';
  value: unknown;
}

export interface SettingsRow {
  key: 'settings';
  value: Partial<Settings>;
}

/** All rollups of one past day (spans and retained rollups together); deleted whenever a span of the day changes. */
export interface DayRollupCacheRow {
  day: string;
  rollups: DayRollup[];
}

/** Per-install secrets and markers (the fingerprint salt); never exported in a summary. */
export interface MetaRow {
  key: string;
  value: string;
}

export class LedgerDatabase extends Dexie {
  spans!: EntityTable<StoredSpan, 'id'>;
  openSpan!: EntityTable<OpenRow, 'key'>;
  platforms!: EntityTable<UserRule, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;
  checkins!: EntityTable<Checkin, 'id'>;
  fingerprints!: EntityTable<FormFingerprint, 'id'>;
  /** daily totals of spans folded by retention; key [day+platformId+kind] */
  dayRollups!: EntityTable<DayRollup, 'day'>;
  /** derived, never backed up: every rollup of one complete past day, so a period view reads a row a day */
  dayRollupCache!: EntityTable<DayRollupCacheRow, 'day'>;
  /** minutes outside the browser (phone apps, work groups, offline chores), logged by hand */
  outsideTime!: EntityTable<OutsideTime, 'id'>;
  /** forced installs, duplicate entries by hand, rankings: events without a duration */
  burdenEvents!: EntityTable<BurdenEvent, 'id'>;
  /** what the user is required to maintain: apps, accounts, groups, platforms */
  inventory!: EntityTable<InventoryItem, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1: time tracking. Every later version keeps these stores and adds an upgrade + a migration test.
    this.version(1).stores({
      spans: '++id, day, [day+platformId], start',
      openSpan: 'key',
      platforms: 'id',
      settings: 'key',
      meta: 'key',
    });
    // Version 2: check-ins and form fingerprints (issue 3). New stores only: nothing to transform.
    this.version(2).stores({
      checkins: '++id, day, at, [day+type]',
      fingerprints: '++id, hash, day',
    });
    // Version 3: daily rollups that keep totals of spans older than the retention period (issue 6).
    this.version(3).stores({
      dayRollups: '[day+platformId+kind], day',
    });
    // Version 4: a cache of past days' rollups (a derived table: it starts empty and fills itself).
    this.version(4).stores({
      dayRollupCache: 'day',
    });
    // Version 5: nothing of the reporting channels (utils/platforms/neverRecord.ts) stays (issue 12).
    this.version(5).stores({}).upgrade(removeNeverRecorded);
    // Version 6: the burdens off the browser (issue 16); typed minutes move out of check-ins into outsideTime.
    this.version(6)
      .stores({
        outsideTime: '++id, day, at',
        burdenEvents: '++id, day, at, type',
        inventory: '++id, kind',
      })
      .upgrade(moveOutsideTime);
  }
}

let shared: LedgerDatabase | undefined;

/** The database of this extension origin, opened lazily once per context. */
export function ledgerDatabase(): LedgerDatabase {
  shared ??= new LedgerDatabase();
  return shared;
}

/** Tests only: point every named function at another database (fake-indexeddb). */
export function useLedgerDatabase(db: LedgerDatabase): void {
  shared = db;
}
