import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../utils/tracking/observation';
import type { OpenSpan, Span } from '../../../utils/tracking/span';
import { beat, observe, parseOpenSpan, reconcile, type TrackerEffect } from '../../../utils/tracking/tracker';
import {
  at,
  config,
  HOUR,
  looking,
  MINUTE,
  observation,
  PARTY,
  recordedSpans,
  SHOPPING,
  tab,
  totalMs,
  XUEXI,
  XUEXI_VIDEO,
} from './trackingFixtures';

interface Played {
  open: OpenSpan | null;
  spans: Span[];
  effects: TrackerEffect[];
}

/**
 * Feeds each observation at its time, and between two of them a heartbeat every minute, as the background's
 * alarm does while the browser stays as it was.
 */
function play(timeline: ReadonlyArray<readonly [number, Observation]>, open: OpenSpan | null = null): Played {
  const effects: TrackerEffect[] = [];
  let current = open;
  timeline.forEach(([time, obs], index) => {
    const step = observe(current, obs, time, config);
    effects.push(...step.effects);
    current = step.open;
    const until = timeline[index + 1]?.[0] ?? time;
    for (let beatAt = time + MINUTE; beatAt < until; beatAt += MINUTE) {
      const beaten = beat(current, obs, beatAt, config);
      effects.push(...beaten.effects);
      current = beaten.open;
    }
  });
  return { open: current, spans: recordedSpans(effects), effects };
}

const away = observation({ focusedWindowId: null });

/** An open span on 学习强国 since `start` (local time), last seen at `lastBeat`. */
function openOnXuexi(start: string, lastBeat = start, kind: OpenSpan['kind'] = 'active'): OpenSpan {
  return { platformId: 'xuexi', kind, start: at(start), lastBeat: at(lastBeat) };
}

function span(platformId: string, kind: Span['kind'], start: number, end: number, day: string): Span {
  return { platformId, kind, start, end, day, source: 'auto' };
}

describe('observe', () => {
  it('records the time on a platform when the user switches to another application', () => {
    const { open, spans } = play([
      [at('2024-05-06T09:00'), looking(XUEXI)],
      [at('2024-05-06T09:25'), away],
    ]);
    expect(spans).toEqual([
      span('xuexi', 'active', at('2024-05-06T09:00'), at('2024-05-06T09:25'), '2024-05-06'),
    ]);
    expect(open).toBeNull();
  });

  it('persists the open span as soon as a platform page comes to the front', () => {
    const step = observe(null, looking(XUEXI), at('2024-05-06T09:00'), config);
    const open = openOnXuexi('2024-05-06T09:00');
    expect(step.open).toEqual(open);
    expect(step.effects).toEqual([{ type: 'saveOpen', open }]);
  });

  it('splits the time between two platforms at the moment the user switches', () => {
    const { open, spans } = play([
      [at('2024-05-06T09:00'), looking(XUEXI)],
      [at('2024-05-06T09:12'), looking(PARTY)],
      [at('2024-05-06T09:30'), looking(SHOPPING)],
    ]);
    expect(spans).toEqual([
      span('xuexi', 'active', at('2024-05-06T09:00'), at('2024-05-06T09:12'), '2024-05-06'),
      span('party-member-net', 'active', at('2024-05-06T09:12'), at('2024-05-06T09:30'), '2024-05-06'),
    ]);
    expect(open).toBeNull();
  });

  it('records the closed span before it saves the next open one, so a crash in between loses nothing', () => {
    const first = observe(null, looking(XUEXI), at('2024-05-06T09:00'), config);
    const second = observe(first.open, looking(PARTY), at('2024-05-06T09:01'), config);
    expect(second.effects.map((effect) => effect.type)).toEqual(['recordSpans', 'saveOpen']);
  });

  it('counts a platform in one of two windows only while that window has focus', () => {
    const bothOpen = (focusedWindowId: number) =>
      observation({
        focusedWindowId,
        activeTab: focusedWindowId === 1 ? tab(1, 1, XUEXI) : tab(2, 2, PARTY),
      });
    const { spans } = play([
      [at('2024-05-06T09:00'), bothOpen(1)],
      [at('2024-05-06T09:10'), bothOpen(2)],
      [at('2024-05-06T09:15'), bothOpen(1)],
      [at('2024-05-06T09:20'), away],
    ]);
    expect(spans.map((s) => [s.platformId, (s.end - s.start) / MINUTE])).toEqual([
      ['xuexi', 10],
      ['party-member-net', 5],
      ['xuexi', 5],
    ]);
  });

  it('counts nothing while the browser is minimized, but a learning video playing on counts as media', () => {
    const videoInFront = observation({
      activeTab: tab(7, 1, XUEXI_VIDEO, true),
      audibleTabs: [tab(7, 1, XUEXI_VIDEO, true)],
    });
    const minimizedWithVideo = observation({
      focusedWindowId: null,
      audibleTabs: [tab(7, 1, XUEXI_VIDEO, true)],
    });
    const { spans, open } = play([
      [at('2024-05-06T09:00'), videoInFront],
      [at('2024-05-06T09:10'), minimizedWithVideo],
      [at('2024-05-06T09:40'), away],
    ]);
    expect(spans).toEqual([
      span('xuexi', 'active', at('2024-05-06T09:00'), at('2024-05-06T09:10'), '2024-05-06'),
      span('xuexi', 'media', at('2024-05-06T09:10'), at('2024-05-06T09:40'), '2024-05-06'),
    ]);
    expect(open).toBeNull();
  });

  it('closes the active span when the user goes idle', () => {
    const idleInFront = observation({ idle: 'idle', activeTab: tab(1, 1, XUEXI) });
    const { spans, open } = play([
      [at('2024-05-06T09:00'), looking(XUEXI)],
      [at('2024-05-06T09:05'), idleInFront],
      [at('2024-05-06T09:45'), idleInFront],
    ]);
    expect(spans).toEqual([
      span('xuexi', 'active', at('2024-05-06T09:00'), at('2024-05-06T09:05'), '2024-05-06'),
    ]);
    expect(open).toBeNull();
  });

  it('goes on measuring a playing video as media while the user is idle, and as active once they return', () => {
    const video = tab(7, 1, XUEXI_VIDEO, true);
    const { spans, open } = play([
      [at('2024-05-06T09:00'), observation({ activeTab: video, audibleTabs: [video] })],
      [at('2024-05-06T09:05'), observation({ idle: 'idle', activeTab: video, audibleTabs: [video] })],
      [at('2024-05-06T09:20'), observation({ activeTab: video, audibleTabs: [video] })],
    ]);
    expect(spans).toEqual([
      span('xuexi', 'active', at('2024-05-06T09:00'), at('2024-05-06T09:05'), '2024-05-06'),
      span('xuexi', 'media', at('2024-05-06T09:05'), at('2024-05-06T09:20'), '2024-05-06'),
    ]);
    expect(open).toMatchObject({ platformId: 'xuexi', kind: 'active', start: at('2024-05-06T09:20') });
  });

  it('counts nothing while the screen is locked, even with a video playing', () => {
    const video = tab(7, 1, XUEXI_VIDEO, true);
    const locked = observation({ idle: 'locked', focusedWindowId: null, audibleTabs: [video] });
    const { spans, open } = play([
      [at('2024-05-06T09:00'), observation({ activeTab: video, audibleTabs: [video] })],
      [at('2024-05-06T09:05'), locked],
      [at('2024-05-06T12:00'), locked],
    ]);
    expect(totalMs(spans)).toBe(5 * MINUTE);
    expect(open).toBeNull();
  });

  it('stops at once when the user pauses tracking and starts again when the pause ends', () => {
    const paused = observation({ paused: true, activeTab: tab(1, 1, XUEXI) });
    const { spans, open } = play([
      [at('2024-05-06T09:00'), looking(XUEXI)],
      [at('2024-05-06T09:03'), paused],
      [at('2024-05-06T10:03'), looking(XUEXI)],
    ]);
    expect(spans).toEqual([
      span('xuexi', 'active', at('2024-05-06T09:00'), at('2024-05-06T09:03'), '2024-05-06'),
    ]);
    expect(open).toMatchObject({ platformId: 'xuexi', start: at('2024-05-06T10:03') });
  });

  it('leaves no trace at all of a site that is not a government platform', () => {
    const { effects, open } = play([
      [at('2024-05-06T09:00'), looking(SHOPPING)],
      [at('2024-05-06T10:00'), looking('https://www.bilibili.com/video/1')],
      [at('2024-05-06T10:30'), away],
    ]);
    expect(effects).toEqual([]);
    expect(open).toBeNull();
  });

  it('closes the span when the tab turns to a browser page or loses its URL, and records nothing there', () => {
    const { spans, open } = play([
      [at('2024-05-06T09:00'), looking(XUEXI)],
      [at('2024-05-06T09:04'), looking('chrome://newtab/')],
      [at('2024-05-06T09:10'), looking(undefined)],
      [at('2024-05-06T09:20'), looking('file:///home/user/table.html')],
    ]);
    expect(spans).toEqual([
      span('xuexi', 'active', at('2024-05-06T09:00'), at('2024-05-06T09:04'), '2024-05-06'),
    ]);
    expect(open).toBeNull();
  });

  it('splits a span that runs through midnight into one span per local day', () => {
    const { spans } = play([
      [at('2024-05-06T23:50'), looking(XUEXI)],
      [at('2024-05-07T00:20'), away],
    ]);
    expect(spans).toEqual([
      span('xuexi', 'active', at('2024-05-06T23:50'), at('2024-05-07T00:00'), '2024-05-06'),
      span('xuexi', 'active', at('2024-05-07T00:00'), at('2024-05-07T00:20'), '2024-05-07'),
    ]);
  });

  it('changes nothing when the same event arrives twice', () => {
    const first = observe(null, looking(XUEXI), at('2024-05-06T09:00'), config);
    const again = observe(first.open, looking(XUEXI), at('2024-05-06T09:00'), config);
    expect(again).toEqual({ open: first.open, effects: [] });
  });

  it('does not count the time the laptop slept: the span ends at the last heartbeat', () => {
    const before = play([
      [at('2024-05-06T09:00'), looking(XUEXI)],
      [at('2024-05-06T09:10'), looking(XUEXI)],
    ]);
    // The lid closed at 09:10; the next sign of life is the wake-up at 11:00 with the same page in front.
    const woke = observe(before.open, looking(XUEXI), at('2024-05-06T11:00'), config);
    expect(recordedSpans(woke.effects)).toEqual([
      span('xuexi', 'active', at('2024-05-06T09:00'), at('2024-05-06T09:10'), '2024-05-06'),
    ]);
    expect(woke.open).toEqual(openOnXuexi('2024-05-06T11:00'));
  });

  it('keeps a span whose clock went backwards non-negative, ending it at its last heartbeat', () => {
    const open = openOnXuexi('2024-05-06T09:00', '2024-05-06T09:10');
    const step = observe(open, looking(XUEXI), at('2024-05-06T08:00'), config);
    expect(recordedSpans(step.effects)).toEqual([
      span('xuexi', 'active', at('2024-05-06T09:00'), at('2024-05-06T09:10'), '2024-05-06'),
    ]);
    expect(step.open).toEqual(openOnXuexi('2024-05-06T08:00'));
  });

  it('ignores a reading without a usable clock', () => {
    const open = openOnXuexi('2024-05-06T09:00', '2024-05-06T09:10');
    expect(observe(open, away, Number.NaN, config)).toEqual({ open, effects: [] });
  });

  it('replaces an open span with impossible numbers instead of recording it', () => {
    const broken = {
      platformId: 'xuexi',
      kind: 'active',
      start: Number.NaN,
      lastBeat: Number.POSITIVE_INFINITY,
    } as const;
    const step = observe(broken, away, at('2024-05-06T09:00'), config);
    expect(step).toEqual({ open: null, effects: [{ type: 'saveOpen', open: null }] });
  });
});

describe('beat', () => {
  it('refreshes and persists the last heartbeat while the same page stays in front', () => {
    const open = openOnXuexi('2024-05-06T09:00');
    const step = beat(open, looking(XUEXI), at('2024-05-06T09:01'), config);
    const refreshed = { ...open, lastBeat: at('2024-05-06T09:01') };
    expect(step).toEqual({ open: refreshed, effects: [{ type: 'saveOpen', open: refreshed }] });
  });

  it('acts on a change that no event reported, closing the span at the beat', () => {
    const open = openOnXuexi('2024-05-06T09:00', '2024-05-06T09:01');
    const step = beat(open, looking(PARTY), at('2024-05-06T09:02'), config);
    expect(recordedSpans(step.effects)).toEqual([
      span('xuexi', 'active', at('2024-05-06T09:00'), at('2024-05-06T09:02'), '2024-05-06'),
    ]);
    expect(step.open).toMatchObject({ platformId: 'party-member-net', start: at('2024-05-06T09:02') });
  });
});

describe('reconcile', () => {
  /** What the open-span row holds after a trip through storage. */
  const stored = (open: OpenSpan | null): unknown => JSON.parse(JSON.stringify(open));

  it('goes on with the span after a service-worker restart while the same platform is still in front', () => {
    const before = play([
      [at('2024-05-06T09:00'), looking(XUEXI)],
      [at('2024-05-06T09:10'), looking(XUEXI)],
    ]);
    const restarted = reconcile(stored(before.open), looking(XUEXI), at('2024-05-06T09:10:30'), config);
    expect(recordedSpans(restarted.effects)).toEqual([]);
    expect(restarted.open).toEqual(openOnXuexi('2024-05-06T09:00', '2024-05-06T09:10:30'));
    const after = play(
      [
        [at('2024-05-06T09:10:30'), looking(XUEXI)],
        [at('2024-05-06T09:20'), away],
      ],
      restarted.open,
    );
    expect(after.spans).toEqual([
      span('xuexi', 'active', at('2024-05-06T09:00'), at('2024-05-06T09:20'), '2024-05-06'),
    ]);
  });

  it('closes the span at the last heartbeat after a crash, and starts afresh if the page is still open', () => {
    const row = openOnXuexi('2024-05-06T09:00', '2024-05-06T09:10');
    const step = reconcile(row, looking(XUEXI), at('2024-05-06T10:00'), config);
    expect(recordedSpans(step.effects)).toEqual([
      span('xuexi', 'active', at('2024-05-06T09:00'), at('2024-05-06T09:10'), '2024-05-06'),
    ]);
    expect(step.open).toEqual({ ...row, start: at('2024-05-06T10:00'), lastBeat: at('2024-05-06T10:00') });
  });

  it('closes the span when the restarted worker sees another platform in front, since the change woke it', () => {
    const row = openOnXuexi('2024-05-06T09:00', '2024-05-06T09:10');
    const step = reconcile(row, looking(PARTY), at('2024-05-06T09:11'), config);
    expect(recordedSpans(step.effects)).toEqual([
      span('xuexi', 'active', at('2024-05-06T09:00'), at('2024-05-06T09:11'), '2024-05-06'),
    ]);
    expect(step.open).toMatchObject({ platformId: 'party-member-net', start: at('2024-05-06T09:11') });
  });

  it('closes the span at the last heartbeat after a browser restart, however recent the beat', () => {
    const row = openOnXuexi('2024-05-06T09:00', '2024-05-06T09:10');
    const browserRestart = { ...config, maxBeatGapMs: 0 };
    const step = reconcile(row, looking(XUEXI), at('2024-05-06T09:10:20'), browserRestart);
    expect(recordedSpans(step.effects)).toEqual([
      span('xuexi', 'active', at('2024-05-06T09:00'), at('2024-05-06T09:10'), '2024-05-06'),
    ]);
    expect(step.open).toMatchObject({ platformId: 'xuexi', start: at('2024-05-06T09:10:20') });
  });

  it('does nothing when nothing was running and nothing is wanted', () => {
    expect(reconcile(undefined, away, at('2024-05-06T09:00'), config)).toEqual({ open: null, effects: [] });
    expect(reconcile(null, away, at('2024-05-06T09:00'), config)).toEqual({ open: null, effects: [] });
  });

  it('overwrites a corrupt open-span row without recording anything from it', () => {
    for (const junk of [
      'garbage',
      42,
      [],
      { platformId: 'xuexi', kind: 'active', start: '昨天', lastBeat: 1 },
    ]) {
      const idle = reconcile(junk, away, at('2024-05-06T09:00'), config);
      expect(idle).toEqual({ open: null, effects: [{ type: 'saveOpen', open: null }] });
      const working = reconcile(junk, looking(XUEXI), at('2024-05-06T09:00'), config);
      expect(recordedSpans(working.effects)).toEqual([]);
      expect(working.open).toMatchObject({ platformId: 'xuexi', start: at('2024-05-06T09:00') });
    }
  });

  it('refuses a stored row that claims to have run for years instead of recording it', () => {
    const row = { platformId: 'xuexi', kind: 'active', start: 0, lastBeat: at('2024-05-06T09:00') };
    expect(parseOpenSpan(row)).toBeNull();
    const step = reconcile(row, away, at('2024-05-06T09:00:30'), config);
    expect(step).toEqual({ open: null, effects: [{ type: 'saveOpen', open: null }] });
  });

  it('reads back a stored row as the open span, leaving out anything the tracker did not write', () => {
    const open = openOnXuexi('2024-05-06T09:00', '2024-05-06T09:05', 'media');
    expect(parseOpenSpan({ ...open, id: 'open', note: 'x' })).toEqual(open);
    expect(parseOpenSpan({ ...open, kind: 'video' })).toBeNull();
    expect(parseOpenSpan({ ...open, platformId: '' })).toBeNull();
  });

  it('reads a stored heartbeat earlier than the start as the start, recording no negative time', () => {
    const row = openOnXuexi('2024-05-06T09:00', '2024-05-06T08:00', 'media');
    const step = reconcile(row, away, at('2024-05-06T09:30'), config);
    expect(step).toEqual({ open: null, effects: [{ type: 'saveOpen', open: null }] });
  });

  it('records a long video span across midnight, up to its last beat, when the browser comes back much later', () => {
    const row = openOnXuexi('2024-05-06T23:00', '2024-05-07T01:00', 'media');
    const step = reconcile(row, away, at('2024-05-07T01:30'), config);
    const spans = recordedSpans(step.effects);
    expect(spans.map((s) => [s.day, (s.end - s.start) / HOUR])).toEqual([
      ['2024-05-06', 1],
      ['2024-05-07', 1],
    ]);
  });
});
