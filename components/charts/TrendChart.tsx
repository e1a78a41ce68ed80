/** Lines over the last weeks: total time, time after hours and time on rest days. */
import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'preact/hooks';
import type { WeekTrendPoint } from '../../utils/stats/weeklyTrend';
import { formatMinutes, t } from '../i18n';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';
import { OKABE_ITO } from './palette';

export interface TrendChartProps {
  trend: readonly WeekTrendPoint[];
  weekLabel: (point: WeekTrendPoint) => string;
  caption: string;
}

export function TrendChart({ trend, weekLabel, caption }: TrendChartProps) {
  const series = useMemo(
    () => [
      {
        label: t('dashTrendTotal'),
        colour: OKABE_ITO.blue,
        dash: [] as number[],
        point: 'circle' as const,
        pick: (p: WeekTrendPoint) => p.totalMinutes,
      },
      {
        label: t('dashTrendAfterHours'),
        colour: OKABE_ITO.vermillion,
        dash: [6, 4],
        point: 'triangle' as const,
        pick: (p: WeekTrendPoint) => p.afterHoursMinutes,
      },
      {
        label: t('dashTrendWeekend'),
        colour: OKABE_ITO.reddishPurple,
        dash: [2, 3],
        point: 'rect' as const,
        pick: (p: WeekTrendPoint) => p.weekendMinutes,
      },
    ],
    [],
  );
  const config = useMemo(
    (): ChartConfiguration<'line'> => ({
      type: 'line',
      data: {
        labels: trend.map(weekLabel),
        // Dashes and point shapes as well as colours, so the lines stay apart in grey print and for colour-blind readers.
        datasets: series.map((line) => ({
          label: line.label,
          data: trend.map((point) => line.pick(point) / 60),
          borderColor: line.colour,
          backgroundColor: line.colour,
          borderDash: line.dash,
          borderWidth: 2,
          tension: 0,
          pointStyle: line.point,
          pointRadius: 4,
        })),
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: { beginAtZero: true, ticks: { callback: (value) => t('dashHoursTick', { hours: value }) } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label ?? ''}: ${formatMinutes((item.parsed.y ?? 0) * 60)}`,
            },
          },
        },
      },
    }),
    [trend, weekLabel, series],
  );
  return (
    <ChartFigure
      label={caption}
      config={config as ChartConfiguration}
      height={220}
      testId="trend"
      table={
        <DataTable
          caption={caption}
          columns={[t('dashColumnWeek'), ...series.map((line) => line.label)]}
          rows={trend.map((point) => [
            weekLabel(point),
            ...series.map((line) => formatMinutes(line.pick(point))),
          ])}
        />
      }
    />
  );
}
