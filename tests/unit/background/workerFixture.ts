/**
 * A background worker for unit tests, built by createBackgroundServices as entrypoints/background/index.ts builds it,
 * against fakeBrowser and a fake-indexeddb database. A new call is a restarted worker: no state survives but what
 * the database and the browser's storage hold.
 */
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Badge } from '../../../entrypoints/background/badge';
import type { CheckinShortcut } from '../../../entrypoints/background/checkinShortcut';
import { createBackgroundServices } from '../../../entrypoints/background/services';
import type { TrackerService } from '../../../entrypoints/background/trackerService';
import { dispatchMessage } from '../../../utils/messages';
import type { Observation } from '../../../utils/tracking/observation';

type Sender = Browser.runtime.MessageSender;

export interface TestWorker {
  tracker: TrackerService;
  shortcut: CheckinShortcut;
  badge: Badge;
  /** A runtime message, through the same validation and dispatch as the background's onMessage listener. */
  send(raw: unknown, sender: Sender): Promise<unknown>;
}

export const NOTHING_SHOWN: Observation = {
  focusedWindowId: null,
  activeTab: null,
  audibleTabs: [],
  idle: 'active',
  paused: false,
};

export function startWorker({
  observe = async () => NOTHING_SHOWN,
  now = () => Date.now(),
}: {
  /** what the browser shows when the tracker asks (the paused flag it passes in is applied on top) */
  observe?: () => Promise<Observation>;
  now?: () => number;
} = {}): TestWorker {
  const { tracker, handlers, shortcut, badge } = createBackgroundServices({
    now,
    observeBrowser: async (_idle, paused) => ({ ...(await observe()), paused }),
    setIdleDetectionInterval: () => undefined,
    action: fakeBrowser.action,
    manifestMessage: (key, substitution) => (substitution === undefined ? key : `${key}:${substitution}`),
    extension: { id: fakeBrowser.runtime.id, pageUrlPrefix: fakeBrowser.runtime.getURL('/') },
    // No user-rule scripts in these tests (tests/unit/background/userRuleScripts.test.ts has its own browser parts).
    scripting: {
      getRegisteredContentScripts: async () => [],
      registerContentScripts: async () => undefined,
      updateContentScripts: async () => undefined,
      unregisterContentScripts: async () => undefined,
    },
    permissions: { contains: async () => false },
  });
  return { tracker, shortcut, badge, send: (raw, sender) => dispatchMessage(handlers, raw, sender) };
}
