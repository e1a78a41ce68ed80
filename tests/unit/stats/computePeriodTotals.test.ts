import { describe, expect, it } from 'vitest';
import type { NewCheckin, NewFingerprint } from '../../../utils/checkins/checkin';
import { DEFAULT_SETTINGS as CHINA_CALENDAR_SETTINGS } from '../../../utils/settings';
import { type PeriodRecords, periodTotals } from '../../../utils/stats/computePeriodTotals';
import { type DayRollup, rollupSpans } from '../../../utils/stats/dayRollup';
import type { DescribePlatform, PlatformDescription } from '../../../utils/stats/describePlatform';
import { periodOf } from '../../../utils/stats/period';
import type { Period } from '../../../utils/stats/periodTotals';
import type { Span, SpanKind } from '../../../utils/tracking/span';

/**
 * These tests are of the weekday rule (Monday to Friday): China's calendar has tests of its own
 * (chinaCalendar.test.ts), and the week they use holds a 调休 Saturday (2024-05-11).
 */
const DEFAULT_SETTINGS = { ...CHINA_CALENDAR_SETTINGS, workCalendar: 'weekdays' as const };

function at(day: string, time: string): number {
  return new Date(`${day}T${time}:00`).getTime();
}

function span(platformId: string, day: string, from: string, to: string, kind: SpanKind = 'active'): Span {
  return { platformId, start: at(day, from), end: at(day, to), day, kind, source: 'auto' };
}

function checkin(day: string, type: NewCheckin['type'], confirmed?: boolean): NewCheckin {
  return {
    at: at(day, '10:00'),
    day,
    platformId: 'xuexi',
    type,
    source: 'detected',
    ...(confirmed === undefined ? {} : { confirmed }),
  };
}

const PLATFORMS: Record<string, PlatformDescription> = {
  xuexi: { name: '学习强国', nameEn: 'Xuexi Qiangguo', scope: 'national', category: '学习教育' },
  zwfw: { name: '国家政务服务平台', scope: 'national', category: '政务服务' },
  zjzwfw: { name: '浙江政务服务网', scope: 'provincial', category: '政务服务' },
};
const describePlatform: DescribePlatform = (platformId) => PLATFORMS[platformId] ?? null;

// ISO week 19 of 2024: Monday 05-06 .. Sunday 05-12.
const WEEK = periodOf('week', '2024-05-08');

const SPANS: Span[] = [
  span('xuexi', '2024-05-06', '08:00', '09:00'), // 30 min before 08:30
  span('zwfw', '2024-05-06', '17:00', '18:00'), // 30 min after 17:30
  span('xuexi', '2024-05-07', '12:30', '13:30', 'media'), // all in the lunch break
  span('host:oa.example.gov.cn', '2024-05-08', '10:00', '10:45'), // unknown to describe()
  span('zjzwfw', '2024-05-09', '09:00', '09:20'),
  span('xuexi', '2024-05-11', '20:00', '21:00'), // Saturday
  span('zwfw', '2024-05-05', '10:00', '11:00'), // the Sunday before: not this week
  span('xuexi', '2024-05-13', '10:00', '11:00'), // the Monday after: not this week
];

const CHECKINS: NewCheckin[] = [
  checkin('2024-05-06', '签到打卡'),
  checkin('2024-05-06', '签到打卡', true),
  checkin('2024-05-10', '截图上报'),
  checkin('2024-05-12', '签到打卡', false), // rejected by the user
  checkin('2024-05-13', '学习积分'), // next week
];

function fingerprint(hash: string, platformId: string, day: string): NewFingerprint {
  return { hash, platformId, day, at: at(day, '11:00') };
}

const FINGERPRINTS: NewFingerprint[] = [
  fingerprint('roster', 'xuexi', '2024-05-06'),
  fingerprint('roster', 'zwfw', '2024-05-07'), // retyped this week: one duplicate
  fingerprint('roster', 'zwfw', '2024-05-07'), // a re-submit, not another duplicate
  fingerprint('ledger', 'zjzwfw', '2024-04-01'),
  fingerprint('ledger', 'xuexi', '2024-05-08'), // first typed in April, retyped this week: one duplicate
  fingerprint('report', 'xuexi', '2024-05-10'),
  fingerprint('report', 'zwfw', '2024-05-13'), // retyped next week: not this week's
];

type Working = typeof CHINA_CALENDAR_SETTINGS;

/** Totals with unconfirmed detections included, as the hand-computed figures below expect, unless told. */
function totalsOf(
  period: Period,
  rollups: DayRollup[],
  checkins: NewCheckin[],
  fingerprints: NewFingerprint[],
  working: Working,
  includeUnconfirmed = true,
  more: Pick<PeriodRecords, 'outsideTime' | 'burdenEvents' | 'inventory'> = {},
) {
  return periodTotals({
    period,
    rollups,
    checkins,
    fingerprints,
    working: { ...working, includeUnconfirmed },
    describe: describePlatform,
    ...more,
  });
}

describe('periodTotals', () => {
  it('adds up a hand-made week to the hand-computed numbers', () => {
    const totals = totalsOf(WEEK, rollupSpans(SPANS), CHECKINS, FINGERPRINTS, DEFAULT_SETTINGS);
    expect(totals).toEqual({
      period: WEEK,
      daysWithRecords: 6,
      totalMinutes: 305,
      byPlatform: [
        {
          platformId: 'xuexi',
          name: '学习强国',
          scope: 'national',
          category: '学习教育',
          activeMinutes: 120,
          mediaMinutes: 60,
        },
        {
          platformId: 'zwfw',
          name: '国家政务服务平台',
          scope: 'national',
          category: '政务服务',
          activeMinutes: 60,
          mediaMinutes: 0,
        },
        {
          platformId: 'host:oa.example.gov.cn',
          name: 'host:oa.example.gov.cn',
          scope: 'local',
          category: '其他政务',
          activeMinutes: 45,
          mediaMinutes: 0,
        },
        {
          platformId: 'zjzwfw',
          name: '浙江政务服务网',
          scope: 'provincial',
          category: '政务服务',
          activeMinutes: 20,
          mediaMinutes: 0,
        },
      ],
      byCategory: { 学习教育: 180, 政务服务: 80, 其他政务: 45 },
      afterHoursMinutes: 120,
      weekendMinutes: 60,
      checkinsByType: { 签到打卡: 2, 截图上报: 1 },
      duplicateEntries: 2,
      unconfirmedDetections: 2,
      includesUnconfirmed: true,
      outsideMinutes: 0,
      outsideByKind: { phoneApps: 0, workGroups: 0, offlineChores: 0 },
      burdenEvents: { '被要求下载/注册/关注/转发打榜': 0, 手工重复填报: 0, '被通报/排名/约谈': 0 },
      inventory: expect.objectContaining({}),
    });
  });

  it('gives zeros, not NaN, for an empty week', () => {
    const totals = totalsOf(
      periodOf('week', '2024-06-05'),
      rollupSpans(SPANS),
      CHECKINS,
      FINGERPRINTS,
      DEFAULT_SETTINGS,
    );
    expect(totals).toMatchObject({
      daysWithRecords: 0,
      totalMinutes: 0,
      byPlatform: [],
      byCategory: {},
      afterHoursMinutes: 0,
      weekendMinutes: 0,
      checkinsByType: {},
      duplicateEntries: 0,
    });
  });

  it('counts a day with only a check-in as a day with records', () => {
    const totals = totalsOf(WEEK, [], [checkin('2024-05-07', '问卷调查')], [], DEFAULT_SETTINGS);
    expect(totals.daysWithRecords).toBe(1);
    expect(totals.checkinsByType).toEqual({ 问卷调查: 1 });
  });

  it('adds up a month the same way as its weeks', () => {
    const may = periodOf('month', '2024-05-01');
    const totals = totalsOf(may, rollupSpans(SPANS), CHECKINS, FINGERPRINTS, DEFAULT_SETTINGS);
    expect(totals.totalMinutes).toBe(305 + 60 + 60);
    expect(totals.weekendMinutes).toBe(60 + 60);
    expect(totals.checkinsByType).toEqual({ 签到打卡: 2, 截图上报: 1, 学习积分: 1 });
    expect(totals.duplicateEntries).toBe(3);
  });

  it('moves time between after hours and working hours when the working hours change', () => {
    const rollups = rollupSpans(SPANS);
    const longerDay = { ...DEFAULT_SETTINGS, workingPeriods: [{ start: 8 * 60, end: 18 * 60 }] };
    const sixDays = { ...DEFAULT_SETTINGS, workingDays: [1, 2, 3, 4, 5, 6] };
    expect(totalsOf(WEEK, rollups, [], [], longerDay).afterHoursMinutes).toBe(0);
    expect(totalsOf(WEEK, rollups, [], [], sixDays)).toMatchObject({
      afterHoursMinutes: 120 + 60,
      weekendMinutes: 0,
    });
  });

  it('counts a 调休 Saturday as a working day and a holiday weekday as a rest day, with China’s calendar', () => {
    const spans: Span[] = [
      span('xuexi', '2024-05-11', '20:00', '21:00'),
      span('xuexi', '2024-05-01', '10:00', '11:00'),
    ];
    const totals = totalsOf(
      periodOf('month', '2024-05-01'),
      rollupSpans(spans),
      [],
      [],
      CHINA_CALENDAR_SETTINGS,
    );
    // Labour Day (a Wednesday) is a rest day; the Saturday moved to work makes its evening after-hours time.
    expect(totals.weekendMinutes).toBe(60);
    expect(totals.afterHoursMinutes).toBe(60);
  });

  it('leaves detections nobody confirmed out of the check-ins by default, and counts them apart', () => {
    const totals = totalsOf(WEEK, [], CHECKINS, [], DEFAULT_SETTINGS, false);
    expect(totals.checkinsByType).toEqual({ 签到打卡: 1 });
    expect(totals.unconfirmedDetections).toBe(2);
    expect(totals.includesUnconfirmed).toBe(false);
  });

  it('adds time off the browser by kind and burden events by type, inside the period only', () => {
    const totals = totalsOf(WEEK, [], [], [], DEFAULT_SETTINGS, false, {
      outsideTime: [
        { day: '2024-05-07', at: at('2024-05-07', '20:00'), channel: 'app:wechat-group', minutes: 25 },
        { day: '2024-05-08', at: at('2024-05-08', '09:00'), channel: 'offline:photo', minutes: 10 },
        { day: '2024-05-13', at: at('2024-05-13', '09:00'), channel: 'app:dingtalk', minutes: 99 },
      ],
      burdenEvents: [
        { day: '2024-05-09', at: at('2024-05-09', '10:00'), type: '手工重复填报', subject: null },
        { day: '2024-05-09', at: at('2024-05-09', '11:00'), type: '手工重复填报', subject: null },
        { day: '2024-05-01', at: at('2024-05-01', '11:00'), type: '被通报/排名/约谈', subject: null },
      ],
    });
    expect(totals.outsideMinutes).toBe(35);
    expect(totals.outsideByKind).toEqual({ phoneApps: 0, workGroups: 25, offlineChores: 10 });
    expect(totals.burdenEvents).toEqual({
      '被要求下载/注册/关注/转发打榜': 0,
      手工重复填报: 2,
      '被通报/排名/约谈': 0,
    });
    expect(totals.daysWithRecords).toBe(3);
  });
});
