/** Lines over the last weeks: total time, time after hours and time on rest days. */
import { useMemo } from 'preact/hooks';
import type { WeekTrendPoint } from '../../utils/stats/weeklyTrend';
import { formatMinutes, t } from '../i18n';
import { hoursAxis } from './axis';
import { ChartFigure } from './ChartFigure';
import { CHART_FONT, HoursGridY, Marker, type MarkerShape } from './ChartMarks';
import { DataTable } from './DataTable';
import { OKABE_ITO } from './palette';

export interface TrendChartProps {
  trend: readonly WeekTrendPoint[];
  weekLabel: (point: WeekTrendPoint) => string;
  caption: string;
}

const WIDTH = 960;
const HEIGHT = 220;
const PLOT = { left: 56, right: WIDTH - 8, top: 10, bottom: HEIGHT - 26 };

interface Line {
  label: string;
  colour: string;
  /** stroke-dasharray: dashes and point shapes as well as colours, for grey print and colour-blind readers */
  dash: string;
  marker: MarkerShape;
  pick: (point: WeekTrendPoint) => number;
}

export function TrendChart({ trend, weekLabel, caption }: TrendChartProps) {
  const lines = useMemo(
    (): Line[] => [
      {
        label: t('dashTrendTotal'),
        colour: OKABE_ITO.blue,
        dash: '',
        marker: 'circle',
        pick: (p) => p.totalMinutes,
      },
      {
        label: t('dashTrendAfterHours'),
        colour: OKABE_ITO.vermillion,
        dash: '6 4',
        marker: 'triangle',
        pick: (p) => p.afterHoursMinutes,
      },
      {
        label: t('dashTrendWeekend'),
        colour: OKABE_ITO.reddishPurple,
        dash: '2 3',
        marker: 'square',
        pick: (p) => p.weekendMinutes,
      },
    ],
    [],
  );
  const axis = hoursAxis(
    Math.max(0, ...trend.flatMap((point) => lines.map((line) => line.pick(point) / 60))),
  );
  const y = (minutes: number) => PLOT.bottom - (minutes / 60 / axis.top) * (PLOT.bottom - PLOT.top);
  const band = (PLOT.right - PLOT.left) / Math.max(1, trend.length);
  const x = (index: number) => PLOT.left + (index + 0.5) * band;
  return (
    <ChartFigure
      label={caption}
      width={WIDTH}
      height={HEIGHT}
      legend={lines}
      testId="trend"
      table={
        <DataTable
          caption={caption}
          columns={[t('dashColumnWeek'), ...lines.map((line) => line.label)]}
          rows={trend.map((point) => [
            weekLabel(point),
            ...lines.map((line) => formatMinutes(line.pick(point))),
          ])}
        />
      }
    >
      <HoursGridY ticks={axis.ticks} at={(hours) => y(hours * 60)} across={[PLOT.left, PLOT.right]} />
      {trend.map((point, index) => (
        <text
          key={index}
          class="chart-label"
          x={x(index)}
          y={PLOT.bottom + CHART_FONT + 6}
          text-anchor="middle"
        >
          {weekLabel(point)}
        </text>
      ))}
      {lines.map((line) => (
        <g key={line.label} class="chart-line" data-line={line.marker}>
          <polyline
            points={trend.map((point, index) => `${x(index)},${y(line.pick(point))}`).join(' ')}
            fill="none"
            stroke={line.colour}
            stroke-width={2}
            stroke-dasharray={line.dash || undefined}
          />
          {trend.map((point, index) => (
            <g key={index} data-minutes={line.pick(point)}>
              <title>{`${weekLabel(point)} ${line.label}: ${formatMinutes(line.pick(point))}`}</title>
              <Marker shape={line.marker} x={x(index)} y={y(line.pick(point))} colour={line.colour} />
            </g>
          ))}
        </g>
      ))}
    </ChartFigure>
  );
}
