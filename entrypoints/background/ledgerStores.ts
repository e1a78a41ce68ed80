/** The background services' stores: utils/db's named functions, bundled per service (tests use the same ones). */
import { browser } from 'wxt/browser';
import {
  checkinsBetweenDays,
  logCheckin,
  logDetectionWithinCap,
  recordFingerprintWithinCap,
} from '../../utils/db/checkinStore';
import { fingerprintSalt } from '../../utils/db/metaStore';
import { readStoredOpenSpan } from '../../utils/db/openSpanStore';
import { clearParkedSpans, parkSpans, readParkedSpans } from '../../utils/db/parkedSpanStore';
import { userRules } from '../../utils/db/ruleStore';
import { readSettings } from '../../utils/db/settingsStore';
import { applyTrackerEffects } from '../../utils/db/trackerStore';
import type { ShortcutStore } from './checkinShortcut';
import type { MessageStore } from './messageHandlers';
import type { BrowserSession, TrackerStore } from './trackerService';

export const trackerStore: TrackerStore = {
  readSettings,
  userRules,
  readStoredOpenSpan,
  applyTrackerEffects,
  readParkedSpans,
  parkSpans,
  clearParkedSpans,
};

export const messageStore: MessageStore = {
  readSettings,
  logDetectionWithinCap,
  recordFingerprintWithinCap,
  fingerprintSalt,
};

export const shortcutStore: ShortcutStore = { checkinsBetweenDays, logCheckin };

/** storage.session is cleared when the browser closes: its marker tells a worker restart from a browser restart. */
const SESSION_MARKER_KEY = 'trackerSessionAlive';

export const browserSession: BrowserSession = {
  async trackerRan() {
    const stored = await browser.storage.session.get(SESSION_MARKER_KEY);
    return stored[SESSION_MARKER_KEY] === true;
  },
  async markTrackerRunning() {
    await browser.storage.session.set({ [SESSION_MARKER_KEY]: true });
  },
};
