import { beforeEach, describe, expect, it } from 'vitest';
import {
  isOutsideChannelId,
  OUTSIDE_CHANNELS,
  outsideChannel,
  outsideChannelKind,
  outsideChannelOfLegacyId,
} from '../../../utils/burden/outsideChannels';
import { logCheckin } from '../../../utils/db/checkinStore';
import { logOutsideTime } from '../../../utils/db/outsideTimeStore';
import { dayRecords } from '../../../utils/db/reviewQueries';
import { recordSpans } from '../../../utils/db/spanStore';
import { summaryInputsFor } from '../../../utils/db/summaryQueries';
import { CATALOGUE } from '../../../utils/platforms/catalogue';
import { createMatcher, describePlatform } from '../../../utils/platforms/matchPlatform';
import { periodOf } from '../../../utils/stats/period';
import { buildSummary } from '../../../utils/summary/buildSummary';
import type { Span } from '../../../utils/tracking/span';
import { OUTSIDE_CHANNEL_LABELS } from '../../../utils/vocabulary/outsideChannelLabels';
import { freshDatabase } from '../db/testDatabase';

const manualSpan = (platformId: string, day: string, from: string, minutes: number): Span => {
  const start = new Date(`${day}T${from}:00`).getTime();
  return { platformId, start, end: start + minutes * 60_000, day, kind: 'active', source: 'manual' };
};

describe('the channels off the browser', () => {
  it('are the common work apps, groups and offline chores, each with an id no platform rule can take', () => {
    expect(OUTSIDE_CHANNELS.map((channel) => OUTSIDE_CHANNEL_LABELS[channel.id].zh)).toContain('微信工作群');
    const catalogueIds = new Set(CATALOGUE.map((platform) => platform.id));
    for (const channel of OUTSIDE_CHANNELS) {
      expect(channel.id).toMatch(/^(app|offline):[a-z-]+$/);
      expect(catalogueIds.has(channel.id)).toBe(false);
      expect(outsideChannel(channel.id)).toBe(channel);
      expect(isOutsideChannelId(channel.id)).toBe(true);
    }
    expect(new Set(OUTSIDE_CHANNELS.map((channel) => channel.id)).size).toBe(OUTSIDE_CHANNELS.length);
  });

  it('each count under one kind; an unknown id counts as a phone app, an earlier version’s app id as itself', () => {
    expect(outsideChannelKind('app:wechat-group')).toBe('workGroups');
    expect(outsideChannelKind('offline:photo')).toBe('offlineChores');
    expect(outsideChannelKind('inventory:7', () => 'workGroups')).toBe('workGroups');
    expect(outsideChannelKind('app:unknown')).toBe('phoneApps');
    expect(outsideChannelOfLegacyId('app:dingtalk')).toBe('app:dingtalk');
    expect(outsideChannelOfLegacyId('xuexi')).toBe('app:other');
    expect(outsideChannelOfLegacyId(null)).toBe('app:other');
  });

  it('are named by every screen that names platforms, in both languages', () => {
    expect(describePlatform('app:dingtalk', [])).toMatchObject({ name: '钉钉', nameEn: 'DingTalk' });
    expect(describePlatform('offline:print', [])?.name).toBe('打印、复印材料');
  });

  it('match no web address, so no visit is ever counted as one', () => {
    const matcher = createMatcher([]);
    for (const url of [
      'http://app:dingtalk/',
      'https://app/xuexi',
      'https://offline/print',
      'https://im.dingtalk.com/',
    ]) {
      const match = matcher(url);
      expect(match === null || !isOutsideChannelId(match.platformId)).toBe(true);
    }
  });
});

describe('channels in the review and summary queries', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('name the place of a check-in logged by hand in the day editor', async () => {
    await logCheckin({
      at: new Date('2026-11-17T08:30:00').getTime(),
      day: '2026-11-17',
      platformId: 'app:wechat-group',
      type: '群内接龙/回复收到',
      source: 'manual',
    });
    const day = await dayRecords('2026-11-17');
    expect(describePlatform(day.checkins[0]?.platformId ?? '', day.rules)?.name).toBe('微信工作群');
  });

  it('reach a summary only as minutes by kind, never as a channel’s id or name', async () => {
    await recordSpans([manualSpan('xuexi', '2026-11-17', '09:00', 30)]);
    await logOutsideTime({
      at: new Date('2026-11-18T21:00:00').getTime(),
      channel: 'app:zzding',
      minutes: 90,
    });
    const { totals, settings } = await summaryInputsFor(periodOf('week', '2026-11-18'));
    expect(totals.outsideByKind).toEqual({ phoneApps: 0, workGroups: 90, offlineChores: 0 });
    const summary = buildSummary(totals, { ...settings.summary, random: () => 0.5 });
    const text = JSON.stringify(summary);
    expect(text).not.toContain('浙政钉');
    expect(text).not.toContain('zzding');
  });
});
