/** Horizontal bars: each platform's share of the period's time, longest first. */
import { formatMinutes, t } from '../i18n';
import type { PlatformShare } from '../review/periodView';
import { hoursAxis } from './axis';
import { ChartFigure } from './ChartFigure';
import { CHART_FONT, HoursGridX } from './ChartMarks';
import { DataTable } from './DataTable';
import { OKABE_ITO } from './palette';

const WIDTH = 480;
const ROW = 34;
/** The name column and the room left at the right for each bar's figure, in viewBox units. */
const NAMES = 150;
const FIGURES = 110;
/** Longer names are cut with an ellipsis; the whole name is in the bar's title and the data table. */
const NAME_CHARACTERS = 11;

export function PlatformShareChart({
  shares,
  caption,
}: {
  shares: readonly PlatformShare[];
  caption: string;
}) {
  const height = Math.max(120, ROW * shares.length + 40);
  const plot = { left: NAMES, right: WIDTH - FIGURES, top: 6, bottom: height - 24 };
  const axis = hoursAxis(Math.max(0, ...shares.map((share) => share.minutes / 60)), 3);
  const x = (hours: number) => plot.left + (hours / axis.top) * (plot.right - plot.left);
  const row = (plot.bottom - plot.top) / Math.max(1, shares.length);
  return (
    <ChartFigure
      label={caption}
      width={WIDTH}
      height={height}
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
    >
      <HoursGridX ticks={axis.ticks} at={x} across={[plot.top, plot.bottom]} />
      {shares.map((share, index) => {
        const middle = plot.top + (index + 0.5) * row;
        const figure = `${formatMinutes(share.minutes)} (${Math.round(share.percent)}%)`;
        const name =
          share.name.length > NAME_CHARACTERS ? `${share.name.slice(0, NAME_CHARACTERS - 1)}…` : share.name;
        return (
          <g key={share.name} data-minutes={share.minutes}>
            <title>{`${share.name}: ${figure}`}</title>
            <text class="chart-label" x={plot.left - 6} y={middle + CHART_FONT / 3} text-anchor="end">
              {name}
            </text>
            <rect
              class="chart-bar"
              x={plot.left}
              y={middle - row * 0.35}
              width={x(share.minutes / 60) - plot.left}
              height={row * 0.7}
              fill={OKABE_ITO.blue}
            />
            <text class="chart-label" x={x(share.minutes / 60) + 4} y={middle + CHART_FONT / 3}>
              {figure}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
