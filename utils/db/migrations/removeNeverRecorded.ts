/**
 * Schema version 5: earlier versions recorded the reporting channels (12380, the CCDI site, 国务院“互联网+督查”) as
 * platforms. Every record of them goes: spans, day rollups and their cache, check-ins, fingerprints, the open span,
 * and rules that named only such hosts (rules that named others as well lose those patterns).
 */
import type { Transaction } from 'dexie';
import { neverRecordPlatformIds, ruleWithoutNeverRecordPatterns } from '../../platforms/neverRecordRecords';
import type { UserRule } from '../../platforms/platform';

export async function removeNeverRecorded(tx: Transaction): Promise<void> {
  const rules = (await tx.table('platforms').toArray()) as UserRule[];
  const isChannel = neverRecordPlatformIds(rules);
  for (const rule of rules) {
    const kept = ruleWithoutNeverRecordPatterns(rule);
    if (kept === null) await tx.table('platforms').delete(rule.id);
    else if (kept !== rule) await tx.table('platforms').put(kept);
  }
  for (const table of ['spans', 'dayRollups', 'checkins', 'fingerprints']) {
    await tx
      .table(table)
      .filter((row: { platformId?: string | null }) => isChannel(row.platformId ?? null))
      .delete();
  }
  // Derived from spans and rollups: it fills itself again.
  await tx.table('dayRollupCache').clear();
  const open = (await tx.table('openSpan').get('current')) as
    | { value?: { platformId?: unknown } }
    | undefined;
  const openPlatform = open?.value?.platformId;
  if (typeof openPlatform === 'string' && isChannel(openPlatform))
    await tx.table('openSpan').delete('current');
}
