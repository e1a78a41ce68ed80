/** What the browser shows right now, and the one thing (if any) that deserves to be measured from it. */

import type { SpanKind } from './span';

export interface ObservedTab {
  tabId: number;
  windowId: number;
  url: string | undefined;
  audible: boolean;
}

/** A snapshot read from the browser on every event; the tracker keeps no world model of its own. */
export interface Observation {
  /** the focused browser window, or null when no browser window has focus (minimized, other app, screen locked) */
  focusedWindowId: number | null;
  /** the active tab of the focused window, if any */
  activeTab: ObservedTab | null;
  /** every audible tab in any window (for learning videos playing while the user sits still) */
  audibleTabs: ObservedTab[];
  idle: 'active' | 'idle' | 'locked';
  /** tracking paused by the user (settings.pausedUntil in the future) */
  paused: boolean;
}

/** The platform a URL belongs to, or null; `createMatcher()` from utils/platforms returns a compatible function. */
export type UrlMatcher = (url: string) => { platformId: string } | null;

/** What should be measured now. */
export interface DesiredTracking {
  platformId: string;
  kind: SpanKind;
}

/**
 * What should be measured now: at most one thing, so two windows never double count.
 * The focused window's active tab counts while the user is active; otherwise an audible platform tab
 * counts as media (a required learning video plays on while the user sits still or looks elsewhere).
 */
export function desiredTracking(obs: Observation, matchUrl: UrlMatcher): DesiredTracking | null {
  if (obs.paused || obs.idle === 'locked') return null;

  const focusedActiveTab =
    obs.focusedWindowId !== null && obs.activeTab !== null && obs.activeTab.windowId === obs.focusedWindowId
      ? obs.activeTab
      : null;

  if (obs.idle === 'active' && focusedActiveTab !== null) {
    const platformId = platformOf(focusedActiveTab, matchUrl);
    if (platformId !== null) return { platformId, kind: 'active' };
  }

  // The tab in front of the user wins, then the lowest tab id so the same snapshot always gives the same answer.
  const audible = [...obs.audibleTabs].sort((a, b) => a.tabId - b.tabId);
  if (focusedActiveTab?.audible) audible.unshift(focusedActiveTab);
  for (const tab of audible) {
    const platformId = platformOf(tab, matchUrl);
    if (platformId !== null) return { platformId, kind: 'media' };
  }
  return null;
}

/** Only web pages are ever measured: chrome://, file:// and tabs still loading (no URL) never count. */
function platformOf(tab: ObservedTab, matchUrl: UrlMatcher): string | null {
  const url = tab.url;
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return null;
  try {
    return matchUrl(url)?.platformId ?? null;
  } catch {
    // A matcher that chokes on one odd URL must not stop the listener that called us.
    return null;
  }
}
