/** The background: creates its services from their dependencies and wires browser events to them. No logic of its own. */
import { type Browser, browser } from 'wxt/browser';
import { RETENTION_ALARM, runRetention } from '../../utils/backup/retention';
import { fillWholeDayRollupCache } from '../../utils/db/dayRollupCache';
import { dispatchMessage } from '../../utils/messages';
import { ensureAlarms, HEARTBEAT_ALARM } from './alarms';
import { observeBrowser } from './browserObservation';
import { LOG_CHECKIN_COMMAND } from './checkinShortcut';
import { watchInjectedSignals } from './e2eSignals';
import { createBackgroundServices } from './services';

export default defineBackground({
  // An ES module worker (Chrome 91+, Firefox 112+): WXT then builds it with the extension's pages, so the libraries
  // and modules they share (Dexie, date-fns, valibot, the catalogue…) are one file each instead of one copy in
  // background.js and another in the pages' chunks (issue 17: all the JS within 500 KB).
  type: 'module',
  main: startBackground,
});

function startBackground(): void {
  const { tracker, handlers, shortcut, userRuleScripts, firstRun } = createBackgroundServices({
    now: () => Date.now(),
    observeBrowser,
    setIdleDetectionInterval: (seconds) => browser.idle.setDetectionInterval(seconds),
    action: browser.action,
    manifestMessage: (key, substitution) => browser.i18n.getMessage(key, substitution),
    extension: { id: browser.runtime.id, pageUrlPrefix: browser.runtime.getURL('/') },
    scripting: browser.scripting,
    permissions: browser.permissions,
    version: browser.runtime.getManifest().version,
    openTab: (url) => browser.tabs.create({ url }),
    // A build-time constant: the production build opens the welcome page, the e2e build compiles it out.
    openWelcome: import.meta.env.MODE !== 'e2e',
  });
  const syncUserRuleScripts = () =>
    void userRuleScripts
      .sync()
      .catch((error: unknown) => console.error('[指尖账本] user rule scripts', error));

  // Listeners are registered synchronously at the top level so that the event that woke the worker is delivered.
  const started = tracker.start();
  // A failed step is logged, never thrown out of a listener; the next event observes the browser afresh.
  const afterStart = (task: () => Promise<void>) => () => {
    started
      .then(task, task)
      .catch((error: unknown) => console.error('[指尖账本] event handling failed', error));
  };
  const observeChange = afterStart(tracker.observeChange);

  browser.tabs.onActivated.addListener(observeChange);
  browser.tabs.onUpdated.addListener((_tabId, change: Browser.tabs.OnUpdatedInfo) => {
    if (change.url !== undefined || change.audible !== undefined || change.status === 'complete')
      observeChange();
  });
  browser.tabs.onRemoved.addListener(observeChange);
  browser.tabs.onReplaced.addListener(observeChange);
  browser.windows.onFocusChanged.addListener(observeChange);
  browser.windows.onRemoved.addListener(observeChange);
  browser.idle.onStateChanged.addListener(observeChange);
  watchInjectedSignals(observeChange);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HEARTBEAT_ALARM) afterStart(tracker.heartbeat)();
    if (alarm.name === RETENTION_ALARM) {
      runRetention()
        .then(() => fillWholeDayRollupCache())
        .catch((error: unknown) => console.error('[指尖账本] retention or the day cache failed', error));
    }
  });
  const setUpAlarms = () =>
    void ensureAlarms(browser.alarms).catch((error: unknown) => console.error('[指尖账本] alarms', error));
  browser.runtime.onInstalled.addListener(setUpAlarms);
  // A fresh install opens the welcome page; an update opens nothing (the dashboard says what is new).
  browser.runtime.onInstalled.addListener((details) => void firstRun.onInstalled(details));
  browser.runtime.onStartup.addListener(setUpAlarms);
  // An update clears scripts registered at run time; a granted or withdrawn host changes what may be registered.
  browser.runtime.onInstalled.addListener(syncUserRuleScripts);
  browser.permissions.onAdded.addListener(syncUserRuleScripts);
  browser.permissions.onRemoved.addListener(syncUserRuleScripts);
  syncUserRuleScripts();
  browser.commands.onCommand.addListener((command: string) => {
    if (command === LOG_CHECKIN_COMMAND) void shortcut.logFromShortcut();
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const handle = () => dispatchMessage(handlers, raw, sender);
    return started.then(handle, handle);
  });
}
