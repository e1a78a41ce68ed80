/** What the popup shows, computed from today's rows: the running span, today's minutes per platform and check-ins. */
import { CHECKIN_TYPES, type CheckinType } from '../../utils/checkins/checkin';
import type { TodayRecords } from '../../utils/db/todayFirstRead';
import { describePlatform } from '../../utils/platforms/matchPlatform';
import { type PlatformToday, todayByPlatform } from '../../utils/stats/todayByPlatform';
import { parseOpenSpan } from '../../utils/tracking/openSpanRow';

export interface TodayView {
  now: { platformId: string; name: string; kind: 'active' | 'media'; start: number } | null;
  totalMinutes: number;
  platforms: PlatformToday[];
  /** today's check-ins per type, taxonomy order, types without any left out; rejected detections not counted */
  checkins: { type: CheckinType; count: number }[];
  /** today's minutes outside the browser (phone apps, groups, offline chores): apart from, and beside, browser time */
  outsideMinutes: number;
}

export function todayViewOf(records: TodayRecords, now: number): TodayView {
  const open = parseOpenSpan(records.storedOpenSpan);
  const describe = (platformId: string) => describePlatform(platformId, records.rules);
  const today = todayByPlatform(records.spans, open, now, describe);
  return {
    now: open && {
      platformId: open.platformId,
      name: describe(open.platformId)?.name ?? open.platformId,
      kind: open.kind,
      start: open.start,
    },
    totalMinutes: today.totalMinutes,
    platforms: today.byPlatform,
    checkins: countByType(records.checkins),
    outsideMinutes: records.outsideTime.reduce((sum, record) => sum + Math.max(record.minutes, 0), 0),
  };
}

function countByType(checkins: readonly { type: CheckinType; confirmed?: boolean }[]): TodayView['checkins'] {
  const counts = new Map<CheckinType, number>();
  for (const checkin of checkins) {
    if (checkin.confirmed !== false) counts.set(checkin.type, (counts.get(checkin.type) ?? 0) + 1);
  }
  return CHECKIN_TYPES.filter((type) => counts.has(type)).map((type) => ({
    type,
    count: counts.get(type) ?? 0,
  }));
}
