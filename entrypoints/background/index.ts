/** The background: a wiring diagram from browser events to the tracker and the store. No logic of its own. */
import { type Browser, browser } from 'wxt/browser';
import { RETENTION_ALARM, RETENTION_PERIOD_MINUTES, runRetention } from '../../utils/backup/retention';
import { fillWholeDayRollupCache } from '../../utils/db/dayRollupCache';
import { parseMessage } from '../../utils/messages';
import { INJECTED_SIGNALS_KEY, SIGNAL_INJECTION_ENABLED } from './browserObservation';
import { LOG_CHECKIN_COMMAND, logCheckinFromShortcut } from './checkinCommand';
import { handleMessage } from './messageHandler';
import {
  HEARTBEAT_ALARM,
  HEARTBEAT_PERIOD_MINUTES,
  heartbeat,
  observeChange,
  startTracker,
} from './trackerService';

export default defineBackground(() => {
  // Listeners are registered synchronously at the top level so that the event that woke the worker is delivered.
  const started = startTracker();
  // A failed step is logged, never thrown out of a listener; the next event observes the browser afresh.
  const afterStart = (task: () => Promise<void>) => () => {
    started
      .then(task, task)
      .catch((error: unknown) => console.error('[指尖账本] event handling failed', error));
  };

  browser.tabs.onActivated.addListener(afterStart(observeChange));
  browser.tabs.onUpdated.addListener((_tabId, change: Browser.tabs.OnUpdatedInfo) => {
    if (change.url !== undefined || change.audible !== undefined || change.status === 'complete') {
      afterStart(observeChange)();
    }
  });
  browser.tabs.onRemoved.addListener(afterStart(observeChange));
  browser.tabs.onReplaced.addListener(afterStart(observeChange));
  browser.windows.onFocusChanged.addListener(afterStart(observeChange));
  browser.windows.onRemoved.addListener(afterStart(observeChange));
  browser.idle.onStateChanged.addListener(afterStart(observeChange));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HEARTBEAT_ALARM) afterStart(heartbeat)();
    if (alarm.name === RETENTION_ALARM) {
      runRetention()
        .then(() => fillWholeDayRollupCache())
        .catch((error: unknown) => console.error('[指尖账本] retention or the day cache failed', error));
    }
  });
  browser.runtime.onInstalled.addListener(() => {
    void browser.alarms.create(HEARTBEAT_ALARM, { periodInMinutes: HEARTBEAT_PERIOD_MINUTES });
    void browser.alarms.create(RETENTION_ALARM, {
      delayInMinutes: 1,
      periodInMinutes: RETENTION_PERIOD_MINUTES,
    });
  });
  browser.runtime.onStartup.addListener(() => {
    void browser.alarms.create(HEARTBEAT_ALARM, { periodInMinutes: HEARTBEAT_PERIOD_MINUTES });
    void browser.alarms.create(RETENTION_ALARM, {
      delayInMinutes: 1,
      periodInMinutes: RETENTION_PERIOD_MINUTES,
    });
  });
  browser.commands.onCommand.addListener((command: string) => {
    if (command === LOG_CHECKIN_COMMAND) void logCheckinFromShortcut();
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const parsed = parseMessage(raw);
    if (!parsed.ok) return Promise.reject(new Error(`unknown message: ${parsed.error}`));
    const handle = () => handleMessage(parsed.message, sender);
    return started.then(handle, handle);
  });
  if (SIGNAL_INJECTION_ENABLED) {
    browser.storage.session.onChanged.addListener((changes) => {
      if (INJECTED_SIGNALS_KEY in changes) afterStart(observeChange)();
    });
  }
});
