/** Reads what the tracker needs to know from the browser, fresh on every event, since a stopped worker remembers nothing. */
import { type Browser, browser } from 'wxt/browser';
import type { Observation, ObservedTab } from '../../utils/tracking/observation';
import { injectedSignals } from './e2eSignals';

function toObservedTab(tab: Browser.tabs.Tab): ObservedTab | null {
  if (tab.id === undefined || tab.id === browser.tabs.TAB_ID_NONE) return null;
  return { tabId: tab.id, windowId: tab.windowId ?? -1, url: tab.url, audible: tab.audible === true };
}

async function focusedWindowId(): Promise<number | null> {
  try {
    const window = await browser.windows.getLastFocused();
    return window.focused && window.state !== 'minimized' && window.id !== undefined ? window.id : null;
  } catch {
    return null; // no window at all (the last one closed)
  }
}

export async function observeBrowser(idleThresholdSeconds: number, paused: boolean): Promise<Observation> {
  const [windowId, audible, idle, injected] = await Promise.all([
    focusedWindowId(),
    browser.tabs.query({ audible: true }),
    browser.idle.queryState(idleThresholdSeconds),
    injectedSignals(),
  ]);
  const focused = injected.focusedWindowId !== undefined ? injected.focusedWindowId : windowId;
  const [active] = focused === null ? [] : await browser.tabs.query({ active: true, windowId: focused });
  return {
    focusedWindowId: focused,
    activeTab: active ? toObservedTab(active) : null,
    audibleTabs: audible.map(toObservedTab).filter((tab): tab is ObservedTab => tab !== null),
    idle: injected.idle ?? idle,
    paused,
  };
}
