/** Answers typed messages; content-script messages count only from tabs on tracked platforms. */
import { type Browser, browser } from 'wxt/browser';
import type { CheckinType } from '../../utils/checkins/checkin';
import {
  createDetectionThrottle,
  DEFAULT_DETECTION_WINDOW_MS,
  MAX_DETECTIONS_PER_PLATFORM_PER_HOUR,
} from '../../utils/checkins/detectionThrottle';
import { logDetectionWithinCap, recordFingerprintWithinCap } from '../../utils/db/checkinStore';
import { fingerprintSalt } from '../../utils/db/metaStore';
import { readSettings } from '../../utils/db/settingsStore';
import type { Message } from '../../utils/messages';
import { isNeverRecordUrl } from '../../utils/platforms/neverRecord';
import { localDay } from '../../utils/tracking/splitAtMidnight';
import { currentMatch, heartbeat, reloadConfiguration } from './trackerService';

/**
 * A second line behind the content script's own throttle, per tab: a compromised renderer can send messages
 * without it. Twice the content script's hourly cap, so no page used by a person ever meets it.
 */
export const MAX_DETECTIONS_PER_TAB_PER_HOUR = 60;
export const MAX_FINGERPRINTS_PER_TAB_PER_HOUR = 60;
/** Past this many tabs, throttles unused for an hour are dropped; the state is in memory and dies with the worker. */
const TAB_THROTTLES_KEPT = 200;
const HOUR_MS = 3_600_000;

type Gate = (type: CheckinType, now: number) => boolean;
interface TabGates {
  detections: Gate;
  fingerprints: Gate;
  lastUsed: number;
}
const gatesByTab = new Map<number, TabGates>();

function gatesOf(tabId: number, now: number): TabGates {
  let gates = gatesByTab.get(tabId);
  if (!gates) {
    if (gatesByTab.size >= TAB_THROTTLES_KEPT) {
      for (const [id, kept] of gatesByTab) if (now - kept.lastUsed >= HOUR_MS) gatesByTab.delete(id);
    }
    gates = {
      detections: createDetectionThrottle(DEFAULT_DETECTION_WINDOW_MS, MAX_DETECTIONS_PER_TAB_PER_HOUR),
      // Every fingerprint is its own submission: no per-type window, only the hourly cap.
      fingerprints: createDetectionThrottle(0, MAX_FINGERPRINTS_PER_TAB_PER_HOUR),
      lastUsed: now,
    };
    gatesByTab.set(tabId, gates);
  }
  gates.lastUsed = now;
  return gates;
}

/**
 * The platform a content-script message speaks for, decided here and never taken from the message: the frame's
 * own URL first (a tracked system framed in another page), then its tab's (an about:blank or srcdoc frame).
 * A message from a page on no tracked platform, or from outside a tab, is refused.
 */
async function senderPlatform(
  sender: Browser.runtime.MessageSender,
): Promise<{ platformId: string; tabId: number }> {
  const tabId = sender.tab?.id;
  // A tracked system framed in a reporting channel's page speaks for nothing: the channel leaves no trace.
  if (isNeverRecordUrl(sender.url ?? '') || isNeverRecordUrl(sender.tab?.url ?? '')) {
    throw new Error('check-in messages are only accepted from pages of tracked platforms');
  }
  const match = (await currentMatch(sender.url)) ?? (await currentMatch(sender.tab?.url));
  if (sender.id !== browser.runtime.id || tabId === undefined || match === null) {
    throw new Error('check-in messages are only accepted from pages of tracked platforms');
  }
  return { platformId: match.platformId, tabId };
}

/** While the user has paused tracking, pages record nothing at all, check-ins included. */
async function isPaused(now: number): Promise<boolean> {
  const { pausedUntil } = await readSettings();
  return pausedUntil !== null && pausedUntil > now;
}

function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL('/')) === true;
}

export async function handleMessage(
  message: Message,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> {
  switch (message.type) {
    case 'pageHeartbeat': {
      // The page says it is visible; the tracker still checks focus and idle before counting anything.
      if (await currentMatch(sender.tab?.url)) await heartbeat();
      return { ok: true };
    }
    case 'configChanged': {
      if (!fromExtensionPage(sender)) throw new Error('configChanged is only accepted from extension pages');
      await reloadConfiguration();
      return { ok: true };
    }
    case 'checkinDetected': {
      const { platformId, tabId } = await senderPlatform(sender);
      const now = Date.now();
      if (!gatesOf(tabId, now).detections(message.checkinType, now))
        return { ok: false, reason: 'rateLimited' };
      if (await isPaused(now)) return { ok: false, reason: 'paused' };
      const logged = await logDetectionWithinCap(
        { at: now, day: localDay(now), platformId, type: message.checkinType, source: 'detected' },
        MAX_DETECTIONS_PER_PLATFORM_PER_HOUR,
        now - HOUR_MS,
      );
      return logged ? { ok: true } : { ok: false, reason: 'rateLimited' };
    }
    case 'formSubmitted': {
      // Its 数据填报 check-in came as its own checkinDetected: only the fingerprint is recorded here.
      const { platformId, tabId } = await senderPlatform(sender);
      const now = Date.now();
      if (!gatesOf(tabId, now).fingerprints('数据填报', now)) return { ok: false, reason: 'rateLimited' };
      if (await isPaused(now)) return { ok: false, reason: 'paused' };
      const recorded = await recordFingerprintWithinCap(
        { hash: message.hash, platformId, day: localDay(now), at: now },
        MAX_DETECTIONS_PER_PLATFORM_PER_HOUR,
        now - HOUR_MS,
      );
      return recorded ? { ok: true } : { ok: false, reason: 'rateLimited' };
    }
    case 'getFingerprintSalt': {
      await senderPlatform(sender);
      return { salt: await fingerprintSalt() };
    }
    default:
      throw new Error(`message not handled yet: ${message.type}`);
  }
}
