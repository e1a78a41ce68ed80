/** What the data page shows about the stored data: how many records of each kind, and the days they cover. */
import { ledgerDatabase } from '../db/ledgerDatabase';
import { readSettings } from '../db/settingsStore';
import { retentionCutoffDay } from './retention';

export interface DataOverview {
  spans: number;
  checkins: number;
  fingerprints: number;
  dayRollups: number;
  rules: number;
  /** earliest and latest local day with a span, rollup or check-in; null when nothing is stored */
  firstDay: string | null;
  lastDay: string | null;
  retentionMonths: number;
  /** raw spans the next retention run would fold */
  spansDueForFolding: number;
}

export async function dataOverview(now: number = Date.now()): Promise<DataOverview> {
  const db = ledgerDatabase();
  const settings = await readSettings();
  const cutoff = retentionCutoffDay(now, settings.retentionMonths);
  return db.transaction(
    'r',
    [db.spans, db.checkins, db.fingerprints, db.dayRollups, db.platforms],
    async () => {
      const [spans, checkins, fingerprints, dayRollups, rules, due, bounds] = await Promise.all([
        db.spans.count(),
        db.checkins.count(),
        db.fingerprints.count(),
        db.dayRollups.count(),
        db.platforms.count(),
        db.spans.where('day').below(cutoff).count(),
        Promise.all([
          db.spans.orderBy('day').first(),
          db.spans.orderBy('day').last(),
          db.dayRollups.orderBy('day').first(),
          db.dayRollups.orderBy('day').last(),
          db.checkins.orderBy('day').first(),
          db.checkins.orderBy('day').last(),
        ]),
      ]);
      const days = bounds.flatMap((row) => (row ? [row.day] : [])).sort();
      return {
        spans,
        checkins,
        fingerprints,
        dayRollups,
        rules,
        firstDay: days[0] ?? null,
        lastDay: days.at(-1) ?? null,
        retentionMonths: settings.retentionMonths,
        spansDueForFolding: due,
      };
    },
  );
}
