/**
 * Chart.js with only the controllers, elements, scales and plugins our charts use registered. Named imports
 * let the bundler drop the rest of the library; this module is itself loaded lazily (loadChartJs.ts).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);
Chart.defaults.font.family =
  'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
Chart.defaults.color = '#1f2328';

export { Chart };
