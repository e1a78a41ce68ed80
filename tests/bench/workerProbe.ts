/**
 * Bundled by run.ts into a script evaluated inside the extension's service worker: the tracker step and the
 * transaction the background runs for every signal (observe + applyTrackerEffects), against the year's database.
 * It adds nothing to the extension; the worker only lends its origin, its IndexedDB and its event loop.
 */
import { ledgerDatabase } from '../../utils/db/ledgerDatabase';
import { applyTrackerEffects } from '../../utils/db/trackerStore';
import { createMatcher } from '../../utils/platforms/matchPlatform';
import type { OpenSpan } from '../../utils/tracking/span';
import { observe, type TrackerConfig } from '../../utils/tracking/tracker';
import { SIGNAL_PLATFORM_URLS, switchObservations } from './signalObservations';

export interface SignalTimes {
  /** ms per signal: observe() and its effects written in one transaction */
  withWriteMs: number;
  /** ms per signal spent in observe() alone, in the worker */
  coreMs: number;
  /** ms per switch to a platform (the open row saved) and per switch away (the span recorded, the row cleared) */
  toPlatformMs: number;
  awayMs: number;
  signals: number;
}

const config: TrackerConfig = { matchUrl: createMatcher([]), maxBeatGapMs: 90_000 };
let open: OpenSpan | null = null;
/** A clock two seconds per signal ahead, from the moment the probe was installed: spans land on today. */
let clock = Date.now();

/** `signals` switches, alternating to a platform and away (ending away, so nothing is left open). */
export async function timeSignals(signals: number, warmup: number): Promise<SignalTimes> {
  await ledgerDatabase().open();
  const run = async (count: number) => {
    let withWrite = 0;
    let core = 0;
    let toPlatform = 0;
    let away = 0;
    for (let index = 0; index < count; index += 1) {
      const platformUrl = SIGNAL_PLATFORM_URLS[Math.floor(index / 2) % SIGNAL_PLATFORM_URLS.length]!;
      const [platformSnapshot, awaySnapshot] = switchObservations(platformUrl);
      clock += 2000;
      const started = performance.now();
      const step = observe(open, index % 2 === 0 ? platformSnapshot : awaySnapshot, clock, config);
      const stepped = performance.now();
      await applyTrackerEffects(step.effects);
      const written = performance.now();
      open = step.open;
      core += stepped - started;
      withWrite += written - started;
      if (index % 2 === 0) toPlatform += written - started;
      else away += written - started;
    }
    const pairs = count / 2;
    return {
      withWriteMs: withWrite / count,
      coreMs: core / count,
      toPlatformMs: toPlatform / pairs,
      awayMs: away / pairs,
      signals: count,
    };
  };
  await run(warmup + (warmup % 2));
  return run(signals + (signals % 2));
}
