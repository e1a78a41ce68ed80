/** The pieces the SVG charts share: the hours grid along either axis, point markers and legend samples. */
import { t } from '../i18n';

/** Text of the SVG charts, in viewBox units. */
export const CHART_FONT = 12;

export type MarkerShape = 'circle' | 'triangle' | 'square';

/** A point of a line: a shape as well as a colour, so lines stay apart in grey print and for colour-blind readers. */
export function Marker({
  shape,
  x,
  y,
  colour,
}: {
  shape: MarkerShape;
  x: number;
  y: number;
  colour: string;
}) {
  if (shape === 'circle') return <circle cx={x} cy={y} r={4} fill={colour} />;
  if (shape === 'square') return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={colour} />;
  return <path d={`M${x} ${y - 5}L${x + 4.5} ${y + 3.5}L${x - 4.5} ${y + 3.5}Z`} fill={colour} />;
}

export interface LegendSampleProps {
  colour: string;
  /** a line's dashes (stroke-dasharray); a swatch when neither this nor a marker is given */
  dash?: string;
  marker?: MarkerShape;
}

export function LegendSample({ colour, dash, marker }: LegendSampleProps) {
  if (dash === undefined && marker === undefined) {
    return <span class="chart-swatch" style={{ background: colour }} />;
  }
  return (
    <svg class="chart-sample" viewBox="0 0 28 12" width="28" height="12" aria-hidden="true">
      <line
        x1={0}
        y1={6}
        x2={28}
        y2={6}
        stroke={colour}
        stroke-width={2}
        stroke-dasharray={dash || undefined}
      />
      {marker && <Marker shape={marker} x={14} y={6} colour={colour} />}
    </svg>
  );
}

export interface GridProps {
  /** the tick values, in hours */
  ticks: readonly number[];
  /** where a value lies along the axis, in viewBox units */
  at: (hours: number) => number;
  /** the plot's extent across the axis: from, to */
  across: readonly [number, number];
}

/** Horizontal lines at each tick of a vertical hours axis, labelled at the left of the plot. */
export function HoursGridY({ ticks, at, across: [left, right] }: GridProps) {
  return (
    <g class="chart-grid">
      {ticks.map((hours) => (
        <g key={hours}>
          <line x1={left} x2={right} y1={at(hours)} y2={at(hours)} />
          <text x={left - 6} y={at(hours) + CHART_FONT / 3} text-anchor="end">
            {t('dashHoursTick', { hours })}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Vertical lines at each tick of a horizontal hours axis, labelled below the plot. */
export function HoursGridX({ ticks, at, across: [top, bottom] }: GridProps) {
  return (
    <g class="chart-grid">
      {ticks.map((hours) => (
        <g key={hours}>
          <line x1={at(hours)} x2={at(hours)} y1={top} y2={bottom} />
          <text x={at(hours)} y={bottom + CHART_FONT + 4} text-anchor="middle">
            {t('dashHoursTick', { hours })}
          </text>
        </g>
      ))}
    </g>
  );
}
