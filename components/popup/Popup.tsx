/** The popup: what is being timed now, today's time per platform and today's check-ins, live from the database. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DetectedCheckins } from '../checkins/DetectedCheckins';
import { QuickCheckin } from '../checkins/QuickCheckin';
import { formatMinutes, t, uiLocale } from '../i18n';
import { checkinTypeLabel } from '../review/labels';
import type { CopyWeekSummaryButtonProps } from '../share/CopyWeekSummaryButton';
import { useLiveQuery, useNow } from '../useLiveQuery';
import { type TodayView, todayView } from './todayView';

function formatTimer(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hh = Math.floor(seconds / 3600);
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
}

function NowTracking({ view, now }: { view: TodayView; now: number }) {
  if (!view.now) return <p class="muted">{t('popupNotTracking')}</p>;
  return (
    <div class="now" data-testid="now-tracking">
      <span class={view.now.kind === 'media' ? 'dot media' : 'dot'} aria-hidden="true" />
      <span class="name">{view.now.name}</span>
      {view.now.kind === 'media' && <span class="muted">{t('popupMediaKind')}</span>}
      <span class="timer" role="timer" aria-label={t('popupNowTracking')}>
        {formatTimer(now - view.now.start)}
      </span>
    </div>
  );
}

function TodayTotals({ view }: { view: TodayView }) {
  if (view.platforms.length === 0) return <p class="muted">{t('popupTodayEmpty')}</p>;
  const english = uiLocale() !== 'zh_CN';
  return (
    <>
      <div class="total" data-testid="today-total">
        {formatMinutes(view.totalMinutes)}
      </div>
      <ul class="platforms">
        {view.platforms.map((platform) => (
          <li key={platform.platformId} data-platform-id={platform.platformId}>
            <span>{english ? (platform.nameEn ?? platform.name) : platform.name}</span>
            <span>{formatMinutes(platform.minutes)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function TodayCheckins({ view }: { view: TodayView }) {
  if (view.checkins.length === 0) return <p class="muted">{t('popupCheckinsEmpty')}</p>;
  return (
    <ul class="platforms" data-testid="today-checkins">
      {view.checkins.map((entry) => (
        <li key={entry.type} data-type={entry.type}>
          <span>{checkinTypeLabel(entry.type)}</span>
          <span>{t('popupCount', String(entry.count))}</span>
        </li>
      ))}
    </ul>
  );
}

/** A dashboard page; target _blank opens it in a tab, and the popup closes as the tab takes the focus. */
function dashboardUrl(hash: string): string {
  return browser.runtime.getURL(`/dashboard.html${hash}`);
}

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

export interface PopupProps {
  /** today's view, read while the page started, so the first frame already has the numbers */
  initialView?: TodayView;
}

export function Popup({ initialView }: PopupProps) {
  const now = useNow(1000);
  // Re-read once a minute as well, so the running span's minutes move even when nothing is written.
  const minute = Math.floor(now / 60_000);
  const result = useLiveQuery(() => todayView(Date.now()), [minute], initialView);
  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        <a href={dashboardUrl('')} target="_blank" rel="noopener" data-testid="open-dashboard">
          {t('popupOpenDashboard')}
        </a>
      </header>
      {result.status === 'loading' && <section class="muted">{t('popupLoading')}</section>}
      {result.status === 'error' && (
        <section class="error" role="alert">
          {t('storageError', result.error)}
        </section>
      )}
      {result.status === 'ready' && (
        <>
          <section>
            <h2>{t('popupNowTracking')}</h2>
            <NowTracking view={result.value} now={now} />
          </section>
          <section>
            <h2>{t('popupToday')}</h2>
            <TodayTotals view={result.value} />
          </section>
          <section>
            <h2>{t('popupCheckinsToday')}</h2>
            <TodayCheckins view={result.value} />
          </section>
        </>
      )}
      <QuickCheckin />
      <DetectedCheckins />
      <div class="popup-share">
        <LazyCopyWeekSummaryButton
          onOpenSharePage={() => void browser.tabs.create({ url: dashboardUrl('#share') })}
        />
      </div>
      <footer class="links">
        <a href={dashboardUrl('#share')} target="_blank" rel="noopener" data-testid="weekly-summary">
          {t('popupWeeklySummary')}
        </a>
        <a href={dashboardUrl('#day')} target="_blank" rel="noopener">
          {t('popupEditToday')}
        </a>
      </footer>
    </main>
  );
}
