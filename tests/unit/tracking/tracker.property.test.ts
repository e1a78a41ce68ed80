import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation, ObservedTab } from '../../../utils/tracking/observation';
import type { OpenSpan, Span } from '../../../utils/tracking/span';
import { localDay } from '../../../utils/tracking/splitAtMidnight';
import { beat, observe, reconcile, type TrackerStep } from '../../../utils/tracking/tracker';
import {
  at,
  config,
  HOUR,
  MAX_BEAT_GAP_MS,
  observation,
  PARTY,
  recordedSpans,
  SERVICE,
  SHOPPING,
  totalMs,
  XUEXI,
  XUEXI_VIDEO,
} from './trackingFixtures';

/** The platform of each URL the generators use, written out by hand so the ground truth does not use the matcher. */
const truePlatform = new Map<string | undefined, string>([
  [XUEXI, 'xuexi'],
  [XUEXI_VIDEO, 'xuexi'],
  [PARTY, 'party-member-net'],
  [SERVICE, 'national-services'],
]);
const urls = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(XUEXI, XUEXI_VIDEO, PARTY, SERVICE) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      SHOPPING,
      'chrome://newtab/',
      'file:///home/user/table.html',
      'not a url',
      undefined,
    ),
  },
);

const windowIds = fc.integer({ min: 1, max: 3 });
const tabs = (audible: fc.Arbitrary<boolean>): fc.Arbitrary<ObservedTab> =>
  fc.record({ tabId: fc.integer({ min: 1, max: 6 }), windowId: windowIds, url: urls, audible });

/** Several windows, tabs playing sound here and there, idle and lock states, pauses. */
const observations: fc.Arbitrary<Observation> = fc
  .record({
    focusedWindowId: fc.option(windowIds, { freq: 4 }),
    activeTab: fc.option(tabs(fc.boolean()), { freq: 6 }),
    // usually the browser reports the focused window's own active tab; sometimes a stale or foreign one
    activeTabInFocus: fc.integer({ min: 0, max: 3 }).map((roll) => roll > 0),
    audibleTabs: fc.array(tabs(fc.constant(true)), { maxLength: 3 }),
    idle: fc.constantFrom<Observation['idle']>('active', 'active', 'active', 'idle', 'locked'),
    paused: fc.integer({ min: 0, max: 9 }).map((roll) => roll === 0),
  })
  .map(({ activeTabInFocus, ...obs }) =>
    activeTabInFocus && obs.activeTab !== null && obs.focusedWindowId !== null
      ? { ...obs, activeTab: { ...obs.activeTab, windowId: obs.focusedWindowId } }
      : obs,
  );

/** How the background delivers an observation; a restart is a fresh worker reading the stored row back. */
type Delivery = 'observe' | 'beat' | 'restart';
interface TimedEvent {
  delay: number;
  obs: Observation;
  via: Delivery;
}

const deliveries = fc.constantFrom<Delivery>('observe', 'observe', 'beat', 'beat', 'restart');

/** A session keeps coming back to a few browser states, so spans run on over many beats and past midnight. */
function sessions(delays: fc.Arbitrary<number>): fc.Arbitrary<TimedEvent[]> {
  return fc.array(observations, { minLength: 1, maxLength: 4 }).chain((states) =>
    fc.array(fc.record({ delay: delays, obs: fc.constantFrom(...states), via: deliveries }), {
      minLength: 1,
      maxLength: 80,
      size: 'medium',
    }),
  );
}

/** Events at most one heartbeat gap apart: the worker was alive and nothing slept. */
const liveEvents = sessions(fc.integer({ min: 0, max: MAX_BEAT_GAP_MS }));
/** Events with silences of any length: sleep, crashes, dead workers. */
const anyEvents = sessions(
  fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0, max: 2 * MAX_BEAT_GAP_MS }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 30 * HOUR }) },
  ),
);

/** A start shortly before some local midnight, so that many runs pass one. */
const starts = fc
  .tuple(fc.integer({ min: 0, max: 365 }), fc.integer({ min: 0, max: HOUR }))
  .map(([dayIndex, beforeMidnight]) => at('2024-01-01T00:00') + dayIndex * 24 * HOUR - beforeMidnight);

const nothingWanted = observation({ focusedWindowId: null });

interface Run {
  spans: Span[];
  firstNow: number;
  lastNow: number;
}

/** Feeds the events to the tracker as the background would, then ends with the user gone, one step later. */
function runTracker(start: number, events: readonly TimedEvent[], finalDelay: number): Run {
  let open: OpenSpan | null = null;
  let now = start;
  const spans: Span[] = [];
  const apply = (step: TrackerStep) => {
    spans.push(...recordedSpans(step.effects));
    open = step.open;
  };
  for (const { delay, obs, via } of events) {
    now += delay;
    if (via === 'restart') apply(reconcile(JSON.parse(JSON.stringify(open)), obs, now, config));
    else apply((via === 'beat' ? beat : observe)(open, obs, now, config));
  }
  apply(observe(open, nothingWanted, now + finalDelay, config));
  return { spans, firstNow: start + (events[0]?.delay ?? 0), lastNow: now + finalDelay };
}

/** Independent ground truth: which platform and kind the rules of DESIGN.md section 4 count for one snapshot. */
function truthOf(obs: Observation): string | null {
  if (obs.paused || obs.idle === 'locked') return null;
  const inFront =
    obs.focusedWindowId !== null && obs.activeTab?.windowId === obs.focusedWindowId ? obs.activeTab : null;
  const frontPlatform = truePlatform.get(inFront?.url);
  if (obs.idle === 'active' && frontPlatform !== undefined) return `${frontPlatform}/active`;
  if (inFront?.audible && frontPlatform !== undefined) return `${frontPlatform}/media`;
  const playing = obs.audibleTabs.filter((t) => truePlatform.has(t.url)).sort((a, b) => a.tabId - b.tabId)[0];
  return playing === undefined ? null : `${truePlatform.get(playing.url)}/media`;
}

function totalsByPlatformAndKind(spans: readonly Span[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const span of spans) {
    const key = `${span.platformId}/${span.kind}`;
    totals.set(key, (totals.get(key) ?? 0) + span.end - span.start);
  }
  return totals;
}

function wallTimeOfDay(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + 1).getTime() - new Date(year, month - 1, date).getTime();
}

describe('the tracker over random sessions', () => {
  it('never records a span that crosses local midnight or lasts no time', () => {
    fc.assert(
      fc.property(starts, anyEvents, fc.nat(MAX_BEAT_GAP_MS), (start, events, finalDelay) => {
        for (const span of runTracker(start, events, finalDelay).spans) {
          expect(span.end).toBeGreaterThan(span.start);
          expect(localDay(span.start)).toBe(span.day);
          expect(localDay(span.end - 1)).toBe(span.day);
          expect(span.source).toBe('auto');
        }
      }),
    );
  });

  it('never records more time in a day than the day has, nor more than the session lasted', () => {
    fc.assert(
      fc.property(starts, anyEvents, fc.nat(MAX_BEAT_GAP_MS), (start, events, finalDelay) => {
        const { spans, firstNow, lastNow } = runTracker(start, events, finalDelay);
        const byDay = new Map<string, number>();
        for (const span of spans) byDay.set(span.day, (byDay.get(span.day) ?? 0) + span.end - span.start);
        for (const [day, recorded] of byDay) expect(recorded).toBeLessThanOrEqual(wallTimeOfDay(day));
        expect(totalMs(spans)).toBeLessThanOrEqual(lastNow - firstNow);
      }),
    );
  });

  it('never counts two windows or two playing tabs at the same time', () => {
    fc.assert(
      fc.property(starts, anyEvents, fc.nat(MAX_BEAT_GAP_MS), (start, events, finalDelay) => {
        const spans = runTracker(start, events, finalDelay).spans.sort((a, b) => a.start - b.start);
        for (let i = 1; i < spans.length; i++)
          expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
      }),
    );
  });

  it('records exactly the time the rules count while the worker is alive or restarts in place', () => {
    fc.assert(
      fc.property(starts, liveEvents, fc.nat(MAX_BEAT_GAP_MS), (start, events, finalDelay) => {
        // A restart delivers the snapshot the previous event saw, at the same moment: it must lose nothing.
        const restartsInPlace = events.map((event, index) =>
          event.via === 'restart' && index > 0 ? { ...event, delay: 0, obs: events[index - 1]!.obs } : event,
        );
        const { spans } = runTracker(start, restartsInPlace, finalDelay);

        const expected = new Map<string, number>();
        let now = start;
        restartsInPlace.forEach(({ delay, obs }, index) => {
          now += delay;
          const until = now + (restartsInPlace[index + 1]?.delay ?? finalDelay);
          const counted = truthOf(obs);
          if (counted !== null && until > now)
            expected.set(counted, (expected.get(counted) ?? 0) + until - now);
        });
        expect(totalsByPlatformAndKind(spans)).toEqual(expected);
      }),
    );
  });

  it('records the same spans when events arrive twice or late with the same browser state', () => {
    const replayFractions = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 });
    fc.assert(
      fc.property(
        starts,
        liveEvents,
        fc.infiniteStream(replayFractions),
        fc.nat(MAX_BEAT_GAP_MS),
        (start, events, fractions, finalDelay) => {
          const once = events.map((event) => ({ ...event, via: 'observe' as const }));
          const replayed = withReplays(start, once, finalDelay, () => fractions.next().value);
          expect(replayed.events.length).toBeGreaterThanOrEqual(once.length);
          expect(runTracker(start, replayed.events, replayed.finalDelay).spans).toEqual(
            runTracker(start, once, finalDelay).spans,
          );
        },
      ),
    );
  });
});

/**
 * A late or repeated event finds the browser as the latest event left it, so it replays that snapshot at some
 * moment before the next event (each fraction places one replay between the two).
 */
function withReplays(
  start: number,
  events: readonly TimedEvent[],
  finalDelay: number,
  replayFractions: () => number[],
): { events: TimedEvent[]; finalDelay: number } {
  const times: number[] = [];
  let time = start;
  for (const event of events) {
    time += event.delay;
    times.push(time);
  }
  const end = time + finalDelay;

  const timeline: Array<{ time: number; obs: Observation; via: Delivery }> = [];
  events.forEach((event, index) => {
    const from = times[index]!;
    const until = times[index + 1] ?? end;
    timeline.push({ time: from, obs: event.obs, via: event.via });
    for (const fraction of replayFractions().sort((a, b) => a - b)) {
      timeline.push({ time: from + Math.floor(fraction * (until - from)), obs: event.obs, via: 'beat' });
    }
  });

  let previous = start;
  const replayed = timeline.map(({ time: at, obs, via }) => {
    const delay = at - previous;
    previous = at;
    return { delay, obs, via };
  });
  return { events: replayed, finalDelay: end - previous };
}

describe('the tracker when the clock jumps', () => {
  it('records only sane spans when the clock goes back and forth or reads nonsense', () => {
    const times = fc.oneof(
      { weight: 8, arbitrary: starts.map((start) => start + 12 * HOUR) },
      { weight: 1, arbitrary: fc.double() },
    );
    const jumpyEvents = fc.array(fc.record({ now: times, obs: observations, via: deliveries }), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(jumpyEvents, (events) => {
        let open: OpenSpan | null = null;
        for (const { now, obs, via } of events) {
          const step: TrackerStep =
            via === 'restart'
              ? reconcile(open, obs, now, config)
              : (via === 'beat' ? beat : observe)(open, obs, now, config);
          for (const span of recordedSpans(step.effects)) {
            expect(span.end).toBeGreaterThan(span.start);
            expect(localDay(span.start)).toBe(span.day);
            expect(localDay(span.end - 1)).toBe(span.day);
          }
          open = step.open;
        }
      }),
    );
  });
});

describe('reconcile at start-up', () => {
  it('never throws on whatever the open-span row holds, and records only sane spans from it', () => {
    const rows = fc.oneof(
      fc.anything(),
      fc.record(
        {
          platformId: fc.oneof(fc.string(), fc.constant('xuexi')),
          kind: fc.oneof(fc.constantFrom('active', 'media', 'video'), fc.anything()),
          start: fc.oneof(fc.double(), fc.integer(), fc.anything()),
          lastBeat: fc.oneof(fc.double(), fc.integer(), fc.anything()),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(rows, observations, fc.oneof(starts, fc.double()), (row, obs, now) => {
        const step = reconcile(row, obs, now, config);
        for (const span of recordedSpans(step.effects)) {
          expect(span.end).toBeGreaterThan(span.start);
          expect(localDay(span.start)).toBe(span.day);
          expect(localDay(span.end - 1)).toBe(span.day);
        }
        if (step.open !== null) expect(Number.isFinite(step.open.start)).toBe(true);
      }),
    );
  });
});
