/** Runs the pure tracker against the browser and the store, one event at a time, and shows the badge. */
import { browser } from 'wxt/browser';
import { readStoredOpenSpan } from '../../utils/db/openSpanStore';
import { userRules } from '../../utils/db/ruleStore';
import { readSettings } from '../../utils/db/settingsStore';
import { applyTrackerEffects } from '../../utils/db/trackerStore';
import { createMatcher, describePlatform } from '../../utils/platforms/matchPlatform';
import type { PlatformMatch, UserRule } from '../../utils/platforms/platform';
import { type Settings, withDefaults } from '../../utils/settings';
import type { OpenSpan, Span } from '../../utils/tracking/span';
import {
  beat,
  observe,
  reconcile,
  type TrackerConfig,
  type TrackerEffect,
  type TrackerStep,
} from '../../utils/tracking/tracker';
import { observeBrowser } from './browserObservation';

/** Alarms fire every 30 s on Chrome 120+ (every 60 s before); the content script beats every 15 s on a visible page. */
export const HEARTBEAT_ALARM = 'heartbeat';
export const HEARTBEAT_PERIOD_MINUTES = 0.5;
/** Longer than any beat interval: a silence beyond it means the browser slept or died, so the span ends at its last beat. */
const MAX_BEAT_GAP_MS = 90_000;
/** storage.session is cleared when the browser closes: its marker tells a worker restart from a browser restart. */
const SESSION_MARKER_KEY = 'trackerSessionAlive';

interface Context {
  settings: Settings;
  rules: UserRule[];
  matchUrl: (url: string) => PlatformMatch | null;
  config: TrackerConfig;
}

let context: Promise<Context> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let open: OpenSpan | null = null;
let lastBadge = '';
let storageFailing = false;
let mayHaveParked = true;

/** Spans closed while IndexedDB refused writes, kept in storage.local until they can be written. */
const PARKED_SPANS_KEY = 'parkedSpans';
/** The last storage failure, for the popup; cleared by the next successful write. */
export const STORAGE_ERROR_KEY = 'storageError';

/** When the database cannot be read, track with the defaults and the catalogue rather than not at all. */
async function loadContext(): Promise<Context> {
  const [settings, rules] = await Promise.all([readSettings(), userRules()]).catch((error: unknown) => {
    console.error('[指尖账本] could not read settings and rules; using defaults', error);
    context = undefined; // read again at the next event
    return [withDefaults(undefined), [] as UserRule[]] as const;
  });
  const matchUrl = createMatcher(rules);
  await browser.idle.setDetectionInterval(Math.max(15, settings.idleThresholdSeconds));
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
 * closed spans are parked in storage.local, a separate store, and written with the next step that succeeds.
 * The popup reads STORAGE_ERROR_KEY and tells the user.
 */
async function apply(step: TrackerStep, ctx: Context): Promise<void> {
  open = step.open;
  // Parked spans exist only after a failed write, in this worker or an earlier one: look once, then only then.
  const parked = mayHaveParked ? await parkedSpans() : [];
  const effects: TrackerEffect[] =
    parked.length === 0
      ? step.effects
      : [{ type: 'recordSpans', spans: parked }, ...step.effects, { type: 'saveOpen', open: step.open }];
  try {
    await applyTrackerEffects(effects);
    mayHaveParked = false;
    if (parked.length > 0 || storageFailing) {
      storageFailing = false;
      await browser.storage.local.remove([PARKED_SPANS_KEY, STORAGE_ERROR_KEY]);
    }
  } catch (error) {
    storageFailing = true;
    mayHaveParked = true;
    const closed = step.effects.flatMap((effect) => (effect.type === 'recordSpans' ? effect.spans : []));
    await browser.storage.local.set({
      [PARKED_SPANS_KEY]: [...parked, ...closed],
      [STORAGE_ERROR_KEY]: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
    lastBadge = '';
  }
  await showBadge(ctx);
}

async function parkedSpans(): Promise<Span[]> {
  const stored = await browser.storage.local.get(PARKED_SPANS_KEY);
  const spans = stored[PARKED_SPANS_KEY];
  return Array.isArray(spans) ? (spans as Span[]) : [];
}

async function showBadge(ctx: Context): Promise<void> {
  const badge = storageFailing ? 'failing' : open ? `${open.kind}:${open.platformId}` : '';
  if (badge === lastBadge) return;
  lastBadge = badge;
  if (storageFailing) {
    await browser.action.setBadgeText({ text: '!' });
    await browser.action.setBadgeBackgroundColor({ color: '#b42318' });
    return;
  }
  const name = open ? (describePlatform(open.platformId, ctx.rules)?.name ?? open.platformId) : '';
  await browser.action.setBadgeText({ text: open ? '●' : '' });
  if (open) {
    await browser.action.setBadgeBackgroundColor({ color: open.kind === 'media' ? '#1f6fb2' : '#1a7f37' });
  }
  await browser.action.setTitle({
    title: open
      ? browser.i18n.getMessage(open.kind === 'media' ? 'badgeTimingMedia' : 'badgeTiming', name)
      : browser.i18n.getMessage('actionTitle'),
  });
}

function isPaused(settings: Settings, now: number): boolean {
  return settings.pausedUntil !== null && settings.pausedUntil > now;
}

async function observeNow(ctx: Context) {
  return observeBrowser(ctx.settings.idleThresholdSeconds, isPaused(ctx.settings, Date.now()));
}

/** Worker start: continue or close the span the previous worker (or browser session) left open. */
export function startTracker(): Promise<void> {
  return serially(async () => {
    context = undefined;
    const ctx = await currentContext();
    const session = await browser.storage.session.get(SESSION_MARKER_KEY);
    const sameBrowserSession = session[SESSION_MARKER_KEY] === true;
    // After a browser restart nothing was seen since the last beat: close there, never at now.
    const config = sameBrowserSession ? ctx.config : { ...ctx.config, maxBeatGapMs: 0 };
    const stored = await readStoredOpenSpan();
    await apply(reconcile(stored, await observeNow(ctx), Date.now(), config), ctx);
    await browser.storage.session.set({ [SESSION_MARKER_KEY]: true });
  });
}

/** Any browser event: read the truth again and let the tracker close or open spans. */
export function observeChange(): Promise<void> {
  return serially(async () => {
    const ctx = await currentContext();
    await apply(observe(open, await observeNow(ctx), Date.now(), ctx.config), ctx);
  });
}

/** Alarm or a visible tracked page: the user is still here; refresh the open span's last beat. */
export function heartbeat(): Promise<void> {
  return serially(async () => {
    const ctx = await currentContext();
    await apply(beat(open, await observeNow(ctx), Date.now(), ctx.config), ctx);
  });
}

/** Rules or settings changed in the dashboard: rebuild the matcher, then observe with it. */
export function reloadConfiguration(): Promise<void> {
  context = undefined;
  return observeChange();
}

export async function currentMatch(url: string | undefined): Promise<PlatformMatch | null> {
  if (!url) return null;
  const ctx = await currentContext();
  return ctx.matchUrl(url);
}
