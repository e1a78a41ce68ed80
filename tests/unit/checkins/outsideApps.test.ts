import { beforeEach, describe, expect, it } from 'vitest';
import {
  OUTSIDE_APP_PREFIX,
  OUTSIDE_APPS,
  outsideApp,
  rulesWithOutsideApps,
  summaryPlatformId,
} from '../../../utils/checkins/outsideApps';
import { logCheckin } from '../../../utils/db/checkinStore';
import { dayRecords, reviewData } from '../../../utils/db/reviewQueries';
import { saveUserRule } from '../../../utils/db/ruleStore';
import { recordSpans } from '../../../utils/db/spanStore';
import { summaryInputsFor } from '../../../utils/db/summaryQueries';
import { CATALOGUE } from '../../../utils/platforms/catalogue';
import { createMatcher, describePlatform } from '../../../utils/platforms/matchPlatform';
import { periodOf } from '../../../utils/stats/period';
import { buildSummary } from '../../../utils/summary/buildSummary';
import type { Span } from '../../../utils/tracking/span';
import { OUTSIDE_APP_LABELS } from '../../../utils/vocabulary/outsideAppLabels';
import { freshDatabase } from '../db/testDatabase';

const manualSpan = (platformId: string, day: string, from: string, minutes: number): Span => {
  const start = new Date(`${day}T${from}:00`).getTime();
  return { platformId, start, end: start + minutes * 60_000, day, kind: 'active', source: 'manual' };
};

describe('the apps outside the browser', () => {
  it('are the common work apps, each with an app: id no platform rule can take', () => {
    expect(OUTSIDE_APPS.map((app) => OUTSIDE_APP_LABELS[app.id].zh)).toEqual([
      '学习强国App',
      '钉钉',
      '浙政钉',
      '微信工作群',
      '政务微信',
      '其他App',
    ]);
    const catalogueIds = new Set(CATALOGUE.map((platform) => platform.id));
    for (const app of OUTSIDE_APPS) {
      expect(app.id.startsWith(OUTSIDE_APP_PREFIX)).toBe(true);
      expect(catalogueIds.has(app.id)).toBe(false);
      expect(outsideApp(app.id)).toBe(app);
    }
    expect(new Set(OUTSIDE_APPS.map((app) => app.id)).size).toBe(OUTSIDE_APPS.length);
  });

  it('are named by every screen that names platforms through the rules, the user’s own rules first', () => {
    const mine = {
      id: 'oa-county',
      name: '县协同办公',
      category: '办公协同' as const,
      patterns: ['oa.x.gov.cn'],
      enabled: true,
    };
    const rules = rulesWithOutsideApps([mine]);
    expect(rules[0]).toBe(mine);
    expect(describePlatform('app:dingtalk', rules)).toMatchObject({
      name: '钉钉',
      scope: 'local',
      category: '办公协同',
    });
    expect(describePlatform('app:xuexi', rules)?.name).toBe('学习强国App');
    expect(describePlatform('oa-county', rules)?.name).toBe('县协同办公');
  });

  it('match no web address, so adding them to the rules never tracks a site', () => {
    const withApps = createMatcher(rulesWithOutsideApps([]));
    const without = createMatcher([]);
    for (const url of [
      'https://im.dingtalk.com/',
      'https://www.xuexi.cn/index.html',
      'https://app/xuexi',
      'http://app:dingtalk/',
      'https://tjbb.someplace.gov.cn/report',
      'https://news.example.com/',
    ]) {
      expect(withApps(url)).toEqual(without(url));
    }
  });

  it('count in a summary as their national platform (学习强国App as 学习强国), or under their own id', () => {
    expect(summaryPlatformId('app:xuexi')).toBe('xuexi');
    expect(summaryPlatformId('app:dingtalk')).toBe('app:dingtalk');
    expect(summaryPlatformId('xuexi')).toBe('xuexi');
    expect(summaryPlatformId('app:unknown')).toBe('app:unknown');
  });
});

describe('apps in the review and summary queries', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('are offered and named in the day editor and the period screens', async () => {
    await saveUserRule({
      id: 'oa-county',
      name: '县协同办公',
      category: '办公协同',
      patterns: ['oa.x.gov.cn'],
      enabled: true,
    });
    await logCheckin({
      at: new Date('2026-11-17T08:30:00').getTime(),
      day: '2026-11-17',
      platformId: 'app:wechat-group',
      type: '群内接龙/回复收到',
      source: 'manual',
    });
    const day = await dayRecords('2026-11-17');
    expect(describePlatform(day.checkins[0]?.platformId ?? '', day.rules)?.name).toBe('微信工作群');
    const period = await reviewData('2026-11-16', '2026-11-22');
    expect(period.rules.map((rule) => rule.id)).toEqual(['oa-county', ...OUTSIDE_APPS.map((app) => app.id)]);
  });

  it('put 学习强国App time under 学习强国 in a summary, and other apps only into 省/市级平台', async () => {
    await recordSpans([
      manualSpan('xuexi', '2026-11-17', '09:00', 30),
      manualSpan('app:xuexi', '2026-11-17', '20:00', 60),
      manualSpan('app:zzding', '2026-11-18', '21:00', 90),
    ]);
    const { totals, settings } = await summaryInputsFor(periodOf('week', '2026-11-18'));
    const summary = buildSummary(totals, { ...settings.summary, random: () => 0.5 });
    const text = JSON.stringify(summary);
    expect(summary.hours.nationalPlatforms).toEqual([{ id: 'xuexi', name: '学习强国', hours: 1.5 }]);
    expect(summary.hours.provincialLocal).toBe(1.5);
    expect(text).not.toContain('浙政钉');
    expect(text).not.toContain('app:');
  });
});
