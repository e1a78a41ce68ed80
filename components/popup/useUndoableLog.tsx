/**
 * One click logs a record, and what it logged can be taken back for a while: the popup's outside time and burden
 * events share this with the quick check-in's timing (UNDO_VISIBLE_MS). A double click is one record.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { UNDO_VISIBLE_MS } from '../checkins/QuickCheckin';
import { t } from '../i18n';
import { storageErrorMessage } from '../storageErrorMessage';

const UNDONE_VISIBLE_MS = 5_000;

/** What a write reports: its sentence, the sentence once undone, and how to undo it. */
export interface Logged {
  text: string;
  undoneText: string;
  undo: () => Promise<void>;
}

type Status =
  | ({ kind: 'logged' } & Logged)
  | { kind: 'undone'; text: string }
  | { kind: 'error'; text: string };

export interface UndoableLog {
  /** runs the write unless one is under way; true when it logged */
  log: (write: () => Promise<Logged>) => Promise<boolean>;
  status: Status | null;
  undo: () => Promise<void>;
}

/** `describeError` names a refusal (undefined: the storage error sentence). */
export function useUndoableLog(describeError?: (error: unknown) => string | undefined): UndoableLog {
  const [status, setStatus] = useState<Status | null>(null);
  const writing = useRef(false);
  useEffect(() => {
    if (status === null || status.kind === 'error') return;
    const timer = setTimeout(
      () => setStatus(null),
      status.kind === 'logged' ? UNDO_VISIBLE_MS : UNDONE_VISIBLE_MS,
    );
    return () => clearTimeout(timer);
  }, [status]);
  const log = async (write: () => Promise<Logged>) => {
    if (writing.current) return false;
    writing.current = true;
    try {
      setStatus({ kind: 'logged', ...(await write()) });
      return true;
    } catch (error) {
      setStatus({ kind: 'error', text: describeError?.(error) ?? storageErrorMessage(error) });
      return false;
    } finally {
      writing.current = false;
    }
  };
  const undo = async () => {
    if (status?.kind !== 'logged') return;
    try {
      await status.undo();
      setStatus({ kind: 'undone', text: status.undoneText });
    } catch (error) {
      setStatus({ kind: 'error', text: storageErrorMessage(error) });
    }
  };
  return { log, status, undo };
}

/** The line under a row of one-click buttons: what was logged with its undo, what was undone, or what failed. */
export function UndoStatus({ log, testId }: { log: UndoableLog; testId: string }) {
  const { status } = log;
  return (
    <>
      <p class="checkin-status" role="status" data-testid={testId}>
        {status?.kind === 'logged' && (
          <>
            <span>{status.text}</span>{' '}
            <button
              type="button"
              class="link"
              data-testid={`${testId}-undo`}
              aria-label={t('popupUndoLabel', { what: status.text })}
              onClick={() => void log.undo()}
            >
              {t('checkinUndo')}
            </button>
          </>
        )}
        {status?.kind === 'undone' && status.text}
      </p>
      {status?.kind === 'error' && (
        <p class="error" role="alert">
          {status.text}
        </p>
      )}
    </>
  );
}
