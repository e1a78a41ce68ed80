import { describe, expect, it } from 'vitest';
import { daysToRead, periodView, SHARE_TOP } from '../../../components/review/periodView';
import type { NewCheckin } from '../../../utils/checkins/checkin';
import { describePlatform } from '../../../utils/platforms/matchPlatform';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { rollupSpans } from '../../../utils/stats/dayRollup';
import { periodOf } from '../../../utils/stats/period';
import type { Span } from '../../../utils/tracking/span';
import { at, span } from '../fixtures/spanBuilders';

const checkin = (day: string, type: NewCheckin['type'], confirmed?: boolean): NewCheckin => ({
  at: at(day, '10:00'),
  day,
  platformId: 'xuexi',
  type,
  source: 'manual',
  ...(confirmed === undefined ? {} : { confirmed }),
});

// ISO week 23 of 2025: Monday 06-02 .. Sunday 06-08; the previous week starts 05-26.
const WEEK = periodOf('week', '2025-06-04');

function view(spans: Span[], checkins: NewCheckin[] = [], settings = DEFAULT_SETTINGS) {
  return periodView({
    period: WEEK,
    rollups: rollupSpans(spans),
    checkins,
    fingerprints: [],
    settings,
    describe: (id) => describePlatform(id, []),
    nameOf: (id) => describePlatform(id, [])?.name ?? id,
    othersLabel: '其他平台',
  });
}

describe('the week view model', () => {
  it('totals the week and compares it with the week before', () => {
    const result = view([
      span('xuexi', '2025-05-27', '09:00', '10:00'),
      span('xuexi', '2025-06-03', '09:00', '10:30'),
      span('12371', '2025-06-04', '14:00', '14:30'),
    ]);
    expect(result.totals.totalMinutes).toBe(120);
    expect(result.previousTotalMinutes).toBe(60);
    expect(result.change).toEqual({ minutes: 60, percent: 100 });
  });

  it('calls out time after hours on working days and time on the weekend', () => {
    const result = view([
      span('xuexi', '2025-06-03', '20:00', '21:10'), // Tuesday evening
      span('xuexi', '2025-06-07', '10:00', '11:05'), // Saturday
      span('xuexi', '2025-06-04', '09:00', '10:00'), // inside working hours
    ]);
    expect(result.totals.afterHoursMinutes).toBe(70);
    expect(result.totals.weekendMinutes).toBe(65);
  });

  it('stacks each day by category, in the catalogue order, with every day of the week present', () => {
    const result = view([
      span('12371', '2025-06-02', '09:00', '09:20'),
      span('xuexi', '2025-06-02', '10:00', '10:40'),
    ]);
    expect(result.daily).toHaveLength(7);
    expect(result.daily[0]).toMatchObject({
      day: '2025-06-02',
      total: 60,
      byCategory: { 学习教育: 40, 党建: 20 },
    });
    expect(result.categories).toEqual(['学习教育', '党建']);
  });

  it('names the biggest platforms and sums the rest as one bar', () => {
    const spans = Array.from({ length: SHARE_TOP + 2 }, (_, index) =>
      span(
        `host:site${index}.gov.cn`,
        '2025-06-03',
        `${String(8 + index).padStart(2, '0')}:00`,
        `${String(8 + index).padStart(2, '0')}:${String(50 - index).padStart(2, '0')}`,
      ),
    );
    const result = view(spans);
    expect(result.shares).toHaveLength(SHARE_TOP + 1);
    expect(result.shares[0]).toMatchObject({ name: 'site0.gov.cn', minutes: 50 });
    expect(result.shares.at(-1)).toMatchObject({ platformId: null, name: '其他平台', minutes: 42 + 41 });
    expect(result.shares.reduce((sum, share) => sum + share.percent, 0)).toBeCloseTo(100);
  });

  it('counts check-ins per type and leaves out detections the user rejected', () => {
    const result = view(
      [],
      [
        checkin('2025-06-02', '签到打卡'),
        checkin('2025-06-03', '签到打卡'),
        checkin('2025-06-03', '截图上报', false),
      ],
    );
    expect(result.checkins).toEqual([{ type: '签到打卡', count: 2 }]);
    expect(result.isEmpty).toBe(false);
  });

  it('puts Tuesday evening in the Tuesday row of the heat map at the right hours', () => {
    const result = view([span('xuexi', '2025-06-03', '20:00', '21:30')]);
    expect(result.heat[1]?.[20]).toBe(60);
    expect(result.heat[1]?.[21]).toBe(30);
    expect(result.heat.flat().reduce((a, b) => a + b, 0)).toBe(90);
  });

  it('is empty when the week has neither time nor check-ins, and the trend still has eight weeks', () => {
    const result = view([span('xuexi', '2025-05-27', '09:00', '10:00')]);
    expect(result.isEmpty).toBe(true);
    expect(result.trend).toHaveLength(8);
    expect(result.trend.at(-2)?.totalMinutes).toBe(60);
  });
});

describe('the days a period screen reads', () => {
  it('covers the eight trend weeks and the previous period, and nothing after the period', () => {
    expect(daysToRead(WEEK, 1)).toEqual({ firstDay: '2025-04-14', lastDay: '2025-06-08' });
  });

  it('for a month, reaches back to the previous month and forward to the end of its last week', () => {
    const range = daysToRead(periodOf('month', '2025-04-15'), 1);
    expect(range.firstDay).toBe('2025-03-01');
    expect(range.lastDay).toBe('2025-05-04');
  });
});
