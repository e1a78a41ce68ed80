/**
 * What the popup shows, without any database code: the page draws its first frame with this alone, and the live
 * popup (Popup.tsx) renders the same view with the check-in controls once Dexie has loaded.
 */
import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import { formatMinutes, t, uiLocale } from '../i18n';
import { checkinTypeLabel } from '../review/labels';
import { storageErrorMessage } from '../storageErrorMessage';
import type { LiveResult } from '../useLiveQuery';
import type { TodayView } from './todayView';

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
          <span>{t('popupCount', { count: entry.count })}</span>
        </li>
      ))}
    </ul>
  );
}

/** A dashboard page; target _blank opens it in a tab, and the popup closes as the tab takes the focus. */
export function dashboardUrl(hash: string): string {
  return browser.runtime.getURL(`/dashboard.html${hash}`);
}

export interface PopupViewProps {
  result: LiveResult<TodayView>;
  /** the time the running timer counts to */
  now: number;
  /** the controls that need the database (quick check-ins, detections, the summary button) */
  children?: ComponentChildren;
}

export function PopupView({ result, now, children }: PopupViewProps) {
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
          {storageErrorMessage(result.error)}
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
      {children}
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
