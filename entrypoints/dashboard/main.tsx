import { render } from 'preact';
import { Dashboard, readDashboardStart } from '../../components/dashboard/Dashboard';
import { localDayOf } from '../../utils/stats/localTime';

// The first frame waits for what it shows, read in one round: the language, the view's data and Chart.js
// (docs/benchmarks.md). Rendering before them would only paint a blank page and draw everything again.
readDashboardStart(location.hash, localDayOf(Date.now())).then((start) => {
  render(<Dashboard start={start} />, document.getElementById('app')!);
});
