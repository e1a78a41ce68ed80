/** The day's check-ins: detections to confirm, retype or delete (on any day), and one the user missed to add. */
import { useState } from 'preact/hooks';
import { CHECKIN_TYPES, type Checkin, type CheckinType } from '../../../utils/checkins/checkin';
import { deleteCheckin, logCheckin } from '../../../utils/db/checkinStore';
import type { UserRule } from '../../../utils/platforms/platform';
import { clockOf, instantOf } from '../../../utils/stats/dayTimes';
import { localDayOf } from '../../../utils/stats/localTime';
import { DetectionReview } from '../../checkins/DetectionReview';
import { DeleteWithConfirmation } from '../../forms/DeleteWithConfirmation';
import { type NamedOption, OptionSelect } from '../../forms/OptionSelect';
import { TimeField } from '../../forms/TimeField';
import { t } from '../../i18n';
import { Notice } from '../../Notice';
import { useAction } from '../../useAction';
import { checkinTypeLabel, clockLabel, platformName } from '../labels';

interface CheckinSectionProps {
  day: string;
  checkins: Checkin[];
  rules: UserRule[];
  platforms: readonly NamedOption[];
}

export function CheckinSection({ day, checkins, rules, platforms }: CheckinSectionProps) {
  const pending = checkins.filter(
    (checkin) => checkin.source === 'detected' && checkin.confirmed === undefined,
  );
  return (
    <section class="panel" aria-labelledby="day-checkins-title">
      <h3 id="day-checkins-title">{t('dashDayCheckinsTitle')}</h3>
      {pending.length > 0 && (
        <p class="callout" data-testid="day-pending">
          {t('dashCheckinsPending', { count: pending.length })}
        </p>
      )}
      {checkins.length === 0 ? (
        <p class="muted">{t('dashDayCheckinsEmpty')}</p>
      ) : (
        <ul class="records-list" data-testid="checkin-list">
          {checkins.map((checkin) => (
            <CheckinRow key={checkin.id} checkin={checkin} rules={rules} />
          ))}
        </ul>
      )}
      <AddCheckin day={day} platforms={platforms} />
    </section>
  );
}

function CheckinRow({ checkin, rules }: { checkin: Checkin; rules: readonly UserRule[] }) {
  const rejected = checkin.confirmed === false;
  const detected = checkin.source === 'detected';
  const status = detected
    ? checkin.confirmed === true
      ? t('checkinConfirmed')
      : rejected
        ? t('dashCheckinRejected')
        : t('dashCheckinPendingOne')
    : t('dashSourceManual');
  return (
    <li data-checkin-id={checkin.id} data-type={checkin.type} class={rejected ? 'rejected' : undefined}>
      <span class="time">{clockLabel(checkin.at)}</span>
      <span>{checkinTypeLabel(checkin.type)}</span>
      <span class="muted">
        {checkin.platformId ? platformName(checkin.platformId, rules) : t('dashNoPlatform')}
      </span>
      <span class="muted">
        {detected ? `${t('dashSourceDetected')} · ` : ''}
        {status}
      </span>
      {detected && !rejected ? (
        <DetectionReview checkin={checkin} />
      ) : (
        <DeleteWithConfirmation onDelete={() => deleteCheckin(checkin.id)} />
      )}
    </li>
  );
}

function AddCheckin({ day, platforms }: { day: string; platforms: readonly NamedOption[] }) {
  const [type, setType] = useState<CheckinType>(CHECKIN_TYPES[0]);
  const [time, setTime] = useState(() => (day === localDayOf(Date.now()) ? clockOf(Date.now()) : '09:00'));
  const [platformId, setPlatformId] = useState('');
  const add = useAction(async () => {
    const at = instantOf(day, time);
    if (at === null) return { tone: 'error', text: t('dashManualInvalid'), unchanged: true };
    await logCheckin({ at, day, platformId: platformId || null, type, source: 'manual' });
    return t('dashCheckinAdded', { type: checkinTypeLabel(type) });
  });
  return (
    <form
      class="add-form"
      aria-labelledby="add-checkin-title"
      onSubmit={(event) => {
        event.preventDefault();
        void add.run();
      }}
    >
      <h4 id="add-checkin-title">{t('dashAddCheckinTitle')}</h4>
      <div class="form-row">
        <select
          aria-label={t('dashCheckinType')}
          value={type}
          onChange={(event) => setType((event.target as HTMLSelectElement).value as CheckinType)}
        >
          {CHECKIN_TYPES.map((option) => (
            <option key={option} value={option}>
              {checkinTypeLabel(option)}
            </option>
          ))}
        </select>
        <TimeField label={t('dashTime')} value={time} onChange={setTime} required />
        <OptionSelect
          value={platformId}
          options={platforms}
          onChange={setPlatformId}
          label={t('dashColumnPlatform')}
          emptyLabel={t('dashNoPlatform')}
        />
        <button type="submit" class="primary" disabled={add.busy}>
          {t('dashAddCheckin')}
        </button>
      </div>
      <Notice outcome={add.outcome} />
    </form>
  );
}
