/** Chart.js, loaded on first use so the dashboard's first paint does not wait for it. */
import type { Chart as ChartType } from 'chart.js';

let loading: Promise<typeof ChartType> | undefined;

export function loadChartJs(): Promise<typeof ChartType> {
  loading ??= import('./chartSetup').then((module) => module.Chart);
  return loading;
}
