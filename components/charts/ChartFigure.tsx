/** A Chart.js canvas with an accessible name and its data table; the library loads on first use. */
import type { ChartConfiguration } from 'chart.js';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { loadChartJs, loadedChartJs } from './loadChartJs';

export interface ChartFigureProps {
  /** what the chart shows, in one sentence: the canvas's accessible name */
  label: string;
  /** rebuilt charts are cheap; pass a memoized configuration so it changes only with the data */
  config: ChartConfiguration;
  height: number;
  /** the DataTable with the same numbers */
  table: ComponentChildren;
  testId?: string;
}

export function ChartFigure({ label, config, height, table, testId }: ChartFigureProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  // A layout effect: with Chart.js loaded, the chart is drawn before the browser paints the figure around it.
  useLayoutEffect(() => {
    let cancelled = false;
    let chart: { destroy(): void } | undefined;
    const Loaded = loadedChartJs();
    if (Loaded && canvas.current) chart = new Loaded(canvas.current, config);
    else
      loadChartJs().then(
        (Chart) => {
          if (!cancelled && canvas.current) chart = new Chart(canvas.current, config);
        },
        () => setFailed(true),
      );
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [config]);
  return (
    <figure class="chart" data-testid={testId}>
      {failed ? (
        <p class="muted">{t('dashChartFailed')}</p>
      ) : (
        <div class="chart-box" style={{ height: `${height}px` }}>
          <canvas ref={canvas} role="img" aria-label={label} />
        </div>
      )}
      {table}
    </figure>
  );
}
