/**
 * One day's records, to correct, delete or add: browser time, time outside the browser, check-ins (detections to
 * confirm on any day) and the burdens that take no time (forced installs, duplicate entries, rankings).
 */
import { useMemo } from 'preact/hooks';
import { dayRecords } from '../../../utils/db/reviewQueries';
import { shiftDay } from '../../../utils/stats/localTime';
import { t, uiLocale } from '../../i18n';
import { ErrorNotice, Loading } from '../../Notice';
import { useLiveQuery } from '../../useLiveQuery';
import { dateLabel, platformName, weekdayLabel } from '../labels';
import { platformOptions } from '../platformOptions';
import { BurdenEventSection } from './BurdenEventSection';
import { CheckinSection } from './CheckinSection';
import { OutsideTimeSection } from './OutsideTimeSection';
import { SpanSection } from './SpanSection';

export interface DayEditorProps {
  day: string;
  today: string;
  onNavigate: (day: string) => void;
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
      {result.status === 'error' && <ErrorNotice error={result.error} />}
      {result.status === 'ready' && <DayRecordsView day={day} records={result.value} />}
    </section>
  );
}

function DayRecordsView({ day, records }: { day: string; records: Awaited<ReturnType<typeof dayRecords>> }) {
  const { spans, rules } = records;
  const platforms = useMemo(
    () =>
      platformOptions(
        rules,
        spans.map((span) => span.platformId),
        (id) => platformName(id, rules),
        uiLocale() === 'zh_CN' ? 'zh-CN' : 'en',
      ),
    [rules, spans],
  );
  return (
    <>
      <SpanSection day={day} spans={spans} rules={rules} platforms={platforms} />
      <OutsideTimeSection
        day={day}
        records={records.outsideTime}
        inventory={records.inventory}
        rules={rules}
      />
      <CheckinSection day={day} checkins={records.checkins} rules={rules} platforms={platforms} />
      <BurdenEventSection
        day={day}
        events={records.burdenEvents}
        inventory={records.inventory}
        rules={rules}
        platforms={platforms}
      />
    </>
  );
}
