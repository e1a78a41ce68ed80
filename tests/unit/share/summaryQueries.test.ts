import { beforeEach, describe, expect, it } from 'vitest';
import { logCheckin, recordFingerprint } from '../../../utils/db/checkinStore';
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import { saveUserRule } from '../../../utils/db/ruleStore';
import { readSettings, saveSettings } from '../../../utils/db/settingsStore';
import { recordSpans } from '../../../utils/db/spanStore';
import {
  keepNoiseDraws,
  keptNoiseDraws,
  MAX_KEPT_NOISE_DRAWS,
  periodTotalsFor,
  saveSummarySettings,
  summaryInputsFor,
} from '../../../utils/db/summaryQueries';
import { rollupSpans } from '../../../utils/stats/dayRollup';
import { periodOf } from '../../../utils/stats/period';
import { freshDatabase } from '../db/testDatabase';
import { at, span } from '../fixtures/spanBuilders';

// ISO week 47 of 2026: Monday 11-16 .. Sunday 11-22.
const WEEK_47 = periodOf('week', '2026-11-18', 1);

let db: LedgerDatabase;
beforeEach(() => {
  db = freshDatabase();
});

describe("a period's totals from the database", () => {
  it('adds the raw spans of the week to the rollups retention kept, and leaves the weeks around it out', async () => {
    await recordSpans([
      span('xuexi', '2026-11-16', '09:00', '10:00'),
      span('xuexi', '2026-11-15', '09:00', '10:00'), // the Sunday before
      span('xuexi', '2026-11-23', '09:00', '10:00'), // the Monday after
    ]);
    // A day whose spans were folded into a rollup by retention.
    await db.dayRollups.bulkAdd(rollupSpans([span('12371', '2026-11-17', '14:00', '15:30')]));

    const totals = await periodTotalsFor(WEEK_47);
    expect(totals.totalMinutes).toBe(150);
    expect(totals.daysWithRecords).toBe(2);
    expect(totals.byPlatform.map((platform) => platform.platformId)).toEqual(['12371', 'xuexi']);
  });

  it('describes a user rule as local, so a summary can never name it', async () => {
    await saveUserRule({
      id: 'rule-1',
      name: '王小明的台账系统',
      category: '数据填报/统计',
      patterns: ['tz.hz.zj.gov.cn'],
      enabled: true,
    });
    await recordSpans([span('rule-1', '2026-11-18', '09:00', '09:45')]);
    const [platform] = (await periodTotalsFor(WEEK_47)).byPlatform;
    expect(platform).toMatchObject({ platformId: 'rule-1', scope: 'local', category: '数据填报/统计' });
  });

  it('counts check-ins of the week and a duplicate entry whose first typing was weeks earlier', async () => {
    await logCheckin({
      at: at('2026-11-17', '08:40'),
      day: '2026-11-17',
      platformId: null,
      type: '签到打卡',
      source: 'manual',
    });
    await logCheckin({
      at: at('2026-11-24', '08:40'),
      day: '2026-11-24',
      platformId: null,
      type: '签到打卡',
      source: 'manual',
    });
    await recordFingerprint({
      hash: 'h1',
      platformId: 'zjzwfw',
      day: '2026-10-02',
      at: at('2026-10-02', '10:00'),
    });
    await recordFingerprint({
      hash: 'h1',
      platformId: 'host:tjbb.someplace.gov.cn',
      day: '2026-11-19',
      at: at('2026-11-19', '10:00'),
    });
    const totals = await periodTotalsFor(WEEK_47);
    expect(totals.checkinsByType).toEqual({ 签到打卡: 1 });
    expect(totals.duplicateEntries).toBe(1);
  });

  it('uses the working hours of the settings for time outside working hours', async () => {
    await recordSpans([span('xuexi', '2026-11-18', '18:00', '19:00')]);
    expect((await periodTotalsFor(WEEK_47)).afterHoursMinutes).toBe(60);
    await saveSettings({ workingPeriods: [{ start: 9 * 60, end: 21 * 60 }] });
    expect((await periodTotalsFor(WEEK_47)).afterHoursMinutes).toBe(0);
  });
});

describe('the summary settings', () => {
  it('keeps both of two quick changes, each merged with what is stored when it is written', async () => {
    await Promise.all([
      saveSummarySettings({ level: '乡镇/街道' }),
      saveSummarySettings({ province: '浙江省' }),
    ]);
    expect((await readSettings()).summary).toEqual({
      roundingHours: 0.5,
      epsilon: null,
      level: '乡镇/街道',
      province: '浙江省',
      includeUnconfirmed: false,
    });
  });
});

describe('the noise kept per period', () => {
  it('reads no draws without noise, and the kept draws of the period and epsilon with it', async () => {
    await keepNoiseDraws('2026-W47', 1, [0.1, 0.2]);
    expect((await summaryInputsFor(WEEK_47)).noiseDraws).toEqual([]);
    await saveSettings({
      summary: { roundingHours: 0.5, epsilon: 1, level: null, province: null, includeUnconfirmed: false },
    });
    expect((await summaryInputsFor(WEEK_47)).noiseDraws).toEqual([0.1, 0.2]);
  });

  it('keeps one stream per period and epsilon, never shared between two epsilons', async () => {
    await keepNoiseDraws('2026-W47', 1, [0.1]);
    await keepNoiseDraws('2026-W47', 2, [0.9]);
    await keepNoiseDraws('2026-W46', 1, [0.5]);
    expect(await keptNoiseDraws('2026-W47', 1)).toEqual([0.1]);
    expect(await keptNoiseDraws('2026-W47', 2)).toEqual([0.9]);
    expect(await keptNoiseDraws('2026-W46', 1)).toEqual([0.5]);
  });

  it('never replaces a kept stream with another one, only extends it', async () => {
    await keepNoiseDraws('2026-W47', 1, [0.1, 0.2]);
    expect(await keepNoiseDraws('2026-W47', 1, [0.3, 0.4, 0.5])).toEqual([0.1, 0.2]);
    expect(await keepNoiseDraws('2026-W47', 1, [0.1, 0.2, 0.6])).toEqual([0.1, 0.2, 0.6]);
    expect(await keptNoiseDraws('2026-W47', 1)).toEqual([0.1, 0.2, 0.6]);
  });

  it('keeps at most a bounded number of draws, small enough for a backup row', async () => {
    const many = Array.from({ length: MAX_KEPT_NOISE_DRAWS + 50 }, (_unused, index) => (index + 0.5) / 1000);
    const kept = await keepNoiseDraws('2026-W47', 1, many);
    expect(kept).toHaveLength(MAX_KEPT_NOISE_DRAWS);
    const row = await db.meta.get('summaryNoise/2026-W47/1');
    expect(row!.value.length).toBeLessThan(10_000);
  });

  it('reads a damaged row as no draws instead of failing', async () => {
    await db.meta.put({ key: 'summaryNoise/2026-W47/1', value: '{not json' });
    expect(await keptNoiseDraws('2026-W47', 1)).toEqual([]);
    await db.meta.put({ key: 'summaryNoise/2026-W47/1', value: '[0.1, 7, 0.2]' });
    expect(await keptNoiseDraws('2026-W47', 1)).toEqual([0.1]);
  });
});
