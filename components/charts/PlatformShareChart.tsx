/** Horizontal bars: each platform's share of the period's time, longest first. */
import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'preact/hooks';
import { formatMinutes, t } from '../i18n';
import type { PlatformShare } from '../review/periodView';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';
import { OKABE_ITO } from './palette';

export function PlatformShareChart({
  shares,
  caption,
}: {
  shares: readonly PlatformShare[];
  caption: string;
}) {
  const config = useMemo(
    (): ChartConfiguration<'bar'> => ({
      type: 'bar',
      data: {
        labels: shares.map((share) => share.name),
        datasets: [
          {
            label: t('dashColumnMinutes'),
            data: shares.map((share) => share.minutes / 60),
            backgroundColor: OKABE_ITO.blue,
            borderWidth: 0,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { beginAtZero: true, ticks: { callback: (value) => t('dashHoursTick', { hours: value }) } },
          y: { grid: { display: false } },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item) => {
                const share = shares[item.dataIndex];
                return share ? `${formatMinutes(share.minutes)} (${Math.round(share.percent)}%)` : '';
              },
            },
          },
        },
      },
    }),
    [shares],
  );
  return (
    <ChartFigure
      label={caption}
      config={config as ChartConfiguration}
      height={Math.max(120, 34 * shares.length + 40)}
      testId="platform-share"
      table={
        <DataTable
          caption={caption}
          columns={[t('dashColumnPlatform'), t('dashColumnMinutes'), t('dashColumnShare')]}
          rows={shares.map((share) => [
            share.name,
            formatMinutes(share.minutes),
            `${Math.round(share.percent)}%`,
          ])}
        />
      }
    />
  );
}
