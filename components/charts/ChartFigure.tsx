/**
 * An SVG chart with an accessible name, its legend and its data table. The SVG is drawn with the render, in the
 * same frame as the period's numbers: no library to load, nothing to wait for (docs/benchmarks.md, issue 17).
 * Its width follows the page through the viewBox; each mark says its figure on hover through an SVG <title>.
 */
import type { ComponentChildren } from 'preact';
import { LegendSample, type LegendSampleProps } from './ChartMarks';

export interface LegendItem extends LegendSampleProps {
  label: string;
}

export interface ChartFigureProps {
  /** what the chart shows, in one sentence: the drawing's accessible name */
  label: string;
  /** the viewBox, in the drawing's own units; the figure scales it to the width it is given */
  width: number;
  height: number;
  /** the marks, axes and labels, in viewBox units */
  children: ComponentChildren;
  legend?: readonly LegendItem[];
  /** the DataTable with the same numbers */
  table: ComponentChildren;
  testId?: string;
}

export function ChartFigure({ label, width, height, children, legend, table, testId }: ChartFigureProps) {
  return (
    // data-chart-drawn: drawn with the render (the bench's contract for "this chart is painted").
    <figure class="chart" data-testid={testId} data-chart-drawn="">
      <svg class="chart-svg" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {children}
      </svg>
      {legend && legend.length > 0 && (
        // The table says the same to a screen reader; the legend is for the eye.
        <ul class="chart-legend" aria-hidden="true">
          {legend.map((item) => (
            <li key={item.label}>
              <LegendSample colour={item.colour} dash={item.dash} marker={item.marker} />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      {table}
    </figure>
  );
}
