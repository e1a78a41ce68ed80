/**
 * Today's check-ins that pages reported by themselves, newest first, each to confirm, retype or delete: a
 * detection is a guess from a button's words, and the user has the last word on it.
 */
import { useState } from 'preact/hooks';
import { CHECKIN_TYPES, type Checkin, type CheckinType } from '../../utils/checkins/checkin';
import { checkinsOfDay, deleteCheckin, updateCheckin } from '../../utils/db/checkinStore';
import { userRules } from '../../utils/db/ruleStore';
import type { UserRule } from '../../utils/platforms/platform';
import { localDayOf } from '../../utils/stats/localTime';
import { t } from '../i18n';
import { checkinTypeLabel, clockLabel, platformName } from '../review/labels';
import { useLiveQuery } from '../useLiveQuery';
import './checkins.css';

interface DetectedToday {
  /** rejected ones (confirmed === false) left out: they no longer count */
  detections: Checkin[];
  rules: UserRule[];
}

async function detectedToday(day: string): Promise<DetectedToday> {
  const [checkins, rules] = await Promise.all([checkinsOfDay(day), userRules()]);
  const detections = checkins
    .filter((checkin) => checkin.source === 'detected' && checkin.confirmed !== false)
    .reverse();
  return { detections, rules };
}

export function DetectedCheckins() {
  const day = localDayOf(Date.now());
  const result = useLiveQuery(() => detectedToday(day), [day]);
  const [problem, setProblem] = useState<string | null>(null);
  if (result.status === 'loading') return null;
  if (result.status === 'error') {
    return (
      <section class="error" role="alert">
        {t('storageError', { detail: result.error })}
      </section>
    );
  }
  const { detections, rules } = result.value;
  if (detections.length === 0) return null;

  // The live query shows the change; only a refused write needs saying.
  const write = (change: Promise<unknown>) => {
    change.then(
      () => setProblem(null),
      (error: unknown) =>
        setProblem(t('storageError', { detail: error instanceof Error ? error.message : String(error) })),
    );
  };

  return (
    <section class="detected-checkins" aria-labelledby="detected-checkins-title">
      <h2 id="detected-checkins-title">{t('checkinDetectedTitle')}</h2>
      <p class="muted hint">{t('checkinDetectedHint')}</p>
      <ul data-testid="detected-checkins">
        {detections.map((checkin) => (
          <DetectedRow key={checkin.id} checkin={checkin} rules={rules} write={write} />
        ))}
      </ul>
      {problem !== null && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

interface DetectedRowProps {
  checkin: Checkin;
  rules: readonly UserRule[];
  write: (change: Promise<unknown>) => void;
}

function DetectedRow({ checkin, rules, write }: DetectedRowProps) {
  const id = checkin.id;
  const type = checkinTypeLabel(checkin.type);
  const time = clockLabel(checkin.at);
  return (
    <li data-checkin-id={id} data-type={checkin.type}>
      <span class="when">
        <span class="time">{time}</span>{' '}
        <span class="muted">{checkin.platformId ? platformName(checkin.platformId, rules) : ''}</span>
      </span>
      <span class="actions">
        <select
          aria-label={t('checkinRetypeLabel', { type, time })}
          value={checkin.type}
          // Choosing the right type is a review as well: the entry counts as confirmed.
          onChange={(event) =>
            write(
              updateCheckin(id, {
                type: (event.target as HTMLSelectElement).value as CheckinType,
                confirmed: true,
              }),
            )
          }
        >
          {CHECKIN_TYPES.map((option) => (
            <option key={option} value={option}>
              {checkinTypeLabel(option)}
            </option>
          ))}
        </select>
        {checkin.confirmed === true ? (
          <span class="confirmed">{t('checkinConfirmed')}</span>
        ) : (
          <button
            type="button"
            aria-label={t('checkinConfirmLabel', { type, time })}
            onClick={() => write(updateCheckin(id, { confirmed: true }))}
          >
            {t('checkinConfirm')}
          </button>
        )}
        <button
          type="button"
          aria-label={t('checkinDeleteLabel', { type, time })}
          onClick={() => write(deleteCheckin(id))}
        >
          {t('checkinDelete')}
        </button>
      </span>
    </li>
  );
}
