/** Chart.js, loaded on first use so the dashboard's first paint does not wait for it. */
import type { Chart as ChartType } from 'chart.js';

let loading: Promise<typeof ChartType> | undefined;
let loaded: typeof ChartType | undefined;

export function loadChartJs(): Promise<typeof ChartType> {
  loading ??= import('./chartSetup').then((module) => {
    loaded = module.Chart;
    return module.Chart;
  });
  return loading;
}

/** Chart.js if it has loaded already, so a chart can be drawn in the same frame as the page around it. */
export function loadedChartJs(): typeof ChartType | undefined {
  return loaded;
}
