/** The day's browser time: each span to correct or delete, and time the browser missed to add. */
import { useState } from 'preact/hooks';
import { addManualSpan, deleteSpan, updateSpan } from '../../../utils/db/spanEdits';
import type { UserRule } from '../../../utils/platforms/platform';
import { clockOf, endInstantOf, instantOf } from '../../../utils/stats/dayTimes';
import type { StoredSpan } from '../../../utils/tracking/span';
import { DeleteWithConfirmation } from '../../forms/DeleteWithConfirmation';
import { MinutesField } from '../../forms/MinutesField';
import { type NamedOption, OptionSelect } from '../../forms/OptionSelect';
import { TimeField } from '../../forms/TimeField';
import { formatMinutes, t } from '../../i18n';
import { Notice } from '../../Notice';
import { TableHead } from '../../TableHead';
import { useAction } from '../../useAction';
import { clockLabel, platformName } from '../labels';
import { editErrorSentence } from './editErrors';

interface SpanSectionProps {
  day: string;
  spans: StoredSpan[];
  rules: UserRule[];
  platforms: readonly NamedOption[];
}

export function SpanSection({ day, spans, rules, platforms }: SpanSectionProps) {
  const total = spans.reduce((sum, span) => sum + (span.end - span.start) / 60_000, 0);
  return (
    <section class="panel" aria-labelledby="spans-title">
      <h3 id="spans-title">
        {t('dashSpansTitle')}{' '}
        <span class="muted" data-testid="day-total">
          {formatMinutes(total)}
        </span>
      </h3>
      {spans.length === 0 ? (
        <p class="muted">{t('dashSpansEmpty')}</p>
      ) : (
        <table class="records" data-testid="span-list">
          <TableHead
            columns={[
              t('dashColumnTime'),
              t('dashColumnPlatform'),
              t('dashColumnDuration'),
              t('dashColumnSource'),
            ]}
            actions
          />
          <tbody>
            {spans.map((span) => (
              <SpanRow key={span.id} day={day} span={span} platforms={platforms} rules={rules} />
            ))}
          </tbody>
        </table>
      )}
      <AddManualTime day={day} platforms={platforms} rules={rules} />
    </section>
  );
}

function SpanRow({
  day,
  span,
  platforms,
  rules,
}: {
  day: string;
  span: StoredSpan;
  platforms: readonly NamedOption[];
  rules: readonly UserRule[];
}) {
  const [editing, setEditing] = useState(false);
  const [start, setStart] = useState(clockOf(span.start));
  const [end, setEnd] = useState(clockOf(span.end));
  const [platformId, setPlatformId] = useState(span.platformId);
  const save = useAction(
    async () => {
      const startAt = instantOf(day, start);
      const endAt = endInstantOf(day, end);
      if (startAt === null || endAt === null)
        return { tone: 'error', text: t('dashEditEndNotAfterStart'), unchanged: true };
      await updateSpan(span.id, { platformId, start: startAt, end: endAt });
      setEditing(false);
    },
    { describeError: (error) => editErrorSentence(error, rules) },
  );
  const cancel = () => {
    setEditing(false);
    save.setOutcome(null);
    setStart(clockOf(span.start));
    setEnd(clockOf(span.end));
    setPlatformId(span.platformId);
  };
  if (editing) {
    return (
      <tr class="editing">
        <td colSpan={5}>
          <div class="form-row">
            <TimeField label={t('dashStartTime')} value={start} onChange={setStart} />
            <TimeField label={t('dashEndTime')} value={end} onChange={setEnd} />
            <OptionSelect
              value={platformId}
              options={platforms}
              onChange={setPlatformId}
              label={t('dashColumnPlatform')}
              emptyLabel={t('dashChoosePlatform')}
            />
            <button type="button" class="primary" disabled={save.busy} onClick={() => void save.run()}>
              {t('dashSave')}
            </button>
            <button type="button" onClick={cancel}>
              {t('dashCancel')}
            </button>
          </div>
          <Notice outcome={save.outcome} />
        </td>
      </tr>
    );
  }
  return (
    <tr data-span-id={span.id}>
      <td>
        {clockLabel(span.start)}–{clockLabel(span.end)}
      </td>
      <td>{platformName(span.platformId, rules)}</td>
      <td>{formatMinutes((span.end - span.start) / 60_000)}</td>
      <td>
        {span.source === 'manual' ? t('dashSourceManual') : t('dashSourceAuto')}
        {span.kind === 'media' ? ` · ${t('dashKindMedia')}` : ''}
      </td>
      <td class="actions">
        <button type="button" onClick={() => setEditing(true)}>
          {t('dashEdit')}
        </button>
        <DeleteWithConfirmation onDelete={() => deleteSpan(span.id)} />
      </td>
    </tr>
  );
}

/** Browser time the tracker could not see (the extension was off, another computer): a manual span. */
function AddManualTime({
  day,
  platforms,
  rules,
}: {
  day: string;
  platforms: readonly NamedOption[];
  rules: readonly UserRule[];
}) {
  const [platformId, setPlatformId] = useState('');
  const [start, setStart] = useState('09:00');
  const [minutes, setMinutes] = useState('40');
  const add = useAction(
    async () => {
      const startAt = instantOf(day, start);
      const length = Number(minutes);
      if (startAt === null || !Number.isInteger(length) || length <= 0) {
        return { tone: 'error', text: t('dashManualInvalid'), unchanged: true };
      }
      await addManualSpan({ platformId, start: startAt, end: startAt + length * 60_000 });
      return t('dashManualAdded', {
        duration: formatMinutes(length),
        platform: platformName(platformId, rules),
      });
    },
    { describeError: (error) => editErrorSentence(error, rules) },
  );
  return (
    <form
      class="add-form"
      onSubmit={(event) => {
        event.preventDefault();
        void add.run();
      }}
      aria-labelledby="add-manual-title"
    >
      <h4 id="add-manual-title">{t('dashManualTitle')}</h4>
      <p class="muted">{t('dashManualHint')}</p>
      <div class="form-row">
        <OptionSelect
          value={platformId}
          options={platforms}
          onChange={setPlatformId}
          label={t('dashColumnPlatform')}
          emptyLabel={t('dashChoosePlatform')}
        />
        <TimeField label={t('dashStartTime')} value={start} onChange={setStart} required />
        <MinutesField value={minutes} onChange={setMinutes} required />
        <button type="submit" class="primary" disabled={add.busy}>
          {t('dashManualAdd')}
        </button>
      </div>
      <Notice outcome={add.outcome} />
    </form>
  );
}
