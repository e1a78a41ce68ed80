import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { rollupSpans } from '../../../utils/stats/dayRollup';
import { periodOf } from '../../../utils/stats/period';
import { changeAgainst, weeklyTrend } from '../../../utils/stats/weeklyTrend';
import type { Span } from '../../../utils/tracking/span';

function span(day: string, from: string, to: string): Span {
  return {
    platformId: 'xuexi',
    start: new Date(`${day}T${from}:00`).getTime(),
    end: new Date(`${day}T${to}:00`).getTime(),
    day,
    kind: 'active',
    source: 'auto',
  };
}

describe('weeklyTrend', () => {
  it('gives the last eight ISO weeks oldest first, with zeros for weeks without records', () => {
    const rollups = rollupSpans([
      span('2024-05-06', '17:00', '18:00'), // week 19: 60, 30 after hours
      span('2024-05-12', '10:00', '10:30'), // week 19: Sunday, 30 weekend
      span('2024-03-18', '09:00', '10:00'), // week 12: the oldest of the eight
      span('2024-03-17', '09:00', '10:00'), // week 11: too old
      span('2024-05-13', '09:00', '10:00'), // week 20: after the end
    ]);
    const trend = weeklyTrend(periodOf('week', '2024-05-10'), 8, rollups, DEFAULT_SETTINGS);
    expect(trend.map((point) => point.period.kind === 'week' && point.period.isoWeek)).toEqual([
      12, 13, 14, 15, 16, 17, 18, 19,
    ]);
    expect(trend[0]).toMatchObject({ totalMinutes: 60, afterHoursMinutes: 0, weekendMinutes: 0 });
    expect(trend[3]).toMatchObject({ totalMinutes: 0, afterHoursMinutes: 0, weekendMinutes: 0 });
    expect(trend[7]).toMatchObject({ totalMinutes: 90, afterHoursMinutes: 30, weekendMinutes: 30 });
  });

  it('crosses New Year into the previous ISO year', () => {
    const trend = weeklyTrend(periodOf('week', '2025-01-08'), 3, [], DEFAULT_SETTINGS);
    expect(trend.map((point) => point.period.firstDay)).toEqual(['2024-12-23', '2024-12-30', '2025-01-06']);
  });
});

describe('changeAgainst', () => {
  it('gives the difference in minutes and in per cent of the previous period', () => {
    expect(changeAgainst(120, 150)).toEqual({ minutes: 30, percent: 25 });
    expect(changeAgainst(200, 50)).toEqual({ minutes: -150, percent: -75 });
  });

  it('gives no percentage against an empty previous period', () => {
    expect(changeAgainst(0, 45)).toEqual({ minutes: 45, percent: null });
    expect(changeAgainst(0, 0)).toEqual({ minutes: 0, percent: null });
  });
});
