/**
 * A backup's data without anything of the reporting channels (utils/platforms/neverRecord.ts): a file written by an
 * earlier version may hold them, and a restore must not bring back what the upgrade removed. Export filters too.
 */
import { neverRecordPlatformIds, ruleWithoutNeverRecordPatterns } from '../platforms/neverRecordRecords';
import type { BackupData } from './backupFormat';

export function withoutNeverRecorded(data: BackupData): BackupData {
  const isChannel = neverRecordPlatformIds(data.platforms);
  const keep = <Row extends { platformId: string | null }>(rows: readonly Row[]) =>
    rows.filter((row) => !isChannel(row.platformId));
  return {
    ...data,
    spans: keep(data.spans),
    openSpan: data.openSpan.filter((row) => !isChannel(row.value.platformId)),
    checkins: keep(data.checkins),
    fingerprints: keep(data.fingerprints),
    dayRollups: keep(data.dayRollups),
    platforms: data.platforms.flatMap((rule) => {
      const kept = ruleWithoutNeverRecordPatterns(rule);
      return kept === null ? [] : [kept as typeof rule];
    }),
  };
}
