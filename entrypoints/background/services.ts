/** Builds the background's services from what the browser provides: the worker and its tests compose them here alike. */
import type { Browser } from 'wxt/browser';
import type { MessageHandlers } from '../../utils/messages';
import type { Observation } from '../../utils/tracking/observation';
import { type ActionApi, type Badge, createBadge, type ManifestMessage } from './badge';
import { type CheckinShortcut, createCheckinShortcut } from './checkinShortcut';
import { createFirstRun, type FirstRun, WELCOME_PAGE } from './firstRun';
import { browserSession, firstRunStore, messageStore, shortcutStore, trackerStore } from './ledgerStores';
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
  /** the manifest's version */
  version: string;
  /** opens a tab at a URL (tabs.create) */
  openTab: (url: string) => Promise<unknown>;
  /** false in the e2e build only (entrypoints/background/firstRun.ts says why) */
  openWelcome: boolean;
}

export interface BackgroundServices {
  badge: Badge;
  tracker: TrackerService;
  handlers: MessageHandlers<Browser.runtime.MessageSender>;
  shortcut: CheckinShortcut;
  userRuleScripts: UserRuleScriptService;
  firstRun: FirstRun;
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
  const firstRun = createFirstRun({
    store: firstRunStore,
    version: browser.version,
    welcomeUrl: `${browser.extension.pageUrlPrefix}${WELCOME_PAGE.slice(1)}`,
    openTab: browser.openTab,
    openWelcome: browser.openWelcome,
  });
  return { badge, tracker, handlers, shortcut, userRuleScripts, firstRun };
}
