// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DailyBarsChart, OUTSIDE_COLOUR } from '../../../components/charts/DailyBarsChart';
import { PlatformShareChart } from '../../../components/charts/PlatformShareChart';
import { CATEGORY_COLOURS } from '../../../components/charts/palette';
import { TrendChart } from '../../../components/charts/TrendChart';
import type { DailyMinutes } from '../../../utils/stats/dailySeries';
import type { Period } from '../../../utils/stats/periodTotals';
import type { WeekTrendPoint } from '../../../utils/stats/weeklyTrend';

afterEach(cleanup);

const num = (element: Element, name: string) => Number(element.getAttribute(name));

const DAILY: DailyMinutes[] = [
  { day: '2025-06-02', byCategory: { 学习教育: 60, 党建: 30 }, total: 90 },
  { day: '2025-06-03', byCategory: { 学习教育: 120 }, total: 120 },
  { day: '2025-06-04', byCategory: {}, total: 0 },
];

describe('the daily bars, SVG', () => {
  it('stacks each day’s categories, heights in proportion to minutes, named by the caption and marked drawn', () => {
    render(
      <DailyBarsChart daily={DAILY} categories={['学习教育', '党建']} dayLabel={(d) => d} caption="每天" />,
    );
    expect(screen.getByRole('img', { name: '每天' }).tagName.toLowerCase()).toBe('svg');
    expect(screen.getByTestId('daily-bars').hasAttribute('data-chart-drawn')).toBe(true);
    const monday = document.querySelectorAll('[data-day="2025-06-02"] rect');
    expect(monday).toHaveLength(2);
    const [study, party] = [...monday];
    expect(study!.getAttribute('fill')).toBe(CATEGORY_COLOURS.学习教育);
    expect(num(study!, 'height') / num(party!, 'height')).toBeCloseTo(2, 6);
    // stacked: the second category sits on the first
    expect(num(party!, 'y') + num(party!, 'height')).toBeCloseTo(num(study!, 'y'), 6);
    const tuesday = document.querySelector('[data-day="2025-06-03"] rect')!;
    expect(num(tuesday, 'height')).toBeCloseTo(num(study!, 'height') * 2, 6);
    expect(document.querySelectorAll('[data-day="2025-06-04"] rect')).toHaveLength(0);
    expect(tuesday.querySelector('title')!.textContent).toContain('2小时');
    // legend: one entry per category, no outside entry without outside time
    expect([...document.querySelectorAll('.chart-legend li')].map((li) => li.textContent)).toEqual([
      '学习教育',
      '党建',
    ]);
  });

  it('draws time outside the browser as a bar of its own beside the stack, never on it', async () => {
    render(
      <DailyBarsChart
        daily={DAILY}
        categories={['学习教育', '党建']}
        dayLabel={(d) => d}
        caption="每天"
        outside={[45, 0, 30]}
      />,
    );
    const outside = document.querySelector('[data-day="2025-06-02"] rect[data-outside]')!;
    const [study, party] = [...document.querySelectorAll('[data-day="2025-06-02"] rect:not([data-outside])')];
    expect(outside.getAttribute('fill')).toBe(OUTSIDE_COLOUR);
    expect(num(outside, 'x')).toBeCloseTo(num(study!, 'x') + num(study!, 'width'), 6);
    // from the baseline: its bottom is the stack's bottom, its height half the 90-minute stack's
    expect(num(outside, 'y') + num(outside, 'height')).toBeCloseTo(
      num(study!, 'y') + num(study!, 'height'),
      6,
    );
    expect(num(outside, 'height')).toBeCloseTo((num(study!, 'height') + num(party!, 'height')) / 2, 6);
    expect(document.querySelectorAll('rect[data-outside]')).toHaveLength(2);
    expect(document.querySelector('.chart-legend')!.textContent).toContain('浏览器外用时');
    expect((await screen.findByRole('table', { name: '每天' })).textContent).toContain('浏览器外用时');
  });
});

const week = (firstDay: string): Period =>
  ({ kind: 'week', firstDay, lastDay: firstDay }) as unknown as Period;
const TREND: WeekTrendPoint[] = [
  { period: week('2025-05-26'), totalMinutes: 120, afterHoursMinutes: 30, weekendMinutes: 0 },
  { period: week('2025-06-02'), totalMinutes: 240, afterHoursMinutes: 60, weekendMinutes: 15 },
];

describe('the trend, SVG', () => {
  it('draws three lines apart by dash and marker, a point per week, higher for more', async () => {
    render(<TrendChart trend={TREND} weekLabel={(p) => p.period.firstDay} caption="趋势" />);
    expect(screen.getByRole('img', { name: '趋势' })).toBeTruthy();
    expect(screen.getByTestId('trend').hasAttribute('data-chart-drawn')).toBe(true);
    const lines = [...document.querySelectorAll('.chart-line')];
    expect(lines.map((line) => line.getAttribute('data-line'))).toEqual(['circle', 'triangle', 'square']);
    const dashes = lines.map((line) => line.querySelector('polyline')!.getAttribute('stroke-dasharray'));
    expect(new Set(dashes).size).toBe(3);
    const total = lines[0]!.querySelector('polyline')!.getAttribute('points')!.split(' ');
    expect(total).toHaveLength(2);
    const [first, second] = total.map((point) => Number(point.split(',')[1]));
    expect(second!).toBeLessThan(first!);
    expect(document.querySelectorAll('.chart-legend li')).toHaveLength(3);
    expect((await screen.findByRole('table', { name: '趋势' })).querySelectorAll('tbody tr')).toHaveLength(2);
  });
});

describe('the platform share, SVG', () => {
  it('draws a bar per platform, longest first, in proportion, with its figure', async () => {
    const shares = [
      { platformId: 'xuexi', name: '学习强国', minutes: 300, percent: 75 },
      { platformId: '12371', name: '共产党员网', minutes: 100, percent: 25 },
    ];
    render(<PlatformShareChart shares={shares} caption="占比" />);
    expect(screen.getByTestId('platform-share').hasAttribute('data-chart-drawn')).toBe(true);
    const bars = [...document.querySelectorAll('[data-testid="platform-share"] rect.chart-bar')];
    expect(bars).toHaveLength(2);
    expect(num(bars[0]!, 'width') / num(bars[1]!, 'width')).toBeCloseTo(3, 6);
    expect(document.querySelector('svg')!.textContent).toContain('5小时 (75%)');
    expect((await screen.findByRole('table', { name: '占比' })).querySelectorAll('tbody tr')).toHaveLength(2);
  });
});
