/** The popup: what is being timed now, today's time per platform and today's check-ins, live from the database. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { todayRecords } from '../../utils/db/reviewQueries';
import { localDayOf } from '../../utils/stats/localTime';
import { DetectedCheckins } from '../checkins/DetectedCheckins';
import { QuickCheckin } from '../checkins/QuickCheckin';
import { SampleDataBanner } from '../SampleDataBanner';
import type { CopyWeekSummaryButtonProps } from '../share/CopyWeekSummaryButton';
import { useLiveQuery, useNow } from '../useLiveQuery';
import { lazyPart } from './lazyPart';
import { dashboardUrl, PopupView } from './PopupView';
import { type TodayView, todayViewOf } from './todayView';

/**
 * The summary's code (building, noise, text) weighs more than the rest of the popup: it loads right after the
 * first paint, so the popup opens at once and the button appears a moment later.
 */
function LazyCopyWeekSummaryButton(props: CopyWeekSummaryButtonProps) {
  const [Button, setButton] = useState<((props: CopyWeekSummaryButtonProps) => preact.JSX.Element) | null>(
    null,
  );
  useEffect(() => {
    let mounted = true;
    import('../share/CopyWeekSummaryButton').then(
      (module) => mounted && setButton(() => module.CopyWeekSummaryButton),
      (error: unknown) => console.error('[指尖账本] the weekly summary could not be loaded', error),
    );
    return () => {
      mounted = false;
    };
  }, []);
  return Button ? <Button {...props} /> : null;
}

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
        <LazyCopyWeekSummaryButton
          onOpenSharePage={() => void browser.tabs.create({ url: dashboardUrl('#share') })}
        />
      </div>
    </PopupView>
  );
}
