/** Check-ins and form fingerprints: logged, corrected, undone, and read by day range. */

import { outsideChannelOfLegacyId } from '../burden/outsideChannels';
import { isValidOutsideMinutes } from '../burden/outsideTime';
import type { Checkin, CheckinType, FormFingerprint, NewCheckin, NewFingerprint } from '../checkins/checkin';
import { localDayOf } from '../stats/localTime';
import { ledgerDatabase } from './ledgerDatabase';

/**
 * Logs a check-in; minutes spent on it (the popup's detailed form) become outside-browser time on the check-in's app
 * (or "other app"), in the same transaction, so no minute a user types is dropped.
 */
export async function logCheckin(checkin: NewCheckin, outsideMinutes?: number): Promise<number> {
  const db = ledgerDatabase();
  return db.transaction('rw', db.checkins, db.outsideTime, async () => {
    const id = (await db.checkins.add(checkin)) as number;
    if (outsideMinutes !== undefined && isValidOutsideMinutes(outsideMinutes)) {
      await db.outsideTime.add({
        day: checkin.day,
        at: checkin.at,
        minutes: outsideMinutes,
        channel: outsideChannelOfLegacyId(checkin.platformId),
        checkinId: id,
      });
    }
    return id;
  });
}

export async function updateCheckin(
  id: number,
  changes: Partial<Pick<Checkin, 'type' | 'platformId' | 'note' | 'confirmed' | 'at' | 'day'>>,
): Promise<void> {
  await ledgerDatabase().checkins.update(id, changes);
}

/** Deletes a check-in and the outside-browser minutes logged with it. */
export async function deleteCheckin(id: number): Promise<void> {
  const db = ledgerDatabase();
  await db.transaction('rw', db.checkins, db.outsideTime, async () => {
    await db.checkins.delete(id);
    await db.outsideTime.filter((row) => row.checkinId === id).delete();
  });
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

/**
 * Logs a detection unless its platform already has `cap` detections since `since`: the count and the write are
 * one transaction, so detections arriving together from many tabs cannot pass the cap between them.
 */
export async function logDetectionWithinCap(
  checkin: NewCheckin,
  cap: number,
  since: number,
): Promise<boolean> {
  const db = ledgerDatabase();
  return db.transaction('rw', db.checkins, async () => {
    const recent = await db.checkins
      .where('at')
      .aboveOrEqual(since)
      .filter((row) => row.source === 'detected' && row.platformId === checkin.platformId)
      .count();
    if (recent >= cap) return false;
    await db.checkins.add(checkin);
    return true;
  });
}

/** Records a fingerprint unless its platform already has `cap` since `since` (one transaction, as above). */
export async function recordFingerprintWithinCap(
  fingerprint: NewFingerprint,
  cap: number,
  since: number,
): Promise<boolean> {
  const db = ledgerDatabase();
  return db.transaction('rw', db.fingerprints, async () => {
    const recent = await db.fingerprints
      .where('day')
      .aboveOrEqual(localDayOf(since))
      .filter((row) => row.at >= since && row.platformId === fingerprint.platformId)
      .count();
    if (recent >= cap) return false;
    await db.fingerprints.add(fingerprint);
    return true;
  });
}

export async function recordFingerprint(fingerprint: NewFingerprint): Promise<void> {
  await ledgerDatabase().fingerprints.add(fingerprint);
}

export function fingerprintsBetweenDays(firstDay: string, lastDay: string): Promise<FormFingerprint[]> {
  return ledgerDatabase().fingerprints.where('day').between(firstDay, lastDay, true, true).toArray();
}
