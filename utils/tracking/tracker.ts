/**
 * The tracker state machine of DESIGN.md section 4: from the open span and a fresh observation of the browser,
 * the next open span and the spans to record. Pure, clock injected, and it never throws.
 */

import { type DesiredTracking, desiredTracking, type Observation, type UrlMatcher } from './observation';
import { parseOpenSpan } from './openSpanRow';
import type { OpenSpan, Span } from './span';
import { splitAtMidnight } from './splitAtMidnight';

export { parseOpenSpan };

export interface TrackerConfig {
  matchUrl: UrlMatcher;
  /** longest plausible silence between beats; beyond it the user is presumed gone since lastBeat (sleep, crash) */
  maxBeatGapMs: number;
}

/** Apply in order, ideally in one transaction: a span recorded twice or lost would both be visible to the user. */
export type TrackerEffect =
  /** closed spans, already split at local midnight, with `day`, source 'auto', no id */
  | { type: 'recordSpans'; spans: Span[] }
  /** persist the open span (null = nothing running) */
  | { type: 'saveOpen'; open: OpenSpan | null };

export interface TrackerStep {
  open: OpenSpan | null;
  effects: TrackerEffect[];
}

/** A fresh observation arrived at `now`: go on with the open span, or close it and open what is desired now. */
export function observe(
  open: OpenSpan | null,
  obs: Observation,
  now: number,
  config: TrackerConfig,
): TrackerStep {
  const current = open === null ? null : parseOpenSpan(open);
  return step(current, obs, now, config, open !== null && current === null);
}

/**
 * Heartbeat (alarm, or the content script says its page is visible). It refreshes lastBeat when the observation
 * still agrees; when it does not, a signal was missed, and the beat acts on it exactly as `observe` would.
 */
export function beat(
  open: OpenSpan | null,
  obs: Observation,
  now: number,
  config: TrackerConfig,
): TrackerStep {
  return observe(open, obs, now, config);
}

/**
 * Service-worker start. `stored` is whatever the open-span row held (any shape). A stopped worker misses no
 * change, because every change wakes it: so within maxBeatGapMs of the last beat the span goes on, or closes
 * at `now` if something else is in front. Beyond it (a crash, a sleep; the caller passes 0 after a browser
 * restart) nobody saw what happened, so the span is closed at its last beat and the desired one opens at `now`.
 */
export function reconcile(
  stored: unknown,
  obs: Observation,
  now: number,
  config: TrackerConfig,
): TrackerStep {
  const current = parseOpenSpan(stored);
  const storedJunk = current === null && stored !== null && stored !== undefined;
  return step(current, obs, now, config, storedJunk);
}

function step(
  open: OpenSpan | null,
  obs: Observation,
  now: number,
  config: TrackerConfig,
  /** the stored row was unusable and must be overwritten even if nothing runs */
  mustSave: boolean,
): TrackerStep {
  // Without a usable clock reading nothing can be measured; keep what is stored for the next signal.
  if (!Number.isFinite(now)) return { open, effects: [] };

  const desired = desiredTracking(obs, config.matchUrl);
  if (open !== null && desired !== null && isSame(open, desired) && isFreshBeat(open, now, config)) {
    if (now === open.lastBeat) return { open, effects: [] };
    const continued = { ...open, lastBeat: now };
    return { open: continued, effects: [{ type: 'saveOpen', open: continued }] };
  }

  const effects: TrackerEffect[] = [];
  if (open !== null) {
    const spans = closeSpanAt(open, closingTime(open, now, config));
    if (spans.length > 0) effects.push({ type: 'recordSpans', spans });
  }
  const next: OpenSpan | null = desired === null ? null : { ...desired, start: now, lastBeat: now };
  if (open !== null || next !== null || mustSave) effects.push({ type: 'saveOpen', open: next });
  return { open: next, effects };
}

/**
 * Normally the span ran until this very signal. After a silence longer than maxBeatGapMs (sleep, crash, a dead
 * worker) or when the clock went backwards, only the time up to the last beat is known, so nothing after it counts.
 */
function closingTime(open: OpenSpan, now: number, config: TrackerConfig): number {
  return isFreshBeat(open, now, config) ? now : open.lastBeat;
}

function isFreshBeat(open: OpenSpan, now: number, config: TrackerConfig): boolean {
  const sinceBeat = now - open.lastBeat;
  return sinceBeat >= 0 && sinceBeat <= config.maxBeatGapMs;
}

function isSame(open: OpenSpan, desired: DesiredTracking): boolean {
  return open.platformId === desired.platformId && open.kind === desired.kind;
}

function closeSpanAt(open: OpenSpan, end: number): Span[] {
  return splitAtMidnight({
    platformId: open.platformId,
    kind: open.kind,
    start: open.start,
    end,
    source: 'auto',
  });
}
