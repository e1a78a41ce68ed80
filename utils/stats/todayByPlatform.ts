/** Today's minutes per platform for the popup, including the span running now. */
import type { PlatformCategory, PlatformScope } from '../platforms/platform';
import type { OpenSpan, Span } from '../tracking/span';
import { type DescribePlatform, describeWithFallback } from './describePlatform';
import { localDayOf, WallClock } from './localTime';

export interface PlatformToday {
  platformId: string;
  name: string;
  nameEn?: string;
  scope: PlatformScope;
  category: PlatformCategory;
  /** active + media minutes today */
  minutes: number;
  /** whether the span being measured now is on this platform */
  running: boolean;
}

export interface TodayTotals {
  /** local yyyy-MM-dd of `now` */
  day: string;
  totalMinutes: number;
  /** most minutes first */
  byPlatform: PlatformToday[];
}

const MINUTE_MS = 60_000;

/**
 * Only the parts of `spans` that fall on the local day of `now` count, and the open span counts from its start
 * (or today's midnight, if it began yesterday) up to `now`.
 */
export function todayByPlatform(
  spans: readonly Span[],
  openSpan: OpenSpan | null,
  now: number,
  describe: DescribePlatform,
): TodayTotals {
  const today = localDayOf(now);
  const clock = new WallClock();
  const msByPlatform = new Map<string, number>();
  const addTodaysPart = (platformId: string, start: number, end: number) => {
    clock.forEachPiece(start, end, (day, fromWall, toWall) => {
      if (day === today)
        msByPlatform.set(platformId, (msByPlatform.get(platformId) ?? 0) + toWall - fromWall);
    });
  };
  for (const span of spans) addTodaysPart(span.platformId, span.start, span.end);
  if (openSpan) {
    addTodaysPart(openSpan.platformId, openSpan.start, now);
    // A span opened this very millisecond is still the one running.
    if (!msByPlatform.has(openSpan.platformId) && openSpan.start <= now)
      msByPlatform.set(openSpan.platformId, 0);
  }

  const describeId = describeWithFallback(describe);
  const byPlatform = [...msByPlatform].map(([platformId, ms]): PlatformToday => {
    const { name, nameEn, scope, category } = describeId(platformId);
    return {
      platformId,
      name,
      ...(nameEn === undefined ? {} : { nameEn }),
      scope,
      category,
      minutes: ms / MINUTE_MS,
      running: openSpan?.platformId === platformId,
    };
  });
  byPlatform.sort((a, b) => b.minutes - a.minutes || (a.platformId < b.platformId ? -1 : 1));
  return { day: today, totalMinutes: byPlatform.reduce((sum, entry) => sum + entry.minutes, 0), byPlatform };
}
