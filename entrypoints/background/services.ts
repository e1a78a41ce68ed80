/** Builds the background's services from what the browser provides: the worker and its tests compose them here alike. */
import type { Browser } from 'wxt/browser';
import type { MessageHandlers } from '../../utils/messages';
import type { Observation } from '../../utils/tracking/observation';
import { type ActionApi, type Badge, createBadge, type ManifestMessage } from './badge';
import { type CheckinShortcut, createCheckinShortcut } from './checkinShortcut';
import { browserSession, messageStore, shortcutStore, trackerStore } from './ledgerStores';
import { createMessageHandlers } from './messageHandlers';
import { createTrackerService, type TrackerService } from './trackerService';
import {
  createUserRuleScripts,
  type PermissionsApi,
  type ScriptingApi,
  type UserRuleScriptService,
} from './userRuleScripts';

export interface BrowserServices {
  now: () => number;
  observeBrowser: (idleThresholdSeconds: number, paused: boolean) => Promise<Observation>;
  setIdleDetectionInterval: (seconds: number) => Promise<void> | void;
  action: ActionApi;
  manifestMessage: ManifestMessage;
  /** this extension's id and the URL its pages start with */
  extension: { id: string; pageUrlPrefix: string };
  scripting: ScriptingApi;
  permissions: PermissionsApi;
}

export interface BackgroundServices {
  badge: Badge;
  tracker: TrackerService;
  handlers: MessageHandlers<Browser.runtime.MessageSender>;
  shortcut: CheckinShortcut;
  userRuleScripts: UserRuleScriptService;
}

export function createBackgroundServices(browser: BrowserServices): BackgroundServices {
  const { now } = browser;
  const badge = createBadge(browser.action, browser.manifestMessage);
  const tracker = createTrackerService({
    store: trackerStore,
    now,
    observeBrowser: browser.observeBrowser,
    setIdleDetectionInterval: browser.setIdleDetectionInterval,
    session: browserSession,
    badge,
  });
  const userRuleScripts = createUserRuleScripts({
    scripting: browser.scripting,
    permissions: browser.permissions,
    readRules: trackerStore.userRules,
  });
  const handlers = createMessageHandlers({
    tracker,
    store: messageStore,
    now,
    extension: browser.extension,
    afterConfigChange: () => userRuleScripts.sync().then(() => undefined),
  });
  const shortcut = createCheckinShortcut({ store: shortcutStore, now, badge });
  return { badge, tracker, handlers, shortcut, userRuleScripts };
}
