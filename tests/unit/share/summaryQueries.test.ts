import { beforeEach, describe, expect, it } from 'vitest';
import { logCheckin, recordFingerprint } from '../../../utils/db/checkinStore';
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import { ensureSecrets } from '../../../utils/db/metaStore';
import { saveUserRule } from '../../../utils/db/ruleStore';
import { readSettings, saveSettings } from '../../../utils/db/settingsStore';
import { recordSpans } from '../../../utils/db/spanStore';
import { periodTotalsFor, saveSummarySettings, summaryInputsFor } from '../../../utils/db/summaryQueries';
import { rollupSpans } from '../../../utils/stats/dayRollup';
import { periodOf } from '../../../utils/stats/period';
import { NOISE_DRAWS } from '../../../utils/summary/noiseStream';
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

describe('the noise of a period', () => {
  const withNoise = (epsilon: number) =>
    saveSettings({
      summary: { roundingHours: 0.5, epsilon, level: null, province: null, includeUnconfirmed: false },
    });

  it('needs no draw without noise, and waits for the noise key with it', async () => {
    expect((await summaryInputsFor(WEEK_47)).noiseDraws).toEqual([]);
    await withNoise(1);
    expect((await summaryInputsFor(WEEK_47)).noiseDraws).toBeNull();
    await ensureSecrets();
    expect((await summaryInputsFor(WEEK_47)).noiseDraws).toHaveLength(NOISE_DRAWS);
  });

  it('is the same stream on every read, and writes nothing', async () => {
    await ensureSecrets();
    await withNoise(1);
    const before = await db.meta.toArray();
    const first = (await summaryInputsFor(WEEK_47)).noiseDraws;
    expect((await summaryInputsFor(WEEK_47)).noiseDraws).toEqual(first);
    expect(await db.meta.toArray()).toEqual(before);
  });

  it('changes when the key is made afresh (a wipe), so a new install never repeats another’s noise', async () => {
    await ensureSecrets();
    await withNoise(1);
    const first = (await summaryInputsFor(WEEK_47)).noiseDraws;
    await db.meta.delete('summaryNoiseKey');
    await ensureSecrets();
    expect((await summaryInputsFor(WEEK_47)).noiseDraws).not.toEqual(first);
  });
});
