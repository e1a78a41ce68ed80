/** Settings: idle threshold, working hours and days, first day of the week, language, and pausing the tracker. */
import { useEffect, useState } from 'preact/hooks';
import { rulesAndSettings } from '../../utils/db/reviewQueries';
import { isTrackingPaused, type Settings, type WorkingPeriod } from '../../utils/settings';
import { calendarLastYear } from '../../utils/stats/chinaCalendar';
import { halfHourSteps } from '../../utils/stats/dayTimes';
import { WEEKDAY_NAMES_EN, WEEKDAY_NAMES_ZH } from '../../utils/stats/formatDuration';
import { localDayOf } from '../../utils/stats/localTime';
import { saveSettingsAndNotify } from '../configChanges';
import { t, uiLocale } from '../i18n';
import { ErrorNotice, Loading, Notice } from '../Notice';
import { clockLabel, dateLabel, minutesOfDayLabel } from '../review/labels';
import { useAction } from '../useAction';
import { useLiveQuery, useNow } from '../useLiveQuery';
import { pauseForOneHour, pauseUntilTomorrow, workingPeriodsProblem } from './pauseOptions';

const IDLE_CHOICES = [30, 60, 120, 300, 600];

export function SettingsPage() {
  const result = useLiveQuery(rulesAndSettings, []);
  const saving = useAction(async (changes: Partial<Settings>) => {
    await saveSettingsAndNotify(changes);
    return t('settingsSaved');
  });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorNotice error={result.error} />;
  const settings = result.value.settings;
  const save = async (changes: Partial<Settings>) => {
    await saving.run(changes);
  };
  const weekdays = uiLocale() === 'zh_CN' ? WEEKDAY_NAMES_ZH : WEEKDAY_NAMES_EN;
  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      <PauseControl pausedUntil={settings.pausedUntil} save={save} />

      <section class="panel" aria-labelledby="working-title">
        <h3 id="working-title">{t('settingsWorkingTitle')}</h3>
        <p class="muted">{t('settingsWorkingIntro')}</p>
        <WorkingPeriods periods={settings.workingPeriods} save={save} />
        <fieldset>
          <legend>{t('settingsWorkingDays')}</legend>
          {weekdays.map((name, index) => {
            const isoDay = index + 1;
            const checked = settings.workingDays.includes(isoDay);
            return (
              <label key={isoDay} class="inline">
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={() =>
                    void save({
                      workingDays: checked
                        ? settings.workingDays.filter((day) => day !== isoDay)
                        : [...settings.workingDays, isoDay].sort(),
                    })
                  }
                />
                {name}
              </label>
            );
          })}
        </fieldset>
        <fieldset>
          <legend>{t('settingsCalendarLegend')}</legend>
          {(['china', 'weekdays'] as const).map((choice) => (
            <label key={choice} class="inline">
              <input
                type="radio"
                name="work-calendar"
                value={choice}
                data-testid={`work-calendar-${choice}`}
                checked={settings.workCalendar === choice}
                onChange={() => void save({ workCalendar: choice })}
              />
              {choice === 'china'
                ? t('settingsCalendarChina', { lastYear: calendarLastYear() })
                : t('settingsCalendarWeekdays')}
            </label>
          ))}
        </fieldset>
      </section>

      <section class="panel" aria-labelledby="general-title">
        <h3 id="general-title">{t('settingsGeneralTitle')}</h3>
        <div class="form-grid">
          <label>
            {t('settingsIdle')}
            <select
              value={String(settings.idleThresholdSeconds)}
              onChange={(event) =>
                void save({ idleThresholdSeconds: Number((event.target as HTMLSelectElement).value) })
              }
            >
              {[...new Set([...IDLE_CHOICES, settings.idleThresholdSeconds])]
                .sort((a, b) => a - b)
                .map((seconds) => (
                  <option key={seconds} value={String(seconds)}>
                    {seconds < 60
                      ? t('settingsSeconds', { seconds })
                      : t('settingsMinutes', { minutes: seconds / 60 })}
                  </option>
                ))}
            </select>
            <span class="muted hint">{t('settingsIdleHint')}</span>
          </label>
          <label>
            {t('settingsWeekStart')}
            <select
              value={String(settings.weekStartsOn)}
              onChange={(event) =>
                void save({ weekStartsOn: (event.target as HTMLSelectElement).value === '0' ? 0 : 1 })
              }
            >
              <option value="1">{t('settingsMonday')}</option>
              <option value="0">{t('settingsSunday')}</option>
            </select>
          </label>
          <label>
            {t('settingsLanguage')}
            <select
              value={settings.locale}
              data-testid="language"
              onChange={(event) =>
                void save({ locale: (event.target as HTMLSelectElement).value as Settings['locale'] })
              }
            >
              <option value="auto">{t('settingsLanguageAuto')}</option>
              <option value="zh_CN">中文</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
      </section>
      <Notice outcome={saving.outcome} testId="settings-notice" />
    </section>
  );
}

function PauseControl({
  pausedUntil,
  save,
}: {
  pausedUntil: number | null;
  save: (changes: Partial<Settings>) => Promise<void>;
}) {
  const now = useNow(30_000);
  const paused = isTrackingPaused({ pausedUntil }, now);
  const until =
    pausedUntil === null
      ? ''
      : localDayOf(pausedUntil) === localDayOf(now)
        ? clockLabel(pausedUntil)
        : `${dateLabel(localDayOf(pausedUntil))} ${clockLabel(pausedUntil)}`;
  return (
    <section class="panel" aria-labelledby="pause-title">
      <h3 id="pause-title">{t('settingsPauseTitle')}</h3>
      <p data-testid="pause-status" role="status">
        {paused ? t('settingsPausedUntil', { time: until }) : t('settingsTracking')}
      </p>
      <div class="form-row">
        <button type="button" onClick={() => void save({ pausedUntil: pauseForOneHour(Date.now()) })}>
          {t('settingsPauseHour')}
        </button>
        <button type="button" onClick={() => void save({ pausedUntil: pauseUntilTomorrow(Date.now()) })}>
          {t('settingsPauseTomorrow')}
        </button>
        {paused && (
          <button type="button" class="primary" onClick={() => void save({ pausedUntil: null })}>
            {t('settingsResume')}
          </button>
        )}
      </div>
    </section>
  );
}

function WorkingPeriods({
  periods,
  save,
}: {
  periods: WorkingPeriod[];
  save: (changes: Partial<Settings>) => Promise<void>;
}) {
  const [draft, setDraft] = useState(periods);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(periods), [periods]);
  const steps = halfHourSteps();
  const change = (index: number, field: 'start' | 'end', value: number) => {
    const next = draft.map((period, at) => (at === index ? { ...period, [field]: value } : period));
    setDraft(next);
    const found = workingPeriodsProblem(next);
    if (found) {
      setProblem(found === 'overlap' ? t('settingsPeriodsOverlap') : t('settingsPeriodEndBeforeStart'));
      return;
    }
    setProblem(null);
    void save({ workingPeriods: [...next].sort((a, b) => a.start - b.start) });
  };
  const select = (index: number, field: 'start' | 'end', value: number, label: string) => (
    <select
      aria-label={label}
      value={String(value)}
      onChange={(event) => change(index, field, Number((event.target as HTMLSelectElement).value))}
    >
      {steps.map((minutes) => (
        <option key={minutes} value={String(minutes)}>
          {minutesOfDayLabel(minutes)}
        </option>
      ))}
    </select>
  );
  return (
    <div class="working-periods">
      {draft.map((period, index) => (
        <div key={index} class="form-row">
          <span>{t('settingsPeriodLabel', { position: index + 1 })}</span>
          {select(index, 'start', period.start, t('settingsPeriodStart', { position: index + 1 }))}
          <span aria-hidden="true">–</span>
          {select(index, 'end', period.end, t('settingsPeriodEnd', { position: index + 1 }))}
          <button
            type="button"
            onClick={() => {
              const next = draft.filter((_, at) => at !== index);
              setDraft(next);
              void save({ workingPeriods: next });
            }}
          >
            {t('settingsRemovePeriod')}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          const lastEnd = draft.reduce((latest, period) => Math.max(latest, period.end), 0);
          if (lastEnd >= 24 * 60) return;
          const next = [...draft, { start: lastEnd, end: Math.min(24 * 60, lastEnd + 60) }];
          setDraft(next);
          void save({ workingPeriods: next });
        }}
      >
        {t('settingsAddPeriod')}
      </button>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
