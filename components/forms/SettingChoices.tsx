/**
 * The choices a setting offers, shared by the settings page, the share page's options and the welcome page's
 * one-minute setup: the language, working hours, the working calendar, and the summary's level and province
 * (fixed lists only).
 */
import type { Level, Settings } from '../../utils/settings';
import { calendarLastYear } from '../../utils/stats/chinaCalendar';
import { halfHourSteps } from '../../utils/stats/dayTimes';
import { LEVELS } from '../../utils/summary/levels';
import { PROVINCES, type Province } from '../../utils/summary/provinces';
import { t } from '../i18n';
import { minutesOfDayLabel } from '../review/labels';
import { levelLabel, provinceLabel } from '../share/shareLabels';

export function LanguageOptions() {
  return (
    <>
      <option value="auto">{t('settingsLanguageAuto')}</option>
      <option value="zh_CN">中文</option>
      <option value="en">English</option>
    </>
  );
}

export function WorkCalendarChoice({
  value,
  onChange,
  name,
  testIdPrefix,
}: {
  value: Settings['workCalendar'];
  onChange: (choice: Settings['workCalendar']) => void;
  /** the radio group's name, one per page */
  name: string;
  testIdPrefix: string;
}) {
  return (
    <fieldset>
      <legend>{t('settingsCalendarLegend')}</legend>
      {(['china', 'weekdays'] as const).map((choice) => (
        <label key={choice} class="inline">
          <input
            type="radio"
            name={name}
            value={choice}
            data-testid={`${testIdPrefix}-${choice}`}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />
          {choice === 'china'
            ? t('settingsCalendarChina', { lastYear: calendarLastYear() })
            : t('settingsCalendarWeekdays')}
        </label>
      ))}
    </fieldset>
  );
}

/** A select of a fixed list with a first "not stated" choice; anything else chosen is null. */
function FixedListSelect<Value extends string>({
  label,
  values,
  value,
  labelOf,
  onChange,
  testId,
}: {
  label: string;
  values: readonly Value[];
  value: Value | null;
  labelOf: (value: Value) => string;
  onChange: (value: Value | null) => void;
  testId: string;
}) {
  return (
    <label>
      {label}{' '}
      <select
        value={value ?? ''}
        data-testid={testId}
        onChange={(event) => {
          const chosen = (event.target as HTMLSelectElement).value;
          onChange((values as readonly string[]).includes(chosen) ? (chosen as Value) : null);
        }}
      >
        <option value="">{t('shareNotStated')}</option>
        {values.map((each) => (
          <option key={each} value={each}>
            {labelOf(each)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function LevelSelect(props: {
  value: Level | null;
  onChange: (level: Level | null) => void;
  testId: string;
}) {
  return <FixedListSelect label={t('shareLevelLabel')} values={LEVELS} labelOf={levelLabel} {...props} />;
}

export function ProvinceSelect(props: {
  value: Province | null;
  onChange: (province: Province | null) => void;
  testId: string;
}) {
  return (
    <FixedListSelect label={t('shareProvinceLabel')} values={PROVINCES} labelOf={provinceLabel} {...props} />
  );
}

/** A time of day in half-hour steps (working periods). */
export function HalfHourSelect({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  /** minutes after midnight */
  value: number;
  onChange: (minutes: number) => void;
  testId?: string;
}) {
  return (
    <select
      aria-label={label}
      data-testid={testId}
      value={String(value)}
      onChange={(event) => onChange(Number((event.target as HTMLSelectElement).value))}
    >
      {halfHourSteps().map((minutes) => (
        <option key={minutes} value={String(minutes)}>
          {minutesOfDayLabel(minutes)}
        </option>
      ))}
    </select>
  );
}
