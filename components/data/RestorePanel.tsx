/**
 * Restoring a backup: the file is checked a slice at a time (progress shown, the page stays usable), what it holds is
 * shown, the user picks merge or replace (replace asks once more), and the write reports its progress too.
 */
import { useState } from 'preact/hooks';
import type { LedgerBackup } from '../../utils/backup/backupFormat';
import { checkBackupFileInSlices, type RestoreMode, restoreBackup } from '../../utils/backup/restoreBackup';
import type { RestoreReport } from '../../utils/db/backupStore';
import { localDayOf } from '../../utils/stats/localTime';
import { notifyConfigChanged } from '../configChanges';
import { t } from '../i18n';
import { Notice } from '../Notice';
import type { Outcome } from '../outcome';
import { useAction } from '../useAction';
import { backupProblemMessage } from './backupProblemMessage';
import { yieldToPage } from './yieldToPage';

type RestoreStep =
  | { step: 'idle' }
  | { step: 'checking'; percent: number }
  | { step: 'ready'; backup: LedgerBackup; confirming: boolean }
  | { step: 'restoring'; percent: number };

/**
 * The last restore's outcome, kept beyond this panel: a replace that brings another language setting redraws the
 * whole dashboard in that language, and the notice must still be there afterwards.
 */
let lastOutcome: Outcome | null = null;

function reportSentence({ mode, added, alreadyThere }: RestoreReport): string {
  const counts = {
    spans: added.spans,
    checkins: added.checkins,
    rollups: added.dayRollups,
    others: added.outsideTime + added.burdenEvents + added.inventory,
    rules: added.platforms,
  };
  return mode === 'merge'
    ? t('dataRestoreDoneMerge', { ...counts, skipped: alreadyThere })
    : t('dataRestoreDoneReplace', counts);
}

const percentOf = (done: number, total: number) => (total === 0 ? 100 : Math.floor((done / total) * 100));

export function RestorePanel() {
  const [state, setState] = useState<RestoreStep>({ step: 'idle' });
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [inputKey, setInputKey] = useState(0);
  const remember = (outcome: Outcome | null) => {
    lastOutcome = outcome;
    return outcome;
  };

  const check = useAction(async (file: File | undefined) => {
    remember(null);
    if (!file) {
      setState({ step: 'idle' });
      return;
    }
    setState({ step: 'checking', percent: 0 });
    try {
      const checked = await checkBackupFileInSlices(file, {
        yieldNow: yieldToPage,
        onProgress: ({ checked: done, total }) =>
          setState({ step: 'checking', percent: percentOf(done, total) }),
      });
      if (checked.ok) {
        setState({ step: 'ready', backup: checked.backup, confirming: false });
        return;
      }
      setState({ step: 'idle' });
      return (
        remember({ tone: 'error', text: backupProblemMessage(checked.problem), unchanged: true }) ?? undefined
      );
    } catch (error) {
      setState({ step: 'idle' });
      throw error;
    }
  });

  const restore = useAction(async (backup: LedgerBackup) => {
    setState({ step: 'restoring', percent: 0 });
    try {
      const report = await restoreBackup(backup, mode, (done, total) =>
        setState({ step: 'restoring', percent: percentOf(done, total) }),
      );
      await notifyConfigChanged();
      const text = reportSentence(report);
      remember({ tone: 'ok', text });
      return text;
    } finally {
      setState({ step: 'idle' });
      setInputKey((key) => key + 1);
    }
  });

  const outcome = restore.outcome ?? check.outcome ?? lastOutcome;
  const ready = state.step === 'ready' ? state : null;
  const working = state.step === 'checking' || state.step === 'restoring';
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
          disabled={working}
          onChange={(event) => {
            restore.setOutcome(null);
            void check.run((event.currentTarget as HTMLInputElement).files?.[0]);
          }}
        />
      </label>
      {state.step === 'checking' && (
        <p class="muted" role="status" data-testid="data-restore-progress">
          <progress max={100} value={state.percent} />{' '}
          {t('dataRestoreCheckingProgress', { percent: state.percent })}
        </p>
      )}
      {state.step === 'restoring' && (
        <p class="muted" role="status" data-testid="data-restore-progress">
          <progress max={100} value={state.percent} />{' '}
          {t('dataRestoreWritingProgress', { percent: state.percent })}
        </p>
      )}
      {ready && (
        <RestoreChoice
          ready={ready}
          mode={mode}
          onMode={(choice) => {
            setMode(choice);
            setState({ ...ready, confirming: false });
          }}
          onConfirming={(confirming) => setState({ ...ready, confirming })}
          onRestore={() => void restore.run(ready.backup)}
        />
      )}
      <Notice outcome={outcome} testId="data-restore-notice" />
    </section>
  );
}

interface RestoreChoiceProps {
  ready: Extract<RestoreStep, { step: 'ready' }>;
  mode: RestoreMode;
  onMode: (mode: RestoreMode) => void;
  onConfirming: (confirming: boolean) => void;
  onRestore: () => void;
}

function RestoreChoice({ ready, mode, onMode, onConfirming, onRestore }: RestoreChoiceProps) {
  const { data } = ready.backup;
  return (
    <div class="data-restore-choice">
      <p class="ok" role="status">
        {t('dataRestoreFileOk', {
          date: localDayOf(Date.parse(ready.backup.exportedAt)),
          spans: data.spans.length,
          rollups: data.dayRollups.length,
          checkins: data.checkins.length,
          rules: data.platforms.length,
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
                onChange={() => onMode(choice)}
              />
              {t(choice === 'merge' ? 'dataRestoreMerge' : 'dataRestoreReplace')}
            </label>
          </div>
        ))}
      </fieldset>
      {ready.confirming ? (
        <div role="alertdialog" aria-labelledby="data-replace-question" class="callout">
          <p id="data-replace-question">{t('dataRestoreConfirmReplace')}</p>
          <button type="button" class="danger" onClick={onRestore}>
            {t('dataRestoreConfirmReplaceButton')}
          </button>{' '}
          <button type="button" onClick={() => onConfirming(false)}>
            {t('dataCancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          class={mode === 'replace' ? 'danger' : 'primary'}
          onClick={() => (mode === 'replace' ? onConfirming(true) : onRestore())}
        >
          {t('dataRestoreButton')}
        </button>
      )}
    </div>
  );
}
