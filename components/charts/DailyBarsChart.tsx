/**
 * Stacked bars: minutes per day, split by platform category; time outside the browser, when given, is a bar of its
 * own beside each day's stack (it may overlap browser time, so it is never stacked on it).
 */
import type { PlatformCategory } from '../../utils/platforms/platform';
import type { DailyMinutes } from '../../utils/stats/dailySeries';
import { formatMinutes, t } from '../i18n';
import { categoryLabel } from '../review/labels';
import { hoursAxis, labelEvery } from './axis';
import { ChartFigure, type LegendItem } from './ChartFigure';
import { CHART_FONT, HoursGridY } from './ChartMarks';
import { DataTable } from './DataTable';
import { CATEGORY_COLOURS } from './palette';

export interface DailyBarsChartProps {
  daily: readonly DailyMinutes[];
  categories: readonly PlatformCategory[];
  dayLabel: (day: string) => string;
  caption: string;
  /** minutes outside the browser per day, in the order of `daily`; no bar when none is above 0 */
  outside?: readonly number[];
}

/** Outside time's colour: apart from every category's. */
export const OUTSIDE_COLOUR = '#8a6d3b';

const WIDTH = 960;
const HEIGHT = 260;
const PLOT = { left: 56, right: WIDTH - 8, top: 10, bottom: HEIGHT - 26 };

export function DailyBarsChart({ daily, categories, dayLabel, caption, outside }: DailyBarsChartProps) {
  const outsideShown = outside?.some((minutes) => minutes > 0) ? outside : undefined;
  const axis = hoursAxis(
    Math.max(0, ...daily.map((entry) => entry.total / 60), ...(outsideShown ?? []).map((m) => m / 60)),
  );
  const y = (hours: number) => PLOT.bottom - (hours / axis.top) * (PLOT.bottom - PLOT.top);
  const band = (PLOT.right - PLOT.left) / Math.max(1, daily.length);
  const barWidth = band * (outsideShown ? 0.42 : 0.7);
  const every = labelEvery(daily.length, 16);
  const legend: LegendItem[] = [
    ...categories.map((category) => ({ label: categoryLabel(category), colour: CATEGORY_COLOURS[category] })),
    ...(outsideShown ? [{ label: t('dashOutsideTitle'), colour: OUTSIDE_COLOUR }] : []),
  ];
  return (
    <ChartFigure
      label={caption}
      width={WIDTH}
      height={HEIGHT}
      legend={legend}
      testId="daily-bars"
      table={
        <DataTable
          caption={caption}
          columns={[
            t('dashColumnDay'),
            ...categories.map(categoryLabel),
            t('dashColumnTotal'),
            ...(outsideShown ? [t('dashOutsideTitle')] : []),
          ]}
          rows={daily.map((entry, index) => [
            dayLabel(entry.day),
            ...categories.map((category) => formatMinutes(entry.byCategory[category] ?? 0)),
            formatMinutes(entry.total),
            ...(outsideShown ? [formatMinutes(outsideShown[index] ?? 0)] : []),
          ])}
        />
      }
    >
      <HoursGridY ticks={axis.ticks} at={y} across={[PLOT.left, PLOT.right]} />
      {daily.map((entry, index) => {
        const label = dayLabel(entry.day);
        const start = PLOT.left + index * band + (band - barWidth * (outsideShown ? 2 : 1)) / 2;
        const dayTotal = t('dashTooltipDayTotal', { total: formatMinutes(entry.total) });
        let stacked = 0;
        const outsideMinutes = outsideShown?.[index] ?? 0;
        return (
          <g key={entry.day} data-day={entry.day}>
            {categories.map((category) => {
              const minutes = entry.byCategory[category] ?? 0;
              if (minutes <= 0) return null;
              const top = y((stacked + minutes) / 60);
              const height = y(stacked / 60) - top;
              stacked += minutes;
              return (
                <rect
                  key={category}
                  class="chart-bar"
                  data-category={category}
                  data-minutes={minutes}
                  x={start}
                  y={top}
                  width={barWidth}
                  height={height}
                  fill={CATEGORY_COLOURS[category]}
                >
                  <title>{`${label} ${categoryLabel(category)}: ${formatMinutes(minutes)}\n${dayTotal}`}</title>
                </rect>
              );
            })}
            {outsideMinutes > 0 && (
              <rect
                class="chart-bar"
                data-outside=""
                data-minutes={outsideMinutes}
                x={start + barWidth}
                y={y(outsideMinutes / 60)}
                width={barWidth}
                height={PLOT.bottom - y(outsideMinutes / 60)}
                fill={OUTSIDE_COLOUR}
              >
                <title>{`${label} ${t('dashOutsideTitle')}: ${formatMinutes(outsideMinutes)}`}</title>
              </rect>
            )}
            {index % every === 0 && (
              <text
                class="chart-label"
                x={PLOT.left + (index + 0.5) * band}
                y={PLOT.bottom + CHART_FONT + 6}
                text-anchor="middle"
              >
                {label}
              </text>
            )}
          </g>
        );
      })}
    </ChartFigure>
  );
}
