/**
 * Reviewing one detected check-in: a detection is a guess from a button's words, and it stays 待确认 until the user
 * confirms it, picks its right type (a review too) or deletes it; the popup and the day editor, on any day, alike.
 */
import { CHECKIN_TYPES, type Checkin, type CheckinType } from '../../utils/checkins/checkin';
import { deleteCheckin, updateCheckin } from '../../utils/db/checkinStore';
import { t } from '../i18n';
import { Notice } from '../Notice';
import { checkinTypeLabel, clockLabel } from '../review/labels';
import { useAction } from '../useAction';

export function DetectionReview({ checkin }: { checkin: Checkin }) {
  const type = checkinTypeLabel(checkin.type);
  const time = clockLabel(checkin.at);
  // The live query shows the change; only a refused write needs saying.
  const write = useAction((change: () => Promise<unknown>) => change().then(() => undefined));
  return (
    <span class="actions">
      <select
        aria-label={t('checkinRetypeLabel', { type, time })}
        value={checkin.type}
        onChange={(event) =>
          void write.run(() =>
            updateCheckin(checkin.id, {
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
          data-testid="checkin-confirm"
          onClick={() => void write.run(() => updateCheckin(checkin.id, { confirmed: true }))}
        >
          {t('checkinConfirm')}
        </button>
      )}
      <button
        type="button"
        aria-label={t('checkinDeleteLabel', { type, time })}
        onClick={() => void write.run(() => deleteCheckin(checkin.id))}
      >
        {t('checkinDelete')}
      </button>
      <Notice outcome={write.outcome} />
    </span>
  );
}
