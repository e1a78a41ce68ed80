/**
 * The popup's one-click check-in: a button per frequent type logs it now; "with details" adds a platform or an
 * app outside the browser, minutes and a time; the entry just logged can be undone for a while.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CHECKIN_TYPES, type CheckinType, type NewCheckin } from '../../utils/checkins/checkin';
import { deleteCheckin, logCheckin } from '../../utils/db/checkinStore';
import { localDayOf } from '../../utils/stats/localTime';
import { t } from '../i18n';
import { checkinTypeLabel, clockLabel } from '../review/labels';
import { DetailedCheckinForm } from './DetailedCheckinForm';
import './checkins.css';

/** The types most cadres log every day get a button; the rest of the taxonomy waits behind "more". */
const FREQUENT_TYPES = CHECKIN_TYPES.slice(0, 6);
const MORE_TYPES = CHECKIN_TYPES.slice(6);

/** Long enough to notice a wrong click and take it back; short enough not to undo something long forgotten. */
export const UNDO_VISIBLE_MS = 15_000;
const UNDONE_VISIBLE_MS = 5_000;

type Notice =
  | { kind: 'logged'; id: number; type: CheckinType; at: number }
  | { kind: 'undone'; type: CheckinType; at: number }
  | { kind: 'error'; text: string };

function storageErrorText(error: unknown): string {
  return t('storageError', { detail: error instanceof Error ? error.message : String(error) });
}

export function QuickCheckin() {
  const [moreOpen, setMoreOpen] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  // Clicks while a write is under way are dropped (a double click is one check-in); the buttons keep their focus.
  const writing = useRef(false);

  useEffect(() => {
    if (notice === null || notice.kind === 'error') return;
    const timer = setTimeout(
      () => setNotice(null),
      notice.kind === 'logged' ? UNDO_VISIBLE_MS : UNDONE_VISIBLE_MS,
    );
    return () => clearTimeout(timer);
  }, [notice]);

  const log = async (entry: NewCheckin, outsideMinutes?: number): Promise<boolean> => {
    if (writing.current) return false;
    writing.current = true;
    try {
      const id = await logCheckin(entry, outsideMinutes);
      setNotice({ kind: 'logged', id, type: entry.type, at: entry.at });
      return true;
    } catch (error) {
      setNotice({ kind: 'error', text: storageErrorText(error) });
      return false;
    } finally {
      writing.current = false;
    }
  };

  const logNow = (type: CheckinType) => {
    const now = Date.now();
    void log({ at: now, day: localDayOf(now), platformId: null, type, source: 'manual' });
  };

  const undo = async (logged: Extract<Notice, { kind: 'logged' }>) => {
    try {
      await deleteCheckin(logged.id);
      setNotice({ kind: 'undone', type: logged.type, at: logged.at });
    } catch (error) {
      setNotice({ kind: 'error', text: storageErrorText(error) });
    }
  };

  const typeButton = (type: CheckinType) => (
    <button
      key={type}
      type="button"
      class="checkin-type"
      data-checkin-type={type}
      onClick={() => logNow(type)}
    >
      {checkinTypeLabel(type)}
    </button>
  );

  return (
    <section class="quick-checkin" aria-labelledby="quick-checkin-title">
      <h2 id="quick-checkin-title">{t('checkinQuickTitle')}</h2>
      <p class="muted hint">{t('checkinQuickHint')}</p>
      <div class="checkin-types">{FREQUENT_TYPES.map(typeButton)}</div>
      {moreOpen && (
        <div id="more-checkin-types" class="checkin-types">
          {MORE_TYPES.map(typeButton)}
        </div>
      )}
      <div class="checkin-toggles">
        <button
          type="button"
          class="link"
          aria-expanded={moreOpen}
          aria-controls="more-checkin-types"
          onClick={() => setMoreOpen(!moreOpen)}
        >
          {t('checkinMoreTypes')}
        </button>
        <button
          type="button"
          class="link"
          aria-expanded={detailsOpen}
          aria-controls="detailed-checkin"
          onClick={() => setDetailsOpen(!detailsOpen)}
        >
          {t('checkinDetails')}
        </button>
      </div>
      {detailsOpen && (
        <DetailedCheckinForm
          onLog={async (entry, minutes) => {
            if (await log(entry, minutes)) setDetailsOpen(false);
          }}
          onCancel={() => setDetailsOpen(false)}
        />
      )}
      <p class="checkin-status" role="status" data-testid="checkin-status">
        {notice?.kind === 'logged' && (
          <>
            <span>
              {t('checkinLogged', { type: checkinTypeLabel(notice.type), time: clockLabel(notice.at) })}
            </span>{' '}
            <button
              type="button"
              class="link"
              data-testid="checkin-undo"
              aria-label={t('checkinUndoLabel', {
                type: checkinTypeLabel(notice.type),
                time: clockLabel(notice.at),
              })}
              onClick={() => void undo(notice)}
            >
              {t('checkinUndo')}
            </button>
          </>
        )}
        {notice?.kind === 'undone' &&
          t('checkinUndone', { type: checkinTypeLabel(notice.type), time: clockLabel(notice.at) })}
      </p>
      {notice?.kind === 'error' && (
        <p class="error" role="alert">
          {notice.text}
        </p>
      )}
    </section>
  );
}
