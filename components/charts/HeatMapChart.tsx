/** Hour of day by weekday: when the burden falls, with hours outside the working time visible at a glance. */
import type { ChartConfiguration } from 'chart.js';
import type { MatrixDataPoint } from 'chartjs-chart-matrix';
import { useMemo } from 'preact/hooks';
import { formatMinutes, t } from '../i18n';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';
import { heatColour } from './palette';

export interface HeatMapChartProps {
  /** 7 rows (weekdays in display order) x 24 hours of minutes */
  heat: readonly (readonly number[])[];
  rowLabels: readonly string[];
  caption: string;
}

interface HeatCell extends MatrixDataPoint {
  minutes: number;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function HeatMapChart({ heat, rowLabels, caption }: HeatMapChartProps) {
  const config = useMemo((): ChartConfiguration<'matrix', HeatCell[]> => {
    const max = Math.max(0, ...heat.flat());
    const cells: HeatCell[] = [];
    heat.forEach((row, rowIndex) => {
      row.forEach((minutes, hour) => {
        cells.push({ x: String(hour), y: rowLabels[rowIndex] ?? '', minutes } as unknown as HeatCell);
      });
    });
    return {
      type: 'matrix',
      data: {
        datasets: [
          {
            label: caption,
            data: cells,
            backgroundColor: (context) =>
              heatColour((context.raw as HeatCell | undefined)?.minutes ?? 0, max),
            borderColor: '#ffffff',
            borderWidth: 1,
            width: ({ chart }) => (chart.chartArea?.width ?? 0) / 24 - 1,
            height: ({ chart }) => (chart.chartArea?.height ?? 0) / 7 - 1,
          },
        ],
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {
            type: 'category',
            labels: HOURS.map(String),
            offset: true,
            grid: { display: false },
            title: { display: true, text: t('dashHeatHourAxis') },
          },
          // Category scales run bottom-up; reversed, the week reads top-down from its first day.
          y: {
            type: 'category',
            labels: [...rowLabels],
            offset: true,
            reverse: true,
            grid: { display: false },
          },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: () => '',
              label: (item) => {
                const cell = item.raw as HeatCell;
                return t('dashHeatCell', {
                  weekday: cell.y,
                  hour: cell.x,
                  duration: formatMinutes(cell.minutes),
                });
              },
            },
          },
        },
      },
    };
  }, [heat, rowLabels, caption]);
  return (
    <ChartFigure
      label={caption}
      config={config as unknown as ChartConfiguration}
      height={230}
      testId="heat-map"
      table={
        <DataTable
          caption={caption}
          columns={[t('dashColumnDay'), ...HOURS.map((hour) => t('dashHourColumn', { hour }))]}
          rows={heat.map((row, index) => [
            rowLabels[index] ?? '',
            ...row.map((minutes) => formatMinutes(minutes)),
          ])}
        />
      }
    />
  );
}
