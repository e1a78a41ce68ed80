/**
 * A background worker for unit tests, built from the same factories and stores as entrypoints/background/index.ts,
 * against fakeBrowser and a fake-indexeddb database. A new call is a restarted worker: no state survives but what
 * the database and the browser's storage hold.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Badge, createBadge } from '../../../entrypoints/background/badge';
import { type CheckinShortcut, createCheckinShortcut } from '../../../entrypoints/background/checkinShortcut';
import {
  browserSession,
  messageStore,
  shortcutStore,
  trackerStore,
} from '../../../entrypoints/background/ledgerStores';
import { createMessageHandlers } from '../../../entrypoints/background/messageHandlers';
import { createTrackerService, type TrackerService } from '../../../entrypoints/background/trackerService';
import { dispatchMessage } from '../../../utils/messages';
import type { Observation } from '../../../utils/tracking/observation';

type Sender = Parameters<ReturnType<typeof createMessageHandlers>['pageHeartbeat']>[1];

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
  const badge = createBadge(fakeBrowser.action, (key, substitution) =>
    substitution === undefined ? key : `${key}:${substitution}`,
  );
  const tracker = createTrackerService({
    store: trackerStore,
    now,
    observeBrowser: async (_idle, paused) => ({ ...(await observe()), paused }),
    setIdleDetectionInterval: () => undefined,
    session: browserSession,
    badge,
  });
  const handlers = createMessageHandlers({
    tracker,
    store: messageStore,
    now,
    extension: { id: fakeBrowser.runtime.id, pageUrlPrefix: fakeBrowser.runtime.getURL('/') },
  });
  const shortcut = createCheckinShortcut({ store: shortcutStore, now, badge });
  return { tracker, shortcut, badge, send: (raw, sender) => dispatchMessage(handlers, raw, sender) };
}
