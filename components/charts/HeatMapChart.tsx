/**
 * Hour of day by weekday: when the burden falls, with hours outside the working time visible at a glance. A plain
 * DOM grid (DESIGN.md §6 allows it for the heat map): drawn in the frame that shows the period's numbers, with no
 * chart library to wait for, and each cell says its figure on hover. The numbers are also in the data table.
 */
import { formatMinutes, t } from '../i18n';
import { DataTable } from './DataTable';
import { heatColour } from './palette';

export interface HeatMapChartProps {
  /** 7 rows (weekdays in display order) x 24 hours of minutes */
  heat: readonly (readonly number[])[];
  rowLabels: readonly string[];
  caption: string;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function HeatMapChart({ heat, rowLabels, caption }: HeatMapChartProps) {
  const max = Math.max(0, ...heat.flat());
  return (
    // data-chart-drawn: drawn with the render (the bench's contract for a chart without a canvas).
    <figure class="chart" data-testid="heat-map" data-chart-drawn="">
      <div class="heat-grid" role="img" aria-label={caption}>
        <span />
        {HOURS.map((hour) => (
          <span key={`h${hour}`} class="heat-hour">
            {hour % 3 === 0 ? hour : ''}
          </span>
        ))}
        {heat.map((row, rowIndex) => {
          const weekday = rowLabels[rowIndex] ?? '';
          return [
            <span key={`d${rowIndex}`} class="heat-day">
              {weekday}
            </span>,
            ...row.map((minutes, hour) => (
              <span
                key={`c${rowIndex}-${hour}`}
                class="heat-cell"
                data-minutes={minutes}
                style={{ background: heatColour(minutes, max) }}
                title={t('dashHeatCell', { weekday, hour, duration: formatMinutes(minutes) })}
              />
            )),
          ];
        })}
      </div>
      <p class="heat-axis muted">{t('dashHeatHourAxis')}</p>
      <DataTable
        caption={caption}
        columns={[t('dashColumnDay'), ...HOURS.map((hour) => t('dashHourColumn', { hour }))]}
        rows={heat.map((row, index) => [
          rowLabels[index] ?? '',
          ...row.map((minutes) => formatMinutes(minutes)),
        ])}
      />
    </figure>
  );
}
