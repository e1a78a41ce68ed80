/**
 * The dashboard's share page (#share): the anonymized summary of the last complete week, shown exactly as it
 * leaves the device, with copy and save buttons, a period picker and the summary's settings beside it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { saveSummarySettings } from '../../utils/db/summaryQueries';
import type { Settings } from '../../utils/settings';
import { localDayOf } from '../../utils/stats/localTime';
import type { Period } from '../../utils/stats/periodTotals';
import { t } from '../i18n';
import { ErrorNotice, Loading } from '../Notice';
import { periodLabel } from '../review/labels';
import { CSV_TYPE, copyText, JSON_TYPE, saveTextFile, selectTextOf } from '../saveFile';
import { useNow } from '../useLiveQuery';
import { ShareOptions } from './ShareOptions';
import { type PreviewForm, SummaryPreview } from './SummaryPreview';
import { csvFileText, pickablePeriods, type SharedSummary, summaryFileName } from './shareSummary';
import { useSharedSummary } from './useSharedSummary';
import './share.css';

const PREVIEW_ID = 'share-preview';

type Status =
  | { kind: 'copied'; about: string }
  | { kind: 'copyFailed'; about: string }
  | { kind: 'saved'; fileName: string; about: string }
  | { kind: 'settingsNotSaved'; detail: string }
  | null;

export function SharePage() {
  const today = localDayOf(useNow(60_000));
  const [kind, setKind] = useState<Period['kind']>('week');
  const [chosenFirstDay, setChosenFirstDay] = useState<string | null>(null);
  const periods = useMemo(() => pickablePeriods(kind, today), [kind, today]);
  const period = periods.find((each) => each.firstDay === chosenFirstDay) ?? periods[0]!;
  const result = useSharedSummary(period);
  const [status, setStatus] = useState<Status>(null);

  const saveOptions = (changes: Partial<Settings['summary']>) => {
    saveSummarySettings(changes).then(
      () => setStatus(null),
      (error) =>
        setStatus({
          kind: 'settingsNotSaved',
          detail: error instanceof Error ? error.message : String(error),
        }),
    );
  };

  return (
    <section class="share" aria-labelledby="share-title">
      <h2 id="share-title">{t('shareTitle')}</h2>
      <p class="muted share-intro">{t('shareIntro')}</p>
      <div class="share-layout">
        <div class="panel share-main">
          <PeriodPicker
            kind={kind}
            periods={periods}
            period={period}
            onKind={(next) => {
              setKind(next);
              setChosenFirstDay(null);
            }}
            onPeriod={setChosenFirstDay}
          />
          {result.status === 'loading' && <Loading />}
          {result.status === 'error' && <ErrorNotice error={result.error} />}
          {result.status === 'invalidSettings' && (
            <p class="error" role="alert">
              {t('shareInvalidSettings')}
            </p>
          )}
          {result.status === 'ready' && (
            <ReadySummary
              shared={result.shared}
              noise={result.settings.summary.epsilon !== null}
              status={status}
              onStatus={setStatus}
            />
          )}
        </div>
        <aside class="panel share-side" aria-labelledby="share-options-title">
          <h3 id="share-options-title">{t('shareOptionsTitle')}</h3>
          {(result.status === 'ready' || result.status === 'invalidSettings') && (
            <ShareOptions options={result.settings.summary} onChange={saveOptions} />
          )}
          {status?.kind === 'settingsNotSaved' && (
            <p class="error" role="alert">
              {t('shareSettingsNotSaved', { detail: status.detail })}
            </p>
          )}
        </aside>
      </div>
    </section>
  );
}

interface PeriodPickerProps {
  kind: Period['kind'];
  periods: readonly Period[];
  period: Period;
  onKind: (kind: Period['kind']) => void;
  onPeriod: (firstDay: string) => void;
}

function PeriodPicker({ kind, periods, period, onKind, onPeriod }: PeriodPickerProps) {
  return (
    <div class="share-period">
      <fieldset class="share-kind">
        <legend>{t('sharePeriodLegend')}</legend>
        {(['week', 'month'] as const).map((each) => (
          <label key={each} class="inline">
            <input
              type="radio"
              name="share-kind"
              value={each}
              checked={kind === each}
              data-testid={`share-kind-${each}`}
              onChange={() => onKind(each)}
            />
            {each === 'week' ? t('shareKindWeek') : t('shareKindMonth')}
          </label>
        ))}
      </fieldset>
      <label class="share-period-select">
        {kind === 'week' ? t('shareWhichWeek') : t('shareWhichMonth')}
        <select
          value={period.firstDay}
          data-testid="share-period"
          onChange={(event) => onPeriod(event.currentTarget.value)}
        >
          {periods.map((each, index) => (
            <option key={each.firstDay} value={each.firstDay}>
              {index === 0
                ? t(kind === 'week' ? 'shareLastWeekOption' : 'shareLastMonthOption', {
                    period: periodLabel(each),
                  })
                : periodLabel(each)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

interface ReadySummaryProps {
  shared: SharedSummary;
  noise: boolean;
  status: Status;
  onStatus: (status: Status) => void;
}

function ReadySummary({ shared, noise, status, onStatus }: ReadySummaryProps) {
  const [form, setForm] = useState<PreviewForm>('text');
  const [selectAfterRender, setSelectAfterRender] = useState(false);
  // A message about a copy or a file belongs to the summary it was about, and goes when the summary changes.
  const shown = status && 'about' in status && status.about === shared.json ? status : null;
  useEffect(() => {
    if (!selectAfterRender) return;
    const panel = document.getElementById(`${PREVIEW_ID}-panel`);
    if (panel) {
      panel.focus();
      selectTextOf(panel);
    }
    setSelectAfterRender(false);
  }, [selectAfterRender]);

  const copy = async () => {
    if (await copyText(shared.text)) {
      onStatus({ kind: 'copied', about: shared.json });
      return;
    }
    onStatus({ kind: 'copyFailed', about: shared.json });
    setForm('text');
    setSelectAfterRender(true);
  };
  const save = (extension: 'json' | 'csv') => {
    const fileName = summaryFileName(t('shareFileBase'), shared.period, extension);
    if (extension === 'json') saveTextFile({ fileName, text: shared.json, type: JSON_TYPE });
    else saveTextFile({ fileName, text: csvFileText(shared.csv), type: CSV_TYPE });
    onStatus({ kind: 'saved', fileName, about: shared.json });
  };

  return (
    <>
      {shared.isEmpty && <p class="callout">{t('shareEmptyPeriod')}</p>}
      {shared.summary.unconfirmedLeftOut > 0 && (
        <p class="callout" data-testid="share-unconfirmed">
          {t('shareUnconfirmedLeftOut', { count: shared.summary.unconfirmedLeftOut })}
        </p>
      )}
      <div class="share-actions">
        <button type="button" class="primary" data-testid="share-copy" onClick={copy}>
          {t('shareCopyText')}
        </button>
        <button type="button" data-testid="share-save-json" onClick={() => save('json')}>
          {t('shareSaveJson')}
        </button>
        <button type="button" data-testid="share-save-csv" onClick={() => save('csv')}>
          {t('shareSaveCsv')}
        </button>
      </div>
      <p role="status" class="share-status" data-testid="share-status">
        {shown?.kind === 'copied' && <span class="ok">{t('shareCopied')}</span>}
        {shown?.kind === 'copyFailed' && <span class="error">{t('shareCopyFailed')}</span>}
        {shown?.kind === 'saved' && <span class="ok">{t('shareSaved', { file: shown.fileName })}</span>}
      </p>
      <p class="muted hint">{t('shareWhatYouSee')}</p>
      <SummaryPreview shared={shared} form={form} onForm={setForm} idPrefix={PREVIEW_ID} />
      <p class="share-notice" data-testid="share-platform-notice">
        {t('shareNationalOnly')}
      </p>
      {noise && <p class="muted hint">{t('shareNoiseInPreview')}</p>}
    </>
  );
}
