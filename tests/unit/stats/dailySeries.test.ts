import { expect, it } from 'vitest';
import { dailySeries } from '../../../utils/stats/dailySeries';
import { rollupSpans } from '../../../utils/stats/dayRollup';
import type { DescribePlatform } from '../../../utils/stats/describePlatform';
import { periodOf } from '../../../utils/stats/period';
import type { Span } from '../../../utils/tracking/span';

function span(platformId: string, day: string, from: string, to: string): Span {
  return {
    platformId,
    start: new Date(`${day}T${from}:00`).getTime(),
    end: new Date(`${day}T${to}:00`).getTime(),
    day,
    kind: 'active',
    source: 'auto',
  };
}

const describePlatform: DescribePlatform = (platformId) =>
  platformId === 'xuexi' ? { name: '学习强国', scope: 'national', category: '学习教育' } : null;

it('gives one bar per day of the week, Monday first, stacked by category, with empty days as zero', () => {
  const rollups = rollupSpans([
    span('xuexi', '2024-05-06', '09:00', '09:40'),
    span('host:a.gov.cn', '2024-05-06', '10:00', '10:15'),
    span('xuexi', '2024-05-12', '21:00', '21:30'),
    span('xuexi', '2024-05-13', '21:00', '21:30'),
  ]);
  const series = dailySeries(periodOf('week', '2024-05-08'), rollups, describePlatform);
  expect(series.map((entry) => entry.day)).toEqual([
    '2024-05-06',
    '2024-05-07',
    '2024-05-08',
    '2024-05-09',
    '2024-05-10',
    '2024-05-11',
    '2024-05-12',
  ]);
  expect(series[0]).toEqual({ day: '2024-05-06', byCategory: { 学习教育: 40, 其他政务: 15 }, total: 55 });
  expect(series[1]).toEqual({ day: '2024-05-07', byCategory: {}, total: 0 });
  expect(series[6]).toEqual({ day: '2024-05-12', byCategory: { 学习教育: 30 }, total: 30 });
});

it('gives 31 bars for May', () => {
  expect(dailySeries(periodOf('month', '2024-05-20'), [], describePlatform)).toHaveLength(31);
});
