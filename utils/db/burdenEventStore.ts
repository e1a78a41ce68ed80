/** Forced installs, duplicate entries by hand, rankings: logged in one click, deleted, read by day. */
import type { BurdenEvent, NewBurdenEvent } from '../burden/burdenEvents';
import { ledgerDatabase } from './ledgerDatabase';

export async function logBurdenEvent(event: NewBurdenEvent): Promise<number> {
  return (await ledgerDatabase().burdenEvents.add(event)) as number;
}

export async function deleteBurdenEvent(id: number): Promise<void> {
  await ledgerDatabase().burdenEvents.delete(id);
}

export function burdenEventsOfDay(day: string): Promise<BurdenEvent[]> {
  return ledgerDatabase().burdenEvents.where('day').equals(day).sortBy('at');
}

export function burdenEventsBetweenDays(firstDay: string, lastDay: string): Promise<BurdenEvent[]> {
  return ledgerDatabase().burdenEvents.where('day').between(firstDay, lastDay, true, true).toArray();
}
