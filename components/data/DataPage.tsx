/** The dashboard's data page: what is stored, backup, restore (merge or replace), retention, and wiping everything. */
import { useEffect, useState } from 'preact/hooks';
import type { LedgerBackup } from '../../utils/backup/backupFormat';
import { type DataOverview, dataOverview } from '../../utils/backup/dataOverview';
import { backupFileName, backupToJson, readBackup } from '../../utils/backup/exportBackup';
import { checkBackupFile, type RestoreMode, restoreBackup } from '../../utils/backup/restoreBackup';
import { runRetention } from '../../utils/backup/retention';
import { wipeEverything } from '../../utils/backup/wipe';
import { observeQuery } from '../../utils/db/liveQuery';
import { localDayOf } from '../../utils/stats/localTime';
import { notifyConfigChanged, saveSettingsAndNotify } from '../configChanges';
import { t } from '../i18n';
import { backupProblemMessage } from './backupProblemMessage';
import { saveTextFile } from './saveFile';
import { storageErrorMessage } from './storageErrorMessage';

const RETENTION_CHOICES = [3, 6, 12, 24, 36];

interface Notice {
  tone: 'ok' | 'error';
  text: string;
  /** an error that left the data as it was says so on a second line */
  unchanged?: boolean;
}

type OverviewState =
  | { status: 'loading' }
  | { status: 'ready'; value: DataOverview }
  | { status: 'error'; error: unknown };

/** Like useLiveQuery, but keeps the error itself, so a full disk and a blocked storage read differently. */
function useOverview(): OverviewState {
  const [state, setState] = useState<OverviewState>({ status: 'loading' });
  useEffect(
    () =>
      observeQuery(
        () => dataOverview(Date.now()),
        (value) => setState({ status: 'ready', value }),
        (error) => setState({ status: 'error', error }),
      ),
    [],
  );
  return state;
}

function failure(error: unknown): Notice {
  return { tone: 'error', text: storageErrorMessage(error), unchanged: true };
}

function NoticeLine({ notice, testId }: { notice: Notice | null; testId: string }) {
  if (!notice) return null;
  return (
    <div
      class={notice.tone === 'ok' ? 'ok' : 'error'}
      role={notice.tone === 'ok' ? 'status' : 'alert'}
      data-testid={testId}
    >
      <p>{notice.text}</p>
      {notice.unchanged && <p>{t('dataNothingChanged')}</p>}
    </div>
  );
}

export function DataPage() {
  const overview = useOverview();
  return (
    <section class="data-page" aria-labelledby="data-title">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <p class="muted">{t('dataIntro')}</p>
      {overview.status === 'error' && (
        <p class="error" role="alert" data-testid="data-storage-error">
          {storageErrorMessage(overview.error)}
        </p>
      )}
      {overview.status === 'ready' && <OverviewPanel overview={overview.value} />}
      <BackupPanel />
      <RestorePanel />
      {overview.status === 'ready' && <RetentionPanel overview={overview.value} />}
      <WipePanel />
    </section>
  );
}

function OverviewPanel({ overview }: { overview: DataOverview }) {
  const rows: [string, number][] = [
    [t('dataOverviewSpans'), overview.spans],
    [t('dataOverviewRollups'), overview.dayRollups],
    [t('dataOverviewCheckins'), overview.checkins],
    [t('dataOverviewFingerprints'), overview.fingerprints],
    [t('dataOverviewRules'), overview.rules],
  ];
  return (
    <section class="panel" aria-labelledby="data-overview-title">
      <h3 id="data-overview-title">{t('dataOverviewTitle')}</h3>
      {overview.firstDay === null ? (
        <p class="muted">{t('dataOverviewNone')}</p>
      ) : (
        <div data-testid="data-overview">
          <p>
            {t('dataOverviewRangeValue', {
              firstDay: overview.firstDay,
              lastDay: overview.lastDay ?? overview.firstDay,
            })}
          </p>
          <div class="cards">
            {rows.map(([label, count]) => (
              <div key={label} class="card">
                <div class="card-label">{label}</div>
                <div class="card-value">{t('dataCount', { count })}</div>
              </div>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}

function BackupPanel() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const now = Date.now();
      const backup = await readBackup(now);
      const fileName = backupFileName(now);
      saveTextFile(backupToJson(backup), fileName);
      setNotice({
        tone: 'ok',
        text: t('dataBackupSaved', {
          file: fileName,
          spans: backup.data.spans.length,
          checkins: backup.data.checkins.length,
        }),
      });
    } catch (error) {
      setNotice(failure(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel" aria-labelledby="data-backup-title">
      <h3 id="data-backup-title">{t('dataBackupTitle')}</h3>
      <p>{t('dataBackupIntro')}</p>
      <p class="muted">{t('dataBackupSaltNote')}</p>
      <button
        type="button"
        class="primary"
        disabled={busy}
        data-testid="data-backup-button"
        onClick={() => void save()}
      >
        {t('dataBackupButton')}
      </button>
      <NoticeLine notice={notice} testId="data-backup-notice" />
    </section>
  );
}

type RestoreStep =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'ready'; backup: LedgerBackup; confirming: boolean }
  | { step: 'restoring' };

function RestorePanel() {
  const [state, setState] = useState<RestoreStep>({ step: 'idle' });
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const choose = async (file: File | undefined) => {
    setNotice(null);
    if (!file) {
      setState({ step: 'idle' });
      return;
    }
    setState({ step: 'checking' });
    try {
      const checked = await checkBackupFile(file);
      if (checked.ok) {
        setState({ step: 'ready', backup: checked.backup, confirming: false });
      } else {
        setState({ step: 'idle' });
        setNotice({ tone: 'error', text: backupProblemMessage(checked.problem), unchanged: true });
      }
    } catch (error) {
      setState({ step: 'idle' });
      setNotice(failure(error));
    }
  };

  const restore = async (backup: LedgerBackup) => {
    setState({ step: 'restoring' });
    try {
      const report = await restoreBackup(backup, mode);
      await notifyConfigChanged();
      const { added } = report;
      setNotice({
        tone: 'ok',
        text:
          mode === 'merge'
            ? t('dataRestoreDoneMerge', {
                spans: added.spans,
                checkins: added.checkins,
                rollups: added.dayRollups,
                rules: added.platforms,
                skipped: report.alreadyThere,
              })
            : t('dataRestoreDoneReplace', {
                spans: added.spans,
                checkins: added.checkins,
                rollups: added.dayRollups,
                rules: added.platforms,
              }),
      });
    } catch (error) {
      setNotice(failure(error));
    }
    setState({ step: 'idle' });
    setInputKey((key) => key + 1);
  };

  const ready = state.step === 'ready' ? state : null;
  return (
    <section class="panel" aria-labelledby="data-restore-title">
      <h3 id="data-restore-title">{t('dataRestoreTitle')}</h3>
      <p>{t('dataRestoreIntro')}</p>
      <label>
        {t('dataRestoreChooseFile')}{' '}
        <input
          key={inputKey}
          type="file"
          accept=".json,application/json"
          data-testid="data-restore-file"
          disabled={state.step === 'checking' || state.step === 'restoring'}
          onChange={(event) => void choose((event.currentTarget as HTMLInputElement).files?.[0])}
        />
      </label>
      {state.step === 'checking' && (
        <p class="muted" role="status">
          {t('dataRestoreChecking')}
        </p>
      )}
      {state.step === 'restoring' && (
        <p class="muted" role="status">
          {t('dataRestoreWorking')}
        </p>
      )}
      {ready && (
        <div class="data-restore-choice">
          <p class="ok" role="status">
            {t('dataRestoreFileOk', {
              date: localDayOf(Date.parse(ready.backup.exportedAt)),
              spans: ready.backup.data.spans.length,
              rollups: ready.backup.data.dayRollups.length,
              checkins: ready.backup.data.checkins.length,
              rules: ready.backup.data.platforms.length,
            })}
          </p>
          <fieldset>
            <legend>{t('dataRestoreModeLegend')}</legend>
            {(['merge', 'replace'] as const).map((choice) => (
              <div key={choice}>
                <label class="inline">
                  <input
                    type="radio"
                    name="data-restore-mode"
                    value={choice}
                    checked={mode === choice}
                    onChange={() => {
                      setMode(choice);
                      setState({ ...ready, confirming: false });
                    }}
                  />
                  {t(choice === 'merge' ? 'dataRestoreMerge' : 'dataRestoreReplace')}
                </label>
              </div>
            ))}
          </fieldset>
          {ready.confirming ? (
            <div role="alertdialog" aria-labelledby="data-replace-question" class="callout">
              <p id="data-replace-question">{t('dataRestoreConfirmReplace')}</p>
              <button type="button" class="danger" onClick={() => void restore(ready.backup)}>
                {t('dataRestoreConfirmReplaceButton')}
              </button>{' '}
              <button type="button" onClick={() => setState({ ...ready, confirming: false })}>
                {t('dataCancel')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              class={mode === 'replace' ? 'danger' : 'primary'}
              onClick={() =>
                mode === 'replace' ? setState({ ...ready, confirming: true }) : void restore(ready.backup)
              }
            >
              {t('dataRestoreButton')}
            </button>
          )}
        </div>
      )}
      <NoticeLine notice={notice} testId="data-restore-notice" />
    </section>
  );
}

function RetentionPanel({ overview }: { overview: DataOverview }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const choices = [...new Set([...RETENTION_CHOICES, overview.retentionMonths])].sort((a, b) => a - b);
  const saveMonths = async (months: number) => {
    try {
      await saveSettingsAndNotify({ retentionMonths: months });
      setNotice({ tone: 'ok', text: t('dataRetentionSaved', { months }) });
    } catch (error) {
      setNotice(failure(error));
    }
  };
  const fold = async () => {
    setBusy(true);
    try {
      const result = await runRetention(Date.now());
      setNotice({
        tone: 'ok',
        text: t('dataRetentionDone', { spans: result.foldedSpans, days: result.foldedDays }),
      });
    } catch (error) {
      setNotice(failure(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel" aria-labelledby="data-retention-title">
      <h3 id="data-retention-title">{t('dataRetentionTitle')}</h3>
      <p>{t('dataRetentionIntro')}</p>
      <label>
        {t('dataRetentionLabel')}{' '}
        <select
          value={String(overview.retentionMonths)}
          onChange={(event) => void saveMonths(Number((event.currentTarget as HTMLSelectElement).value))}
        >
          {choices.map((months) => (
            <option key={months} value={String(months)}>
              {t('dataRetentionMonths', { months })}
            </option>
          ))}
        </select>
      </label>
      <p class="muted">
        {overview.spansDueForFolding > 0
          ? t('dataRetentionDue', { count: overview.spansDueForFolding })
          : t('dataRetentionNoneDue')}
      </p>
      <button type="button" disabled={busy || overview.spansDueForFolding === 0} onClick={() => void fold()}>
        {t('dataRetentionButton')}
      </button>
      <NoticeLine notice={notice} testId="data-retention-notice" />
    </section>
  );
}

function WipePanel() {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const word = t('dataWipeConfirmWord');
  const cancel = () => {
    setConfirming(false);
    setTyped('');
  };
  const wipe = async () => {
    setBusy(true);
    try {
      await wipeEverything();
      await notifyConfigChanged();
      setNotice({ tone: 'ok', text: t('dataWipeDone') });
      cancel();
    } catch (error) {
      setNotice(failure(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel data-wipe" aria-labelledby="data-wipe-title">
      <h3 id="data-wipe-title">{t('dataWipeTitle')}</h3>
      <p>{t('dataWipeIntro')}</p>
      {confirming ? (
        <form
          class="callout"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim() === word) void wipe();
          }}
        >
          <label data-testid="data-wipe-label">
            {t('dataWipeConfirmLabel', { word })}{' '}
            <input
              type="text"
              autoFocus
              autoComplete="off"
              data-testid="data-wipe-confirm"
              value={typed}
              onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
            />
          </label>{' '}
          <button
            type="submit"
            class="danger"
            data-testid="data-wipe-submit"
            disabled={busy || typed.trim() !== word}
          >
            {t('dataWipeConfirmButton')}
          </button>{' '}
          <button type="button" onClick={cancel}>
            {t('dataCancel')}
          </button>
        </form>
      ) : (
        <button
          type="button"
          class="danger"
          data-testid="data-wipe-start"
          onClick={() => setConfirming(true)}
        >
          {t('dataWipeButton')}
        </button>
      )}
      <NoticeLine notice={notice} testId="data-wipe-notice" />
    </section>
  );
}
