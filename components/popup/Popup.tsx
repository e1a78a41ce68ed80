/** The popup: what is being timed now, today's time per platform and today's check-ins, live from the database. */
import { browser } from 'wxt/browser';
import { todayRecords } from '../../utils/db/reviewQueries';
import { localDayOf } from '../../utils/stats/localTime';
import { DetectedCheckins } from '../checkins/DetectedCheckins';
import { QuickCheckin } from '../checkins/QuickCheckin';
import { lazyPart } from '../lazyPart';
import { SampleDataBanner } from '../SampleDataBanner';
import { CopyWeekSummaryButton } from '../share/CopyWeekSummaryButton';
import { useLiveQuery, useNow } from '../useLiveQuery';
import { dashboardUrl, PopupView } from './PopupView';
import { type TodayView, todayViewOf } from './todayView';

/** The burdens off the browser (outside time, events, detections to review): loaded once the popup is up. */
const OffBrowser = lazyPart(
  () => import('./OffBrowser').then((module) => module.OffBrowser),
  'the part off the browser',
);

export interface PopupProps {
  /** today's view, read while the page started, so the first frame already has the numbers */
  initialView?: TodayView;
}

export function Popup({ initialView }: PopupProps) {
  const now = useNow(1000);
  // Re-read once a minute as well, so the running span's minutes move even when nothing is written.
  const minute = Math.floor(now / 60_000);
  const result = useLiveQuery(
    async () => todayViewOf(await todayRecords(localDayOf(Date.now())), Date.now()),
    [minute],
    initialView,
  );
  return (
    <PopupView result={result} now={now} banner={<SampleDataBanner />}>
      <QuickCheckin />
      <DetectedCheckins />
      <OffBrowser />
      <div class="popup-share">
        <CopyWeekSummaryButton
          onOpenSharePage={() => void browser.tabs.create({ url: dashboardUrl('#share') })}
        />
      </div>
    </PopupView>
  );
}
