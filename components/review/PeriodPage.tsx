/** The week or month view: totals and their change, bars by day, share by platform, check-ins, heat map, trend. */
import { useCallback, useEffect, useMemo } from 'preact/hooks';
import { fillDayRollupCache } from '../../utils/db/dayRollupCache';
import { type ReviewData, reviewData } from '../../utils/db/reviewQueries';
import { describePlatform } from '../../utils/platforms/matchPlatform';
import { weekdayNames } from '../../utils/stats/formatDuration';
import { parseDay } from '../../utils/stats/localTime';
import { periodOf, shiftPeriod } from '../../utils/stats/period';
import type { Period } from '../../utils/stats/periodTotals';
import type { WeekTrendPoint } from '../../utils/stats/weeklyTrend';
import { DailyBarsChart } from '../charts/DailyBarsChart';
import { HeatMapChart } from '../charts/HeatMapChart';
import { PlatformShareChart } from '../charts/PlatformShareChart';
import { TrendChart } from '../charts/TrendChart';
import { formatMinutes, t, uiLocale } from '../i18n';
import { ErrorNotice, Loading } from '../Notice';
import { useLiveQuery } from '../useLiveQuery';
import { checkinTypeLabel, dateLabel, periodLabel, platformName, shortDayLabel } from './labels';
import { OffBrowserCards, OffBrowserNotes } from './OffBrowserPanels';
import { daysToRead, type PeriodView, periodView } from './periodView';

export interface PeriodPageProps {
  kind: Period['kind'];
  /** any day inside the period to show */
  anchorDay: string;
  /** today, so "next" stops at the current period */
  today: string;
  onNavigate: (anchorDay: string) => void;
  /** this period's data, read while the page started, so the first frame already has the view */
  initial?: PeriodData;
}

/** What the period view computes from: the period (its week start comes from the settings) and its rows. */
export interface PeriodData {
  period: Period;
  data: ReviewData;
}

/**
 * One round of reads: the days both week starts could need are read with the settings, and the period is
 * computed from the settings afterwards (every consumer of the data picks its own days from it).
 */
export async function readPeriod(kind: Period['kind'], anchorDay: string): Promise<PeriodData> {
  const periods = ([0, 1] as const).map((weekStartsOn) => periodOf(kind, anchorDay, weekStartsOn));
  const ranges = ([0, 1] as const).map((weekStartsOn) => daysToRead(periods[weekStartsOn]!, weekStartsOn));
  // Totals for the trend and the comparison; check-ins are counted for the period alone.
  const days = spanOf(ranges);
  const data = await reviewData(days.firstDay, days.lastDay, spanOf(periods));
  return { period: periods[data.settings.weekStartsOn]!, data };
}

/** The first and last day of several ranges together (yyyy-MM-dd strings sort as dates). */
function spanOf(ranges: readonly { firstDay: string; lastDay: string }[]): {
  firstDay: string;
  lastDay: string;
} {
  return {
    firstDay: ranges.map((range) => range.firstDay).sort()[0]!,
    lastDay: ranges
      .map((range) => range.lastDay)
      .sort()
      .at(-1)!,
  };
}

export function PeriodPage({ kind, anchorDay, today, onNavigate, initial }: PeriodPageProps) {
  const result = useLiveQuery(() => readPeriod(kind, anchorDay), [kind, anchorDay], initial);
  // Past days computed from raw spans are cached once the view is drawn, so the next open reads a row a day.
  const uncachedPastDays = result.status === 'ready' ? result.value.data.uncachedPastDays : [];
  useEffect(() => {
    if (uncachedPastDays.length === 0) return;
    const timer = setTimeout(() => {
      fillDayRollupCache(uncachedPastDays).catch((error: unknown) =>
        console.warn('[指尖账本] could not cache day totals; they are computed again next time', error),
      );
    }, 500);
    return () => clearTimeout(timer);
  }, [uncachedPastDays]);
  const view = useMemo(() => {
    if (result.status !== 'ready') return null;
    const { period, data } = result.value;
    return periodView({
      period,
      ...data,
      describe: (id) => describePlatform(id, data.rules),
      nameOf: (id) => platformName(id, data.rules),
      othersLabel: t('dashOtherPlatforms'),
    });
  }, [result]);

  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorNotice error={result.error} />;
  if (!view) return null;
  const { period } = view;
  const isCurrent = today >= period.firstDay && today <= period.lastDay;
  return (
    <section aria-labelledby="period-title" class="period">
      <div class="period-nav">
        <button type="button" onClick={() => onNavigate(shiftPeriod(period, -1).firstDay)}>
          {kind === 'week' ? t('dashPreviousWeek') : t('dashPreviousMonth')}
        </button>
        <h2 id="period-title" data-testid="period-title">
          {periodLabel(period)}
        </h2>
        <button
          type="button"
          disabled={shiftPeriod(period, 1).firstDay > today}
          onClick={() => onNavigate(shiftPeriod(period, 1).firstDay)}
        >
          {kind === 'week' ? t('dashNextWeek') : t('dashNextMonth')}
        </button>
        {!isCurrent && (
          <button type="button" class="link" onClick={() => onNavigate(today)}>
            {kind === 'week' ? t('dashThisWeek') : t('dashThisMonth')}
          </button>
        )}
      </div>
      {view.isEmpty ? <EmptyPeriod kind={kind} /> : <PeriodBody view={view} />}
    </section>
  );
}

function EmptyPeriod({ kind }: { kind: Period['kind'] }) {
  return (
    <div class="empty" data-testid="empty-period">
      <p>{kind === 'week' ? t('dashEmptyWeek') : t('dashEmptyMonth')}</p>
      <p>
        {t('dashEmptyHowTo')} <a href="#day">{t('dashEmptyAddManual')}</a>
      </p>
    </div>
  );
}

function changeSentence(view: PeriodView): string {
  const { minutes, percent } = view.change;
  const week = view.period.kind === 'week';
  if (view.previousTotalMinutes === 0)
    return week ? t('dashChangeNoPreviousWeek') : t('dashChangeNoPreviousMonth');
  if (Math.round(minutes) === 0) return week ? t('dashChangeSameWeek') : t('dashChangeSameMonth');
  const amount = formatMinutes(Math.abs(minutes));
  const share = `${Math.round(Math.abs(percent ?? 0))}%`;
  if (minutes > 0)
    return week
      ? t('dashChangeMoreWeek', { difference: amount, percent: share })
      : t('dashChangeMoreMonth', { difference: amount, percent: share });
  return week
    ? t('dashChangeLessWeek', { difference: amount, percent: share })
    : t('dashChangeLessMonth', { difference: amount, percent: share });
}

function PeriodBody({ view }: { view: PeriodView }) {
  const { totals, period } = view;
  const week = period.kind === 'week';
  const checkinTotal = view.checkins.reduce((sum, entry) => sum + entry.count, 0);
  const dayLabel = useCallback(
    (day: string) => (week ? shortDayLabel(day) : String(parseDay(day).date)),
    [week],
  );
  const weekLabel = useCallback((point: WeekTrendPoint) => dateLabel(point.period.firstDay), []);
  const rowLabels = useMemo(
    () => weekdayNames(uiLocale() === 'zh_CN' ? 'zh' : 'en', view.weekStartsOn),
    [view.weekStartsOn],
  );
  const outside = week
    ? t('dashOutsideWeek', {
        afterHours: formatMinutes(totals.afterHoursMinutes),
        restDays: formatMinutes(totals.weekendMinutes),
      })
    : t('dashOutsideMonth', {
        afterHours: formatMinutes(totals.afterHoursMinutes),
        restDays: formatMinutes(totals.weekendMinutes),
      });
  return (
    <>
      <OffBrowserNotes view={view} />
      <div class="cards">
        <div class="card">
          <div class="card-label">{week ? t('dashTotalWeek') : t('dashTotalMonth')}</div>
          <div class="card-value" data-testid="period-total">
            {formatMinutes(totals.totalMinutes)}
          </div>
          <div class="card-note" data-testid="period-change">
            {changeSentence(view)}
          </div>
        </div>
        <div class="card">
          <div class="card-label">{t('dashOutsideLabel')}</div>
          <div class="card-value" data-testid="outside-work">
            {formatMinutes(totals.afterHoursMinutes + totals.weekendMinutes)}
          </div>
          <div class="card-note">
            {t('dashOutsideSplit', {
              afterHours: formatMinutes(totals.afterHoursMinutes),
              restDays: formatMinutes(totals.weekendMinutes),
            })}
          </div>
        </div>
        <div class="card">
          <div class="card-label">{t('dashCheckinsLabel')}</div>
          <div class="card-value" data-testid="checkin-total">
            {t('dashCount', { count: checkinTotal })}
          </div>
          <div class="card-note">{t('dashDaysWithRecords', { days: totals.daysWithRecords })}</div>
        </div>
        <div class="card">
          <div class="card-label">{t('dashDuplicatesLabel')}</div>
          <div class="card-value" data-testid="duplicate-total">
            {t('dashCount', { count: totals.duplicateEntries })}
          </div>
          <div class="card-note">{t('dashDuplicatesNote')}</div>
        </div>
      </div>
      <OffBrowserCards view={view} />

      <section class="panel" aria-labelledby="daily-title">
        <h3 id="daily-title">{week ? t('dashDailyTitleWeek') : t('dashDailyTitleMonth')}</h3>
        <DailyBarsChart
          daily={view.daily}
          categories={view.categories}
          dayLabel={dayLabel}
          outside={view.outsideDaily}
          caption={week ? t('dashDailyCaptionWeek') : t('dashDailyCaptionMonth')}
        />
      </section>

      <div class="two-columns">
        <section class="panel" aria-labelledby="share-title">
          <h3 id="share-title">{t('dashShareTitle')}</h3>
          <PlatformShareChart shares={view.shares} caption={t('dashShareCaption')} />
        </section>
        <section class="panel" aria-labelledby="checkins-title">
          <h3 id="checkins-title">{t('dashCheckinsTitle')}</h3>
          {view.checkins.length === 0 ? (
            <p class="muted">{t('dashCheckinsEmpty')}</p>
          ) : (
            <ul class="checkin-counts" data-testid="checkin-counts">
              {view.checkins.map((entry) => (
                <li key={entry.type} data-type={entry.type}>
                  <span>{checkinTypeLabel(entry.type)}</span>
                  <strong>{t('dashCount', { count: entry.count })}</strong>
                </li>
              ))}
            </ul>
          )}
          <p class="muted">{t('dashDuplicatesSentence', { count: totals.duplicateEntries })}</p>
        </section>
      </div>

      <section class="panel" aria-labelledby="heat-title">
        <h3 id="heat-title">{t('dashHeatTitle')}</h3>
        <p class="callout" data-testid="outside-sentence">
          {outside}
        </p>
        <HeatMapChart heat={view.heat} rowLabels={rowLabels} caption={t('dashHeatCaption')} />
      </section>

      <section class="panel" aria-labelledby="trend-title">
        <h3 id="trend-title">{t('dashTrendTitle')}</h3>
        <TrendChart trend={view.trend} weekLabel={weekLabel} caption={t('dashTrendCaption')} />
      </section>
    </>
  );
}
