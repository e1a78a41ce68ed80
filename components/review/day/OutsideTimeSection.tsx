/**
 * The day's time outside the browser (phone apps, work groups, printing and photos for 留痕): each record to correct
 * or delete, and more to add. It may overlap browser time: it is counted apart.
 */
import { useState } from 'preact/hooks';
import type { InventoryItem } from '../../../utils/burden/inventory';
import type { OutsideTime } from '../../../utils/burden/outsideTime';
import { deleteOutsideTime, logOutsideTime, updateOutsideTime } from '../../../utils/db/outsideTimeStore';
import type { UserRule } from '../../../utils/platforms/platform';
import { clockOf, instantOf } from '../../../utils/stats/dayTimes';
import { DeleteWithConfirmation } from '../../forms/DeleteWithConfirmation';
import { MinutesField } from '../../forms/MinutesField';
import { type NamedOption, OptionSelect } from '../../forms/OptionSelect';
import { TimeField } from '../../forms/TimeField';
import { formatMinutes, t } from '../../i18n';
import { Notice } from '../../Notice';
import type { Outcome } from '../../outcome';
import { useAction } from '../../useAction';
import { clockLabel } from '../labels';
import { editErrorSentence } from './editErrors';
import { outsideChannelName, outsideChannelOptions } from './outsideChannelOptions';

interface OutsideTimeSectionProps {
  day: string;
  records: OutsideTime[];
  inventory: InventoryItem[];
  rules: UserRule[];
}

/** Whole minutes typed in a form, 1 to a day; null for anything else. */
function typedMinutes(text: string): number | null {
  const minutes = Number(text);
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440 ? minutes : null;
}

const invalid = (): Outcome => ({ tone: 'error', text: t('dashOutsideInvalid'), unchanged: true });

export function OutsideTimeSection({ day, records, inventory, rules }: OutsideTimeSectionProps) {
  const channels = outsideChannelOptions(inventory);
  const total = records.reduce((sum, record) => sum + record.minutes, 0);
  return (
    <section class="panel" aria-labelledby="outside-title">
      <h3 id="outside-title">
        {t('dashOutsideTitle')}{' '}
        <span class="muted" data-testid="day-outside-total">
          {formatMinutes(total)}
        </span>
      </h3>
      <p class="muted">{t('dashOutsideHint')}</p>
      {records.length === 0 ? (
        <p class="muted">{t('dashOutsideEmpty')}</p>
      ) : (
        <ul class="records-list" data-testid="outside-list">
          {records.map((record) => (
            <OutsideRow
              key={record.id}
              record={record}
              channels={channels}
              inventory={inventory}
              rules={rules}
              day={day}
            />
          ))}
        </ul>
      )}
      <AddOutsideTime day={day} channels={channels} inventory={inventory} rules={rules} />
    </section>
  );
}

function OutsideRow({
  day,
  record,
  channels,
  inventory,
  rules,
}: {
  day: string;
  record: OutsideTime;
  channels: readonly NamedOption[];
  inventory: readonly InventoryItem[];
  rules: readonly UserRule[];
}) {
  const [editing, setEditing] = useState(false);
  const [time, setTime] = useState(clockOf(record.at));
  const [minutes, setMinutes] = useState(String(Math.round(record.minutes)));
  const [channel, setChannel] = useState(record.channel);
  const save = useAction(
    async () => {
      const at = instantOf(day, time);
      const spent = typedMinutes(minutes);
      if (at === null || spent === null) return invalid();
      await updateOutsideTime(record.id, { at, minutes: spent, channel });
      setEditing(false);
    },
    { describeError: (error) => editErrorSentence(error, rules) },
  );
  if (editing) {
    return (
      <li class="editing">
        <div class="form-row">
          <OptionSelect
            value={channel}
            options={channels}
            onChange={setChannel}
            label={t('dashOutsideChannel')}
            emptyLabel={t('dashOutsideChooseChannel')}
          />
          <TimeField label={t('dashTime')} value={time} onChange={setTime} />
          <MinutesField value={minutes} onChange={setMinutes} testId="outside-minutes" />
          <button type="button" class="primary" disabled={save.busy} onClick={() => void save.run()}>
            {t('dashSave')}
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('dashCancel')}
          </button>
        </div>
        <Notice outcome={save.outcome} />
      </li>
    );
  }
  return (
    <li data-outside-id={record.id}>
      <span class="time">{clockLabel(record.at)}</span>
      <span>{outsideChannelName(record.channel, inventory)}</span>
      <span>{formatMinutes(record.minutes)}</span>
      <span class="actions">
        <button type="button" onClick={() => setEditing(true)}>
          {t('dashEdit')}
        </button>
        <DeleteWithConfirmation onDelete={() => deleteOutsideTime(record.id)} />
      </span>
    </li>
  );
}

function AddOutsideTime({
  day,
  channels,
  inventory,
  rules,
}: {
  day: string;
  channels: readonly NamedOption[];
  inventory: readonly InventoryItem[];
  rules: readonly UserRule[];
}) {
  const [channel, setChannel] = useState('');
  const [time, setTime] = useState('12:00');
  const [minutes, setMinutes] = useState('30');
  const add = useAction(
    async () => {
      const at = instantOf(day, time);
      const spent = typedMinutes(minutes);
      if (at === null || spent === null || channel === '') return invalid();
      await logOutsideTime({ at, minutes: spent, channel });
      return t('dashOutsideAdded', {
        duration: formatMinutes(spent),
        channel: outsideChannelName(channel, inventory),
      });
    },
    { describeError: (error) => editErrorSentence(error, rules) },
  );
  return (
    <form
      class="add-form"
      aria-labelledby="add-outside-title"
      onSubmit={(event) => {
        event.preventDefault();
        void add.run();
      }}
    >
      <h4 id="add-outside-title">{t('dashOutsideAddTitle')}</h4>
      <div class="form-row">
        <OptionSelect
          value={channel}
          options={channels}
          onChange={setChannel}
          label={t('dashOutsideChannel')}
          emptyLabel={t('dashOutsideChooseChannel')}
          testId="outside-channel"
        />
        <TimeField label={t('dashTime')} value={time} onChange={setTime} required />
        <MinutesField value={minutes} onChange={setMinutes} testId="outside-minutes" />
        <button type="submit" class="primary" disabled={add.busy} data-testid="outside-add">
          {t('dashOutsideAdd')}
        </button>
      </div>
      <Notice outcome={add.outcome} />
    </form>
  );
}
