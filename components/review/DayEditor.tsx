/** One day's spans and check-ins, to correct, delete or add: time the browser could not see, a check-in it missed. */
import { useMemo, useState } from 'preact/hooks';
import { CHECKIN_TYPES, type Checkin, type CheckinType } from '../../utils/checkins/checkin';
import { deleteCheckin, logCheckin } from '../../utils/db/checkinStore';
import { dayRecords } from '../../utils/db/reviewQueries';
import { addManualSpan, deleteSpan, SpanEditError, updateSpan } from '../../utils/db/spanEdits';
import type { UserRule } from '../../utils/platforms/platform';
import { localDayOf, shiftDay } from '../../utils/stats/localTime';
import type { StoredSpan } from '../../utils/tracking/span';
import { formatMinutes, type PlainMessageKey, t, uiLocale } from '../i18n';
import { TableHead } from '../TableHead';
import { useLiveQuery } from '../useLiveQuery';
import { clockOf, instantOf } from './dayTimes';
import { checkinTypeLabel, clockLabel, dateLabel, platformName, weekdayLabel } from './labels';
import { type PlatformOption, platformOptions } from './platformOptions';
import { ErrorNotice, type FormOutcome, FormOutcomeNotice, Loading } from './StatusNotices';

export interface DayEditorProps {
  day: string;
  today: string;
  onNavigate: (day: string) => void;
}

const PROBLEM_KEYS: Record<Exclude<SpanEditError['problem'], 'overlaps'>, PlainMessageKey> = {
  endNotAfterStart: 'dashEditEndNotAfterStart',
  crossesMidnight: 'dashEditCrossesMidnight',
  inFuture: 'dashEditInFuture',
  noPlatform: 'dashEditNoPlatform',
  notFound: 'dashEditNotFound',
};

/** A refused edit as a sentence; anything else is a storage error, and nothing was changed either way. */
function editErrorSentence(error: unknown, rules: readonly UserRule[]): string {
  if (error instanceof SpanEditError) {
    if (error.problem !== 'overlaps') return t(PROBLEM_KEYS[error.problem]);
    // A refused overlap always names the record it overlaps.
    const conflicting = error.conflicting;
    return t('dashEditOverlaps', {
      platform: conflicting ? platformName(conflicting.platformId, rules) : '',
      start: conflicting ? clockLabel(conflicting.start) : '',
      end: conflicting ? clockLabel(conflicting.end) : '',
    });
  }
  return t('storageError', { detail: error instanceof Error ? error.message : String(error) });
}

export function DayEditor({ day, today, onNavigate }: DayEditorProps) {
  const result = useLiveQuery(() => dayRecords(day), [day]);
  return (
    <section class="day-editor" aria-labelledby="day-title">
      <div class="period-nav">
        <button type="button" onClick={() => onNavigate(shiftDay(day, -1))}>
          {t('dashPreviousDay')}
        </button>
        <h2 id="day-title" data-testid="day-title">
          {t('dashDayTitle', { date: dateLabel(day), weekday: weekdayLabel(day) })}
        </h2>
        <button type="button" disabled={day >= today} onClick={() => onNavigate(shiftDay(day, 1))}>
          {t('dashNextDay')}
        </button>
        <label class="inline">
          {t('dashChooseDay')}{' '}
          <input
            type="date"
            value={day}
            max={today}
            onChange={(event) => {
              const value = (event.target as HTMLInputElement).value;
              if (value) onNavigate(value);
            }}
          />
        </label>
      </div>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorNotice detail={result.error} />}
      {result.status === 'ready' && (
        <DayRecordsView
          day={day}
          spans={result.value.spans}
          checkins={result.value.checkins}
          rules={result.value.rules}
        />
      )}
    </section>
  );
}

interface DayRecordsViewProps {
  day: string;
  spans: StoredSpan[];
  checkins: Checkin[];
  rules: UserRule[];
}

function DayRecordsView({ day, spans, checkins, rules }: DayRecordsViewProps) {
  const nameOf = (id: string) => platformName(id, rules);
  const options = useMemo(
    () =>
      platformOptions(
        rules,
        spans.map((span) => span.platformId),
        (id) => platformName(id, rules),
        uiLocale() === 'zh_CN' ? 'zh-CN' : 'en',
      ),
    [rules, spans],
  );
  const total = spans.reduce((sum, span) => sum + (span.end - span.start) / 60_000, 0);
  return (
    <>
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
                <SpanRow
                  key={span.id}
                  day={day}
                  span={span}
                  options={options}
                  nameOf={nameOf}
                  rules={rules}
                />
              ))}
            </tbody>
          </table>
        )}
        <AddManualTime day={day} options={options} rules={rules} />
      </section>
      <section class="panel" aria-labelledby="day-checkins-title">
        <h3 id="day-checkins-title">{t('dashDayCheckinsTitle')}</h3>
        {checkins.length === 0 ? (
          <p class="muted">{t('dashDayCheckinsEmpty')}</p>
        ) : (
          <ul class="records-list" data-testid="checkin-list">
            {checkins.map((checkin) => (
              <CheckinRow key={checkin.id} checkin={checkin} nameOf={nameOf} />
            ))}
          </ul>
        )}
        <AddCheckin day={day} options={options} />
      </section>
    </>
  );
}

function PlatformSelect({
  value,
  options,
  onChange,
  label,
  allowNone = false,
}: {
  value: string;
  options: readonly PlatformOption[];
  onChange: (id: string) => void;
  label: string;
  allowNone?: boolean;
}) {
  return (
    <select
      aria-label={label}
      value={value}
      onChange={(event) => onChange((event.target as HTMLSelectElement).value)}
    >
      <option value="">{allowNone ? t('dashNoPlatform') : t('dashChoosePlatform')}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </select>
  );
}

function SpanRow({
  day,
  span,
  options,
  nameOf,
  rules,
}: {
  day: string;
  span: StoredSpan;
  options: readonly PlatformOption[];
  nameOf: (id: string) => string;
  rules: readonly UserRule[];
}) {
  const [editing, setEditing] = useState(false);
  const [start, setStart] = useState(clockOf(span.start));
  const [end, setEnd] = useState(clockOf(span.end));
  const [platformId, setPlatformId] = useState(span.platformId);
  const [problem, setProblem] = useState<string | null>(null);
  const id = span.id;

  const save = async () => {
    const startAt = instantOf(day, start);
    const endAt = end === '00:00' ? instantOf(shiftDay(day, 1), '00:00') : instantOf(day, end);
    if (startAt === null || endAt === null) {
      setProblem(t('dashEditEndNotAfterStart'));
      return;
    }
    try {
      await updateSpan(id, { platformId, start: startAt, end: endAt });
      setProblem(null);
      setEditing(false);
    } catch (error) {
      setProblem(editErrorSentence(error, rules));
    }
  };

  if (editing) {
    return (
      <tr class="editing">
        <td colSpan={5}>
          <div class="form-row">
            <TimeField label={t('dashStartTime')} value={start} onChange={setStart} />
            <TimeField label={t('dashEndTime')} value={end} onChange={setEnd} />
            <PlatformSelect
              value={platformId}
              options={options}
              onChange={setPlatformId}
              label={t('dashColumnPlatform')}
            />
            <button type="button" class="primary" onClick={save}>
              {t('dashSave')}
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                setProblem(null);
                setStart(clockOf(span.start));
                setEnd(clockOf(span.end));
                setPlatformId(span.platformId);
              }}
            >
              {t('dashCancel')}
            </button>
          </div>
          {problem && (
            <p class="error" role="alert">
              {problem}
            </p>
          )}
        </td>
      </tr>
    );
  }
  return (
    <tr data-span-id={id}>
      <td>
        {clockLabel(span.start)}–{clockLabel(span.end)}
      </td>
      <td>{nameOf(span.platformId)}</td>
      <td>{formatMinutes((span.end - span.start) / 60_000)}</td>
      <td>
        {span.source === 'manual' ? t('dashSourceManual') : t('dashSourceAuto')}
        {span.kind === 'media' ? ` · ${t('dashKindMedia')}` : ''}
      </td>
      <td class="actions">
        <button type="button" onClick={() => setEditing(true)}>
          {t('dashEdit')}
        </button>
        <DeleteWithConfirmation onDelete={() => deleteSpan(id)} />
      </td>
    </tr>
  );
}

function AddManualTime({
  day,
  options,
  rules,
}: {
  day: string;
  options: readonly PlatformOption[];
  rules: readonly UserRule[];
}) {
  const [platformId, setPlatformId] = useState('');
  const [start, setStart] = useState('09:00');
  const [minutes, setMinutes] = useState('40');
  const [message, setMessage] = useState<FormOutcome | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const startAt = instantOf(day, start);
    const length = Number(minutes);
    if (startAt === null || !Number.isInteger(length) || length <= 0) {
      setMessage({ error: true, text: t('dashManualInvalid') });
      return;
    }
    try {
      await addManualSpan({ platformId, start: startAt, end: startAt + length * 60_000 });
      setMessage({
        error: false,
        text: t('dashManualAdded', {
          duration: formatMinutes(length),
          platform: platformName(platformId, rules),
        }),
      });
    } catch (error) {
      setMessage({ error: true, text: editErrorSentence(error, rules) });
    }
  };

  return (
    <form class="add-form" onSubmit={submit} aria-labelledby="add-manual-title">
      <h4 id="add-manual-title">{t('dashManualTitle')}</h4>
      <p class="muted">{t('dashManualHint')}</p>
      <div class="form-row">
        <PlatformSelect
          value={platformId}
          options={options}
          onChange={setPlatformId}
          label={t('dashColumnPlatform')}
        />
        <TimeField label={t('dashStartTime')} value={start} onChange={setStart} required />
        <label>
          {t('dashMinutes')}{' '}
          <input
            type="number"
            min={1}
            max={1440}
            step={1}
            value={minutes}
            required
            onInput={(e) => setMinutes((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="primary">
          {t('dashManualAdd')}
        </button>
      </div>
      <FormOutcomeNotice outcome={message} />
    </form>
  );
}

function CheckinRow({ checkin, nameOf }: { checkin: Checkin; nameOf: (id: string) => string }) {
  const id = checkin.id;
  const rejected = checkin.confirmed === false;
  return (
    <li data-checkin-id={id} class={rejected ? 'rejected' : undefined}>
      <span class="time">{clockLabel(checkin.at)}</span>
      <span>{checkinTypeLabel(checkin.type)}</span>
      <span class="muted">{checkin.platformId ? nameOf(checkin.platformId) : t('dashNoPlatform')}</span>
      <span class="muted">
        {checkin.source === 'manual' ? t('dashSourceManual') : t('dashSourceDetected')}
        {rejected ? ` · ${t('dashCheckinRejected')}` : ''}
      </span>
      <DeleteWithConfirmation onDelete={() => deleteCheckin(id)} />
    </li>
  );
}

function AddCheckin({ day, options }: { day: string; options: readonly PlatformOption[] }) {
  const [type, setType] = useState<CheckinType>(CHECKIN_TYPES[0]);
  const [time, setTime] = useState(() => (day === localDayOf(Date.now()) ? clockOf(Date.now()) : '09:00'));
  const [platformId, setPlatformId] = useState('');
  const [message, setMessage] = useState<FormOutcome | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const at = instantOf(day, time);
    if (at === null) {
      setMessage({ error: true, text: t('dashManualInvalid') });
      return;
    }
    try {
      await logCheckin({ at, day, platformId: platformId || null, type, source: 'manual' });
      setMessage({ error: false, text: t('dashCheckinAdded', { type: checkinTypeLabel(type) }) });
    } catch (error) {
      setMessage({
        error: true,
        text: t('storageError', { detail: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  return (
    <form class="add-form" onSubmit={submit} aria-labelledby="add-checkin-title">
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
        <PlatformSelect
          value={platformId}
          options={options}
          onChange={setPlatformId}
          label={t('dashColumnPlatform')}
          allowNone
        />
        <button type="submit" class="primary">
          {t('dashAddCheckin')}
        </button>
      </div>
      <FormOutcomeNotice outcome={message} />
    </form>
  );
}

/** A clock time (HH:mm) with its label in front. */
function TimeField({
  label,
  value,
  onChange,
  required = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
}) {
  return (
    <label>
      {label}{' '}
      <input
        type="time"
        value={value}
        required={required}
        onInput={(event) => onChange((event.target as HTMLInputElement).value)}
      />
    </label>
  );
}

/** Delete in two clicks: the first asks, the second deletes; a record is not lost to a stray click. */
function DeleteWithConfirmation({ onDelete }: { onDelete: () => Promise<unknown> }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {t('dashDelete')}
      </button>
    );
  }
  return (
    <>
      <button type="button" class="danger" onClick={() => void onDelete()}>
        {t('dashConfirmDelete')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('dashCancel')}
      </button>
    </>
  );
}
