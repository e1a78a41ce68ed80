/** Stacked bars: minutes per day, split by platform category. */
import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'preact/hooks';
import type { PlatformCategory } from '../../utils/platforms/platform';
import type { DailyMinutes } from '../../utils/stats/dailySeries';
import { formatMinutes, t } from '../i18n';
import { categoryLabel } from '../review/labels';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';
import { CATEGORY_COLOURS } from './palette';

export interface DailyBarsChartProps {
  daily: readonly DailyMinutes[];
  categories: readonly PlatformCategory[];
  dayLabel: (day: string) => string;
  caption: string;
}

export function DailyBarsChart({ daily, categories, dayLabel, caption }: DailyBarsChartProps) {
  const config = useMemo(
    (): ChartConfiguration<'bar'> => ({
      type: 'bar',
      data: {
        labels: daily.map((entry) => dayLabel(entry.day)),
        datasets: categories.map((category) => ({
          label: categoryLabel(category),
          data: daily.map((entry) => (entry.byCategory[category] ?? 0) / 60),
          backgroundColor: CATEGORY_COLOURS[category],
          borderWidth: 0,
        })),
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, grid: { display: false } },
          y: {
            stacked: true,
            beginAtZero: true,
            ticks: { callback: (value) => t('dashHoursTick', { hours: value }) },
          },
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label ?? ''}: ${formatMinutes((item.parsed.y ?? 0) * 60)}`,
              footer: (items) =>
                t('dashTooltipDayTotal', {
                  total: formatMinutes(daily[items[0]?.dataIndex ?? 0]?.total ?? 0),
                }),
            },
          },
        },
      },
    }),
    [daily, categories, dayLabel],
  );
  return (
    <ChartFigure
      label={caption}
      config={config as ChartConfiguration}
      height={260}
      testId="daily-bars"
      table={
        <DataTable
          caption={caption}
          columns={[t('dashColumnDay'), ...categories.map(categoryLabel), t('dashColumnTotal')]}
          rows={daily.map((entry) => [
            dayLabel(entry.day),
            ...categories.map((category) => formatMinutes(entry.byCategory[category] ?? 0)),
            formatMinutes(entry.total),
          ])}
        />
      }
    />
  );
}
