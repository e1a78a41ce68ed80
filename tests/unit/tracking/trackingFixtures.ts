/** Builders shared by the tracking tests: a small platform matcher, tabs, observations and a tracker config. */

import type { Observation, ObservedTab, UrlMatcher } from '../../../utils/tracking/observation';
import type { Span } from '../../../utils/tracking/span';
import type { TrackerConfig, TrackerEffect } from '../../../utils/tracking/tracker';

export const XUEXI = 'https://www.xuexi.cn/lgpage/detail/index.html';
export const XUEXI_VIDEO = 'https://pc.xuexi.cn/points/video.html';
export const PARTY = 'https://www.12371.cn/2024/dyjy/';
export const SERVICE = 'https://gjzwfw.www.gov.cn/';
export const SHOPPING = 'https://www.taobao.com/';

const platformByHost: Record<string, string> = {
  'www.xuexi.cn': 'xuexi',
  'pc.xuexi.cn': 'xuexi',
  'www.12371.cn': 'party-member-net',
  'gjzwfw.www.gov.cn': 'national-services',
};

/** Stands in for createMatcher() from utils/platforms: government hosts match, everything else does not. */
export const matchUrl: UrlMatcher = (url) => {
  const platformId = platformByHost[new URL(url).host];
  return platformId === undefined ? null : { platformId };
};

export const MAX_BEAT_GAP_MS = 3 * 60_000;
export const config: TrackerConfig = { matchUrl, maxBeatGapMs: MAX_BEAT_GAP_MS };

export function tab(tabId: number, windowId: number, url: string | undefined, audible = false): ObservedTab {
  return { tabId, windowId, url, audible };
}

/** The user at the keyboard in window 1 with nothing open, unless told otherwise. */
export function observation(overrides: Partial<Observation> = {}): Observation {
  return {
    focusedWindowId: 1,
    activeTab: null,
    audibleTabs: [],
    idle: 'active',
    paused: false,
    ...overrides,
  };
}

/** The user is active in window 1 looking at `url`. */
export function looking(url: string | undefined): Observation {
  return observation({ activeTab: tab(1, 1, url) });
}

/** Epoch ms of a local wall-clock time such as '2024-05-06T09:00' in the runtime's time zone. */
export function at(localDateTime: string): number {
  return new Date(localDateTime).getTime();
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export function recordedSpans(effects: readonly TrackerEffect[]): Span[] {
  return effects.flatMap((effect) => (effect.type === 'recordSpans' ? effect.spans : []));
}

export function totalMs(spans: readonly Span[]): number {
  return spans.reduce((sum, span) => sum + (span.end - span.start), 0);
}
