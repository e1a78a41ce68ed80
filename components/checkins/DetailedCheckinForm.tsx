/** A check-in with details: its type, the platform or app outside the browser, minutes spent, and the time today. */
import { useState } from 'preact/hooks';
import { OUTSIDE_CHANNELS } from '../../utils/burden/outsideChannels';
import { CHECKIN_TYPES, type CheckinType, type NewCheckin } from '../../utils/checkins/checkin';
import { userRules } from '../../utils/db/ruleStore';
import { CATALOGUE } from '../../utils/platforms/catalogue';
import { clockOf, instantOf } from '../../utils/stats/dayTimes';
import { localDayOf } from '../../utils/stats/localTime';
import { labelIn } from '../../utils/vocabulary/label';
import { OUTSIDE_CHANNEL_LABELS } from '../../utils/vocabulary/outsideChannelLabels';
import { t, uiLocale } from '../i18n';
import { checkinTypeLabel } from '../review/labels';
import { useLiveQuery } from '../useLiveQuery';

export interface DetailedCheckinFormProps {
  /** the check-in, and the minutes spent on it (outside-browser time), if the user gave any */
  onLog: (entry: NewCheckin, minutes: number | undefined) => Promise<void>;
  onCancel: () => void;
}

const MAX_MINUTES = 1440;
/** A clock a minute ahead is still "now" (the form was opened a moment ago); later than that is a typo. */
const FUTURE_TOLERANCE_MS = 60_000;

/** '' (not given) -> undefined; a whole number of minutes within a day -> it; anything else -> null. */
export function readMinutes(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d+$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= 1 && minutes <= MAX_MINUTES ? minutes : null;
}

export function DetailedCheckinForm({ onLog, onCancel }: DetailedCheckinFormProps) {
  const [type, setType] = useState<CheckinType>(CHECKIN_TYPES[0]);
  const [platformId, setPlatformId] = useState('');
  const [minutes, setMinutes] = useState('');
  const [time, setTime] = useState(() => clockOf(Date.now()));
  const [problem, setProblem] = useState<string | null>(null);
  const rules = useLiveQuery(userRules, []);
  const english = uiLocale() !== 'zh_CN';
  const catalogueIds = new Set(CATALOGUE.map((platform) => platform.id));
  const ownPlatforms =
    rules.status === 'ready' ? rules.value.filter((rule) => rule.enabled && !catalogueIds.has(rule.id)) : [];

  const submit = async (event: Event) => {
    event.preventDefault();
    const now = Date.now();
    const day = localDayOf(now);
    const at = instantOf(day, time);
    if (at === null || at > now + FUTURE_TOLERANCE_MS) {
      setProblem(t('checkinInvalidTime'));
      return;
    }
    const spent = readMinutes(minutes);
    if (spent === null) {
      setProblem(t('checkinInvalidMinutes'));
      return;
    }
    setProblem(null);
    await onLog(
      { at: Math.min(at, now), day, platformId: platformId || null, type, source: 'manual' },
      spent,
    );
  };

  return (
    <form
      id="detailed-checkin"
      class="detailed-checkin"
      onSubmit={submit}
      aria-labelledby="detailed-checkin-title"
      // The form says what is wrong itself, in the user's language, and that nothing was logged.
      noValidate
    >
      <h3 id="detailed-checkin-title">{t('checkinDetailsTitle')}</h3>
      <label>
        {t('checkinType')}
        <select
          value={type}
          data-testid="detailed-type"
          onChange={(event) => setType((event.target as HTMLSelectElement).value as CheckinType)}
        >
          {CHECKIN_TYPES.map((option) => (
            <option key={option} value={option}>
              {checkinTypeLabel(option)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('checkinPlatform')}
        <select
          value={platformId}
          data-testid="detailed-platform"
          onChange={(event) => setPlatformId((event.target as HTMLSelectElement).value)}
        >
          <option value="">{t('checkinNoPlatform')}</option>
          <optgroup label={t('checkinOutsideApps')}>
            {OUTSIDE_CHANNELS.map((app) => (
              <option key={app.id} value={app.id}>
                {labelIn(OUTSIDE_CHANNEL_LABELS[app.id], uiLocale())}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('checkinWebPlatforms')}>
            {CATALOGUE.map((platform) => (
              <option key={platform.id} value={platform.id}>
                {english ? platform.nameEn : platform.name}
              </option>
            ))}
            {ownPlatforms.map((rule) => (
              <option key={rule.id} value={rule.id}>
                {rule.name}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <div class="form-row">
        <label>
          {t('checkinMinutes')}
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_MINUTES}
            step={1}
            value={minutes}
            data-testid="detailed-minutes"
            onInput={(event) => setMinutes((event.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('checkinTime')}
          <input
            type="time"
            required
            value={time}
            data-testid="detailed-time"
            onInput={(event) => setTime((event.target as HTMLInputElement).value)}
          />
        </label>
      </div>
      {problem !== null && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <div class="form-row">
        <button type="submit" class="primary" data-testid="detailed-log">
          {t('checkinLogDetailed')}
        </button>
        <button type="button" class="link" onClick={onCancel}>
          {t('checkinCancel')}
        </button>
      </div>
    </form>
  );
}
