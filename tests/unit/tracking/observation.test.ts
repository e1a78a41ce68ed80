import { describe, expect, it } from 'vitest';
import { desiredTracking } from '../../../utils/tracking/observation';
import {
  looking,
  matchUrl,
  observation,
  PARTY,
  SERVICE,
  SHOPPING,
  tab,
  XUEXI,
  XUEXI_VIDEO,
} from './trackingFixtures';

describe('desiredTracking', () => {
  it('measures the government page in front of an active user', () => {
    expect(desiredTracking(looking(XUEXI), matchUrl)).toEqual({ platformId: 'xuexi', kind: 'active' });
  });

  it('measures nothing on a site that is not a government platform', () => {
    expect(desiredTracking(looking(SHOPPING), matchUrl)).toBeNull();
  });

  it('measures nothing on browser pages, files, unparseable URLs or tabs without a URL', () => {
    for (const url of [
      'chrome://newtab/',
      'edge://settings',
      'file:///C:/报表.xlsx',
      'https://',
      'not a url',
      undefined,
    ]) {
      expect(desiredTracking(looking(url), matchUrl)).toBeNull();
    }
  });

  it('does not stop when the platform matcher throws on an odd URL', () => {
    const throwingMatcher = () => {
      throw new Error('bad host');
    };
    expect(desiredTracking(looking(XUEXI), throwingMatcher)).toBeNull();
  });

  it('ignores the active tab of a window that does not have focus', () => {
    const obs = observation({ focusedWindowId: 2, activeTab: tab(1, 1, XUEXI) });
    expect(desiredTracking(obs, matchUrl)).toBeNull();
  });

  it('measures nothing while the browser is minimized, except a learning video that plays on as media', () => {
    expect(desiredTracking(observation({ focusedWindowId: null }), matchUrl)).toBeNull();
    const video = observation({ focusedWindowId: null, audibleTabs: [tab(7, 1, XUEXI_VIDEO, true)] });
    expect(desiredTracking(video, matchUrl)).toEqual({ platformId: 'xuexi', kind: 'media' });
  });

  it('counts a playing learning video as media while the user is idle in front of it', () => {
    const obs = observation({
      idle: 'idle',
      activeTab: tab(7, 1, XUEXI_VIDEO, true),
      audibleTabs: [tab(7, 1, XUEXI_VIDEO, true)],
    });
    expect(desiredTracking(obs, matchUrl)).toEqual({ platformId: 'xuexi', kind: 'media' });
  });

  it('counts nothing while the user is idle and no platform plays sound', () => {
    const obs = observation({
      idle: 'idle',
      activeTab: tab(1, 1, XUEXI),
      audibleTabs: [tab(2, 1, SHOPPING, true)],
    });
    expect(desiredTracking(obs, matchUrl)).toBeNull();
  });

  it('counts a learning video in a background tab while the user works on another site', () => {
    const obs = observation({ activeTab: tab(1, 1, SHOPPING), audibleTabs: [tab(9, 2, XUEXI_VIDEO, true)] });
    expect(desiredTracking(obs, matchUrl)).toEqual({ platformId: 'xuexi', kind: 'media' });
  });

  it('prefers the active page over a video in the background', () => {
    const obs = observation({ activeTab: tab(1, 1, PARTY), audibleTabs: [tab(9, 2, XUEXI_VIDEO, true)] });
    expect(desiredTracking(obs, matchUrl)).toEqual({ platformId: 'party-member-net', kind: 'active' });
  });

  it('counts only one of several playing videos: the one in front, else the lowest tab id', () => {
    const audibleTabs = [tab(12, 2, SERVICE, true), tab(5, 3, PARTY, true), tab(8, 1, XUEXI_VIDEO, true)];
    const idleInFront = observation({ idle: 'idle', activeTab: tab(8, 1, XUEXI_VIDEO, true), audibleTabs });
    expect(desiredTracking(idleInFront, matchUrl)).toEqual({ platformId: 'xuexi', kind: 'media' });
    const minimized = observation({ focusedWindowId: null, audibleTabs });
    expect(desiredTracking(minimized, matchUrl)).toEqual({ platformId: 'party-member-net', kind: 'media' });
  });

  it('measures nothing while the screen is locked, even with a video playing', () => {
    const obs = observation({
      idle: 'locked',
      activeTab: tab(1, 1, XUEXI),
      audibleTabs: [tab(1, 1, XUEXI, true)],
    });
    expect(desiredTracking(obs, matchUrl)).toBeNull();
  });

  it('measures nothing while the user has paused tracking', () => {
    const obs = observation({
      paused: true,
      activeTab: tab(1, 1, XUEXI),
      audibleTabs: [tab(1, 1, XUEXI, true)],
    });
    expect(desiredTracking(obs, matchUrl)).toBeNull();
  });
});
