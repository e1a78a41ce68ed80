/**
 * Schema version 6: time outside the browser becomes its own record. Earlier versions kept the minutes a user typed
 * with a detailed check-in (counted nowhere) and time in a phone app as a manual span (refused when it overlapped
 * browser time). Both become outsideTime rows, minute for minute; the check-in stays, without its minutes.
 */
import type { Transaction } from 'dexie';
import { outsideChannelOfLegacyId } from '../../burden/outsideChannels';
import { MAX_OUTSIDE_MINUTES, type NewOutsideTime } from '../../burden/outsideTime';

interface LegacyCheckin {
  id: number;
  at: number;
  day: string;
  platformId: string | null;
  minutes?: unknown;
}

interface LegacySpan {
  id: number;
  platformId: string;
  start: number;
  end: number;
  day: string;
  source: string;
}

export async function moveOutsideTime(tx: Transaction): Promise<void> {
  const moved: NewOutsideTime[] = [];
  const checkins = tx.table('checkins');
  for (const checkin of (await checkins.toArray()) as LegacyCheckin[]) {
    if (checkin.minutes === undefined) continue;
    const minutes = Number(checkin.minutes);
    if (Number.isFinite(minutes) && minutes > 0) {
      moved.push({
        day: checkin.day,
        at: checkin.at,
        minutes: Math.min(minutes, MAX_OUTSIDE_MINUTES),
        channel: outsideChannelOfLegacyId(checkin.platformId),
      });
    }
    const { minutes: _minutes, ...rest } = checkin;
    await checkins.put(rest);
  }
  const spans = tx.table('spans');
  const appSpans = ((await spans.toArray()) as LegacySpan[]).filter(
    (span) => span.source === 'manual' && span.platformId.startsWith('app:'),
  );
  for (const span of appSpans) {
    moved.push({
      day: span.day,
      at: span.start,
      minutes: (span.end - span.start) / 60_000,
      channel: outsideChannelOfLegacyId(span.platformId),
    });
  }
  await spans.bulkDelete(appSpans.map((span) => span.id));
  if (appSpans.length > 0) await tx.table('dayRollupCache').clear();
  await tx.table('outsideTime').bulkAdd(moved);
}
