/** The welcome page's one-minute setup: working hours and days, the calendar, and the summary's level and province. */
import { useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings';
import { halfHourSteps } from '../../utils/stats/dayTimes';
import { WEEKDAY_NAMES_EN, WEEKDAY_NAMES_ZH } from '../../utils/stats/formatDuration';
import { saveSettingsAndNotify } from '../configChanges';
import { HalfHourSelect, LevelSelect, ProvinceSelect, WorkCalendarChoice } from '../forms/SettingChoices';
import { t, uiLocale } from '../i18n';
import { Notice } from '../Notice';
import { useAction } from '../useAction';
import { changePeriod, draftOf, type SetupDraft, setupChanges, toggleWorkingDay } from './welcomeSetup';

export function WelcomeSetup({ settings, ledgerUrl }: { settings: Settings; ledgerUrl: string }) {
  const [draft, setDraft] = useState<SetupDraft>(() => draftOf(settings));
  const [problem, setProblem] = useState<string | null>(null);
  const saving = useAction(async (changes: Partial<Settings>) => {
    await saveSettingsAndNotify(changes);
    return t('welcomeSaved');
  });
  const weekdays = uiLocale() === 'zh_CN' ? WEEKDAY_NAMES_ZH : WEEKDAY_NAMES_EN;
  const _steps = halfHourSteps();

  const save = (event: Event) => {
    event.preventDefault();
    const result = setupChanges(draft, settings);
    if (!result.ok) {
      setProblem(
        result.problem === 'overlap' ? t('settingsPeriodsOverlap') : t('settingsPeriodEndBeforeStart'),
      );
      return;
    }
    setProblem(null);
    void saving.run(result.changes);
  };

  const timeSelect = (index: number, field: 'start' | 'end', label: string) => (
    <HalfHourSelect
      label={label}
      testId={`welcome-period-${index}-${field}`}
      value={draft.workingPeriods[index]?.[field] ?? 0}
      onChange={(minutes) => setDraft(changePeriod(draft, index, field, minutes))}
    />
  );

  return (
    <form class="welcome-setup" onSubmit={save} data-testid="welcome-setup">
      <fieldset>
        <legend>{t('welcomeSetupHours')}</legend>
        {draft.workingPeriods.map((_period, index) => (
          <div key={index} class="form-row">
            <span>{t('settingsPeriodLabel', { position: index + 1 })}</span>
            {timeSelect(index, 'start', t('settingsPeriodStart', { position: index + 1 }))}
            <span aria-hidden="true">–</span>
            {timeSelect(index, 'end', t('settingsPeriodEnd', { position: index + 1 }))}
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('welcomeSetupDays')}</legend>
        {weekdays.map((name, index) => (
          <label key={name} class="inline">
            <input
              type="checkbox"
              data-testid={`welcome-day-${index + 1}`}
              checked={draft.workingDays.includes(index + 1)}
              onChange={() => setDraft(toggleWorkingDay(draft, index + 1))}
            />
            {name}
          </label>
        ))}
      </fieldset>
      <WorkCalendarChoice
        value={draft.workCalendar}
        onChange={(workCalendar) => setDraft({ ...draft, workCalendar })}
        name="welcome-calendar"
        testIdPrefix="welcome-calendar"
      />
      <fieldset>
        <legend>{t('welcomeSetupProfile')}</legend>
        <div class="form-row">
          <LevelSelect
            value={draft.level}
            onChange={(level) => setDraft({ ...draft, level })}
            testId="welcome-level"
          />
          <ProvinceSelect
            value={draft.province}
            onChange={(province) => setDraft({ ...draft, province })}
            testId="welcome-province"
          />
        </div>
        <p class="muted hint">{t('welcomeSetupProfileHint')}</p>
      </fieldset>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <div class="form-row">
        <button type="submit" class="primary" data-testid="welcome-save">
          {t('welcomeSave')}
        </button>
        <a href={ledgerUrl} data-testid="welcome-skip">
          {saving.outcome?.tone === 'ok' ? t('welcomeOpenLedger') : t('welcomeSkip')}
        </a>
      </div>
      <Notice outcome={saving.outcome} testId="welcome-notice" />
    </form>
  );
}
