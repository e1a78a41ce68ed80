/** Daily rollups: totals of spans older than the retention period, which review and summary still count. */
import type { DayRollup } from '../stats/dayRollup';
import { ledgerDatabase } from './ledgerDatabase';

export function rollupsBetweenDays(firstDay: string, lastDay: string): Promise<DayRollup[]> {
  return ledgerDatabase().dayRollups.where('day').between(firstDay, lastDay, true, true).toArray();
}
