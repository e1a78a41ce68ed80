import { render } from 'preact';
import { loadChartJs } from '../../components/charts/loadChartJs';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { applyLocaleSetting } from '../../components/i18n';
import { readSettings } from '../../utils/db/settingsStore';

// Start what the first view waits for at once, in parallel: the chosen language's strings (the Dashboard
// applies them again, from the module cache) and, for the week and month views, Chart.js.
readSettings()
  .then((settings) => applyLocaleSetting(settings.locale))
  .catch(() => undefined);
if (/^(#(week|month)\b.*)?$/.test(location.hash)) loadChartJs().catch(() => undefined);
render(<Dashboard />, document.getElementById('app')!);
