/** Check-ins and form fingerprints: logged, corrected, undone, and read by day range. */
import type { Checkin, CheckinType, FormFingerprint } from '../checkins/checkin';
import { ledgerDatabase } from './ledgerDatabase';

export async function logCheckin(checkin: Omit<Checkin, 'id'>): Promise<number> {
  return (await ledgerDatabase().checkins.add(checkin)) as number;
}

export async function updateCheckin(
  id: number,
  changes: Partial<Pick<Checkin, 'type' | 'platformId' | 'minutes' | 'note' | 'confirmed' | 'at' | 'day'>>,
): Promise<void> {
  await ledgerDatabase().checkins.update(id, changes);
}

export async function deleteCheckin(id: number): Promise<void> {
  await ledgerDatabase().checkins.delete(id);
}

export function checkinsOfDay(day: string): Promise<Checkin[]> {
  return ledgerDatabase().checkins.where('day').equals(day).sortBy('at');
}

export function checkinsBetweenDays(firstDay: string, lastDay: string): Promise<Checkin[]> {
  return ledgerDatabase().checkins.where('day').between(firstDay, lastDay, true, true).toArray();
}

/** The most recent check-in, for the popup's undo. */
export async function lastCheckin(): Promise<Checkin | undefined> {
  return ledgerDatabase().checkins.orderBy('at').last();
}

export function countCheckinsOfDayByType(day: string, type: CheckinType): Promise<number> {
  return ledgerDatabase().checkins.where('[day+type]').equals([day, type]).count();
}

export async function recordFingerprint(fingerprint: Omit<FormFingerprint, 'id'>): Promise<void> {
  await ledgerDatabase().fingerprints.add(fingerprint);
}

export function fingerprintsBetweenDays(firstDay: string, lastDay: string): Promise<FormFingerprint[]> {
  return ledgerDatabase().fingerprints.where('day').between(firstDay, lastDay, true, true).toArray();
}
