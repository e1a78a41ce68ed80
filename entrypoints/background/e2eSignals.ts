/**
 * The one place where the e2e build lets a test set what headless Chromium cannot produce: idle state and window
 * focus. `import.meta.env.MODE` is a build-time constant, so the production build compiles every line of it out
 * (tests/e2e/manifest.test.ts holds that the production bundle has no trace of the storage key).
 */
import { browser } from 'wxt/browser';

export interface InjectedSignals {
  idle?: 'active' | 'idle' | 'locked';
  focusedWindowId?: number | null;
}

const INJECTED_SIGNALS_KEY = 'e2eSignals';
const ENABLED = import.meta.env.MODE === 'e2e';

/** The signals a test injected, or none (always none in production). */
export async function injectedSignals(): Promise<InjectedSignals> {
  if (!ENABLED) return {};
  const stored = await browser.storage.session.get(INJECTED_SIGNALS_KEY);
  return (stored[INJECTED_SIGNALS_KEY] as InjectedSignals | undefined) ?? {};
}

/** Calls `onChange` whenever a test injects new signals (never in production). */
export function watchInjectedSignals(onChange: () => void): void {
  if (!ENABLED) return;
  browser.storage.session.onChanged.addListener((changes) => {
    if (INJECTED_SIGNALS_KEY in changes) onChange();
  });
}
