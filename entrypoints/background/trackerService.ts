/**
 * Runs the pure tracker (utils/tracking/tracker.ts) against the browser and the store, one event at a time, and
 * keeps the badge. Built by a factory from its dependencies: a stopped and restarted worker is a new instance.
 */
import { createMatcher, describePlatform } from '../../utils/platforms/matchPlatform';
import type { PlatformMatch, UserRule } from '../../utils/platforms/platform';
import { isTrackingPaused, type Settings, withDefaults } from '../../utils/settings';
import type { Observation } from '../../utils/tracking/observation';
import type { OpenSpan, Span } from '../../utils/tracking/span';
import {
  beat,
  observe,
  reconcile,
  type TrackerConfig,
  type TrackerEffect,
  type TrackerStep,
} from '../../utils/tracking/tracker';
import type { Badge } from './badge';

/** Longer than any beat interval: a silence beyond it means the browser slept or died, so the span ends at its last beat. */
export const MAX_BEAT_GAP_MS = 90_000;

/** What the tracker reads and writes (utils/db in the extension; the same functions on a test database in tests). */
export interface TrackerStore {
  readSettings(): Promise<Settings>;
  userRules(): Promise<UserRule[]>;
  readStoredOpenSpan(): Promise<unknown>;
  applyTrackerEffects(effects: readonly TrackerEffect[]): Promise<void>;
  readParkedSpans(): Promise<Span[]>;
  parkSpans(spans: readonly Span[], failure: string): Promise<void>;
  clearParkedSpans(): Promise<void>;
}

/** Whether this worker's browser session already had a tracker running (storage.session is cleared on browser exit). */
export interface BrowserSession {
  trackerRan(): Promise<boolean>;
  markTrackerRunning(): Promise<void>;
}

export interface TrackerServiceDeps {
  store: TrackerStore;
  now: () => number;
  observeBrowser: (idleThresholdSeconds: number, paused: boolean) => Promise<Observation>;
  setIdleDetectionInterval: (seconds: number) => Promise<void> | void;
  session: BrowserSession;
  badge: Badge;
}

export interface TrackerService {
  /** Worker start: continue or close the span the previous worker (or browser session) left open. */
  start(): Promise<void>;
  /** Any browser event: read the truth again and let the tracker close or open spans. */
  observeChange(): Promise<void>;
  /** Alarm or a visible tracked page: the user is still here; refresh the open span's last beat. */
  heartbeat(): Promise<void>;
  /** Rules or settings changed in the dashboard: rebuild the matcher, then observe with it. */
  reloadConfiguration(): Promise<void>;
  /** The platform a URL is recorded as under the current rules, or null. */
  currentMatch(url: string | undefined): Promise<PlatformMatch | null>;
}

interface Context {
  settings: Settings;
  rules: UserRule[];
  matchUrl: (url: string) => PlatformMatch | null;
  config: TrackerConfig;
}

export function createTrackerService(deps: TrackerServiceDeps): TrackerService {
  const { store, now, badge } = deps;
  let context: Promise<Context> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let open: OpenSpan | null = null;
  let storageFailing = false;
  // Parked spans exist only after a failed write, in this worker or an earlier one: look once, then only then.
  let mayHaveParked = true;

  /** When the database cannot be read, track with the defaults and the catalogue rather than not at all. */
  async function loadContext(): Promise<Context> {
    const [settings, rules] = await Promise.all([store.readSettings(), store.userRules()]).catch(
      (error: unknown) => {
        console.error('[指尖账本] could not read settings and rules; using defaults', error);
        context = undefined; // read again at the next event
        return [withDefaults(undefined), [] as UserRule[]] as const;
      },
    );
    const matchUrl = createMatcher(rules);
    await deps.setIdleDetectionInterval(Math.max(15, settings.idleThresholdSeconds));
    return { settings, rules, matchUrl, config: { matchUrl, maxBeatGapMs: MAX_BEAT_GAP_MS } };
  }

  /** Settings, rules and the matcher, loaded once per worker life; a failed load is retried by the next event. */
  function currentContext(): Promise<Context> {
    if (!context) {
      const loading = loadContext();
      loading.catch(() => {
        if (context === loading) context = undefined;
      });
      context = loading;
    }
    return context;
  }

  /** Every step runs after the previous one, so the open span is never read and written by two events at once. */
  function serially<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch((error) => console.error('[指尖账本] tracker step failed', error));
    return run;
  }

  /**
   * Writes a step's effects. When IndexedDB refuses (quota, a broken profile) tracking goes on in memory: the
   * closed spans are parked (utils/db/parkedSpanStore.ts) and written with the next step that succeeds.
   */
  async function apply(step: TrackerStep, ctx: Context): Promise<void> {
    open = step.open;
    const parked = mayHaveParked ? await store.readParkedSpans() : [];
    const effects: TrackerEffect[] =
      parked.length === 0
        ? step.effects
        : [{ type: 'recordSpans', spans: parked }, ...step.effects, { type: 'saveOpen', open: step.open }];
    try {
      await store.applyTrackerEffects(effects);
      mayHaveParked = false;
      if (parked.length > 0 || storageFailing) {
        storageFailing = false;
        await store.clearParkedSpans();
      }
    } catch (error) {
      storageFailing = true;
      mayHaveParked = true;
      const closed = step.effects.flatMap((effect) => (effect.type === 'recordSpans' ? effect.spans : []));
      await store.parkSpans(
        [...parked, ...closed],
        error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      );
    }
    await badge.showTracker(
      storageFailing
        ? { kind: 'storageFailing' }
        : open
          ? {
              kind: 'timing',
              media: open.kind === 'media',
              platformName: describePlatform(open.platformId, ctx.rules)?.name ?? open.platformId,
            }
          : { kind: 'idle' },
    );
  }

  async function observeNow(ctx: Context): Promise<Observation> {
    return deps.observeBrowser(ctx.settings.idleThresholdSeconds, isTrackingPaused(ctx.settings, now()));
  }

  function observeChange(): Promise<void> {
    return serially(async () => {
      const ctx = await currentContext();
      await apply(observe(open, await observeNow(ctx), now(), ctx.config), ctx);
    });
  }

  return {
    start() {
      return serially(async () => {
        context = undefined;
        const ctx = await currentContext();
        // After a browser restart nothing was seen since the last beat: close there, never at now.
        const config = (await deps.session.trackerRan()) ? ctx.config : { ...ctx.config, maxBeatGapMs: 0 };
        const stored = await store.readStoredOpenSpan();
        await apply(reconcile(stored, await observeNow(ctx), now(), config), ctx);
        await deps.session.markTrackerRunning();
      });
    },
    observeChange,
    heartbeat() {
      return serially(async () => {
        const ctx = await currentContext();
        await apply(beat(open, await observeNow(ctx), now(), ctx.config), ctx);
      });
    },
    reloadConfiguration() {
      context = undefined;
      return observeChange();
    },
    async currentMatch(url) {
      if (!url) return null;
      const ctx = await currentContext();
      return ctx.matchUrl(url);
    },
  };
}
