/** The day's burdens that take no time: forced installs, duplicate entries by hand, rankings; to add or delete. */
import { useState } from 'preact/hooks';
import {
  BURDEN_EVENT_TYPES,
  type BurdenEvent,
  type BurdenEventType,
} from '../../../utils/burden/burdenEvents';
import type { InventoryItem } from '../../../utils/burden/inventory';
import { deleteBurdenEvent, logBurdenEvent } from '../../../utils/db/burdenEventStore';
import type { UserRule } from '../../../utils/platforms/platform';
import { instantOf } from '../../../utils/stats/dayTimes';
import { burdenEventLabel, eventSubjectName, eventSubjectOptions } from '../../burden/eventSubjects';
import { DeleteWithConfirmation } from '../../forms/DeleteWithConfirmation';
import { type NamedOption, OptionSelect } from '../../forms/OptionSelect';
import { TimeField } from '../../forms/TimeField';
import { t } from '../../i18n';
import { Notice } from '../../Notice';
import { useAction } from '../../useAction';
import { clockLabel } from '../labels';

interface BurdenEventSectionProps {
  day: string;
  events: BurdenEvent[];
  inventory: InventoryItem[];
  rules: UserRule[];
  platforms: readonly NamedOption[];
}

export function BurdenEventSection({ day, events, inventory, rules, platforms }: BurdenEventSectionProps) {
  return (
    <section class="panel" aria-labelledby="day-events-title">
      <h3 id="day-events-title">{t('dashEventsTitle')}</h3>
      {events.length === 0 ? (
        <p class="muted">{t('dashEventsEmpty')}</p>
      ) : (
        <ul class="records-list" data-testid="event-list">
          {events.map((event) => (
            <li key={event.id} data-event-id={event.id} data-type={event.type}>
              <span class="time">{clockLabel(event.at)}</span>
              <span>{burdenEventLabel(event.type)}</span>
              <span class="muted">{eventSubjectName(event.subject, inventory, rules)}</span>
              <DeleteWithConfirmation onDelete={() => deleteBurdenEvent(event.id)} />
            </li>
          ))}
        </ul>
      )}
      <AddBurdenEvent day={day} inventory={inventory} platforms={platforms} />
    </section>
  );
}

function AddBurdenEvent({
  day,
  inventory,
  platforms,
}: {
  day: string;
  inventory: readonly InventoryItem[];
  platforms: readonly NamedOption[];
}) {
  const [type, setType] = useState<BurdenEventType>(BURDEN_EVENT_TYPES[0]);
  const [time, setTime] = useState('09:00');
  const [subject, setSubject] = useState('');
  const subjects = eventSubjectOptions(type, inventory, platforms);
  const add = useAction(async () => {
    const at = instantOf(day, time);
    if (at === null) return { tone: 'error', text: t('dashManualInvalid'), unchanged: true };
    await logBurdenEvent({ at, day, type, subject: subject || null });
    return t('dashEventAdded', { type: burdenEventLabel(type) });
  });
  return (
    <form
      class="add-form"
      aria-labelledby="add-event-title"
      onSubmit={(event) => {
        event.preventDefault();
        void add.run();
      }}
    >
      <h4 id="add-event-title">{t('dashEventsAddTitle')}</h4>
      <div class="form-row">
        <select
          aria-label={t('dashEventType')}
          value={type}
          onChange={(event) => {
            setType((event.target as HTMLSelectElement).value as BurdenEventType);
            setSubject('');
          }}
        >
          {BURDEN_EVENT_TYPES.map((option) => (
            <option key={option} value={option}>
              {burdenEventLabel(option)}
            </option>
          ))}
        </select>
        <TimeField label={t('dashTime')} value={time} onChange={setTime} required />
        {subjects.length > 0 && (
          <OptionSelect
            value={subject}
            options={subjects}
            onChange={setSubject}
            label={t('dashEventSubject')}
            emptyLabel={t('dashEventNoSubject')}
          />
        )}
        <button type="submit" class="primary" disabled={add.busy}>
          {t('dashEventAdd')}
        </button>
      </div>
      <Notice outcome={add.outcome} />
    </form>
  );
}
