/**
 * The background's answer to every message (utils/messages.ts). Content-script messages count only from tabs on
 * tracked platforms, and the platform is decided here from the sender, never taken from the message.
 */
import type { Browser } from 'wxt/browser';
import type { CheckinType, NewCheckin, NewFingerprint } from '../../utils/checkins/checkin';
import {
  createDetectionThrottle,
  DEFAULT_DETECTION_WINDOW_MS,
  MAX_DETECTIONS_PER_PLATFORM_PER_HOUR,
} from '../../utils/checkins/detectionThrottle';
import type { MessageHandlers } from '../../utils/messages';
import { isNeverRecordUrl } from '../../utils/platforms/neverRecord';
import { isTrackingPaused, type Settings } from '../../utils/settings';
import { localDay } from '../../utils/tracking/splitAtMidnight';
import type { TrackerService } from './trackerService';

/**
 * A second line behind the content script's own throttle, per tab: a compromised renderer can send messages
 * without it. A burst of one type is one detection; the platform's hourly cap (in the store) bounds the rest.
 */
const TAB_THROTTLES_KEPT = 200;
const HOUR_MS = 3_600_000;

export interface MessageStore {
  readSettings(): Promise<Settings>;
  logDetectionWithinCap(checkin: NewCheckin, cap: number, since: number): Promise<boolean>;
  recordFingerprintWithinCap(fingerprint: NewFingerprint, cap: number, since: number): Promise<boolean>;
  fingerprintSalt(): Promise<string>;
}

export interface MessageHandlerDeps {
  tracker: Pick<TrackerService, 'heartbeat' | 'reloadConfiguration' | 'currentMatch'>;
  store: MessageStore;
  now: () => number;
  /** this extension's id and the URL its pages start with */
  extension: { id: string; pageUrlPrefix: string };
  /** what else follows a rules or settings change (the content script on the user's own platforms) */
  afterConfigChange?: () => Promise<void>;
}

type Sender = Browser.runtime.MessageSender;
type Gate = (type: CheckinType, now: number) => boolean;

export function createMessageHandlers(deps: MessageHandlerDeps): MessageHandlers<Sender> {
  const { tracker, store, now, extension } = deps;
  const gatesByTab = new Map<number, { detections: Gate; lastUsed: number }>();

  function burstGate(tabId: number, at: number): Gate {
    let gates = gatesByTab.get(tabId);
    if (!gates) {
      if (gatesByTab.size >= TAB_THROTTLES_KEPT) {
        for (const [id, kept] of gatesByTab) if (at - kept.lastUsed >= HOUR_MS) gatesByTab.delete(id);
      }
      gates = {
        detections: createDetectionThrottle(DEFAULT_DETECTION_WINDOW_MS, Number.POSITIVE_INFINITY),
        lastUsed: at,
      };
      gatesByTab.set(tabId, gates);
    }
    gates.lastUsed = at;
    return gates.detections;
  }

  /**
   * The platform a content-script message speaks for: the frame's own URL first (a tracked system framed in
   * another page), then its tab's (an about:blank or srcdoc frame). A message from a page on no tracked platform,
   * from a reporting channel's frame or tab, or from outside a tab, is refused.
   */
  async function senderPlatform(sender: Sender): Promise<{ platformId: string; tabId: number }> {
    const tabId = sender.tab?.id;
    const refused = () => new Error('check-in messages are only accepted from pages of tracked platforms');
    if (isNeverRecordUrl(sender.url ?? '') || isNeverRecordUrl(sender.tab?.url ?? '')) throw refused();
    const match = (await tracker.currentMatch(sender.url)) ?? (await tracker.currentMatch(sender.tab?.url));
    if (sender.id !== extension.id || tabId === undefined || match === null) throw refused();
    return { platformId: match.platformId, tabId };
  }

  const paused = async (at: number) => isTrackingPaused(await store.readSettings(), at);

  return {
    async pageHeartbeat(_message, sender) {
      // The page says it is visible; the tracker still checks focus and idle before counting anything.
      if (await tracker.currentMatch(sender.tab?.url)) await tracker.heartbeat();
      return { ok: true };
    },
    async configChanged(_message, sender) {
      const fromOwnPage =
        sender.id === extension.id && sender.url?.startsWith(extension.pageUrlPrefix) === true;
      if (!fromOwnPage) throw new Error('configChanged is only accepted from extension pages');
      await tracker.reloadConfiguration();
      await deps.afterConfigChange?.();
      return { ok: true };
    },
    async checkinDetected(message, sender) {
      const { platformId, tabId } = await senderPlatform(sender);
      const at = now();
      if (!burstGate(tabId, at)(message.checkinType, at)) return { ok: false, reason: 'rateLimited' };
      if (await paused(at)) return { ok: false, reason: 'paused' };
      const logged = await store.logDetectionWithinCap(
        { at, day: localDay(at), platformId, type: message.checkinType, source: 'detected' },
        MAX_DETECTIONS_PER_PLATFORM_PER_HOUR,
        at - HOUR_MS,
      );
      return logged ? { ok: true } : { ok: false, reason: 'rateLimited' };
    },
    async formSubmitted(message, sender) {
      // Its 数据填报 check-in came as its own checkinDetected: only the fingerprint is recorded here.
      const { platformId } = await senderPlatform(sender);
      const at = now();
      if (await paused(at)) return { ok: false, reason: 'paused' };
      const recorded = await store.recordFingerprintWithinCap(
        { hash: message.hash, platformId, day: localDay(at), at },
        MAX_DETECTIONS_PER_PLATFORM_PER_HOUR,
        at - HOUR_MS,
      );
      return recorded ? { ok: true } : { ok: false, reason: 'rateLimited' };
    },
    async getFingerprintSalt(_message, sender) {
      await senderPlatform(sender);
      return { salt: await store.fingerprintSalt() };
    },
  };
}
