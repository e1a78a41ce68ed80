/** Time outside the browser: logged, corrected, deleted, and read by day; a day never holds more than 24 hours of it. */
import {
  isValidOutsideMinutes,
  MAX_OUTSIDE_MINUTES,
  type NewOutsideTime,
  type OutsideTime,
} from '../burden/outsideTime';
import { localDayOf } from '../stats/localTime';
import { ledgerDatabase } from './ledgerDatabase';

export type OutsideTimeProblem = 'badMinutes' | 'dayFull' | 'noChannel' | 'inFuture' | 'notFound';

export class OutsideTimeError extends Error {
  constructor(readonly problem: OutsideTimeProblem) {
    super(`outside time refused: ${problem}`);
  }
}

/** A minute of slack for a clock typed as "now". */
const FUTURE_SLACK_MS = 60_000;

function check(record: NewOutsideTime, now: number): void {
  if (record.channel.trim() === '') throw new OutsideTimeError('noChannel');
  if (!isValidOutsideMinutes(record.minutes)) throw new OutsideTimeError('badMinutes');
  if (record.at > now + FUTURE_SLACK_MS) throw new OutsideTimeError('inFuture');
}

async function refuseFullDay(day: string, minutes: number, exceptId?: number): Promise<void> {
  const sameDay = await ledgerDatabase().outsideTime.where('day').equals(day).toArray();
  const used = sameDay.filter((row) => row.id !== exceptId).reduce((sum, row) => sum + row.minutes, 0);
  if (used + minutes > MAX_OUTSIDE_MINUTES) throw new OutsideTimeError('dayFull');
}

/** Logs outside time; its day comes from `at`. Returns its id. */
export async function logOutsideTime(record: Omit<NewOutsideTime, 'day'>, now = Date.now()): Promise<number> {
  const row: NewOutsideTime = { ...record, day: localDayOf(record.at) };
  check(row, now);
  const db = ledgerDatabase();
  return db.transaction('rw', db.outsideTime, async () => {
    await refuseFullDay(row.day, row.minutes);
    return (await db.outsideTime.add(row)) as number;
  });
}

export async function updateOutsideTime(
  id: number,
  changes: Pick<NewOutsideTime, 'at' | 'minutes' | 'channel'>,
  now = Date.now(),
): Promise<void> {
  const db = ledgerDatabase();
  await db.transaction('rw', db.outsideTime, async () => {
    const existing = await db.outsideTime.get(id);
    if (!existing) throw new OutsideTimeError('notFound');
    const next: OutsideTime = { ...existing, ...changes, day: localDayOf(changes.at) };
    check(next, now);
    await refuseFullDay(next.day, next.minutes, id);
    await db.outsideTime.put(next);
  });
}

export async function deleteOutsideTime(id: number): Promise<void> {
  await ledgerDatabase().outsideTime.delete(id);
}

export function outsideTimeOfDay(day: string): Promise<OutsideTime[]> {
  return ledgerDatabase().outsideTime.where('day').equals(day).sortBy('at');
}

export function outsideTimeBetweenDays(firstDay: string, lastDay: string): Promise<OutsideTime[]> {
  return ledgerDatabase().outsideTime.where('day').between(firstDay, lastDay, true, true).toArray();
}
