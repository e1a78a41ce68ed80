/**
 * Last week's summary in the popup, as the share page would make it (its settings and its noise): the exact text
 * first, copied only on the second click. Loaded when the user first asks for it (CopyWeekSummaryButton.tsx).
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { localDayOf } from '../../utils/stats/localTime';
import { lastCompleteWeek } from '../../utils/stats/period';
import type { Period } from '../../utils/stats/periodTotals';
import { t } from '../i18n';
import { copyText, selectTextOf } from '../saveFile';
import { storageErrorMessage } from '../storageErrorMessage';
import { useSharedSummary } from './useSharedSummary';

export interface WeekSummaryPreviewProps {
  onClose: () => void;
  onOpenSharePage?: () => void;
}

export function WeekSummaryPreview({ onClose, onOpenSharePage }: WeekSummaryPreviewProps) {
  // The week is fixed while the preview is open: the text shown is the text copied, even across midnight.
  const period = useMemo<Period>(() => lastCompleteWeek(localDayOf(Date.now())), []);
  const result = useSharedSummary(period);
  const [copied, setCopied] = useState<boolean | null>(null);
  const textRef = useRef<HTMLPreElement>(null);

  const copy = async (text: string) => {
    const done = await copyText(text);
    setCopied(done);
    if (!done && textRef.current) {
      textRef.current.focus();
      selectTextOf(textRef.current);
    }
  };

  return (
    <section class="copy-week" aria-labelledby="copy-week-title">
      <div class="row">
        <strong id="copy-week-title">{t('shareCopyWeekTitle')}</strong>
        <button type="button" class="link" aria-expanded={true} onClick={onClose}>
          {t('shareCopyWeekClose')}
        </button>
      </div>
      {result.status === 'loading' && <p class="muted">{t('shareCopyWeekLoading')}</p>}
      {(result.status === 'error' || result.status === 'invalidSettings') && (
        <p class="error" role="alert">
          {result.status === 'error' ? storageErrorMessage(result.error) : t('shareInvalidSettings')}
        </p>
      )}
      {result.status === 'ready' && (
        <>
          <p class="muted">{t('shareCopyWeekWhatLeaves')}</p>
          <pre
            ref={textRef}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so that after a refused copy the text can be selected and copied by hand
            tabIndex={0}
            data-testid="copy-week-text"
          >
            {result.shared.text}
          </pre>
          <div class="row">
            <button
              type="button"
              class="primary"
              data-testid="copy-week-copy"
              onClick={() => void copy(result.shared.text)}
            >
              {t('shareCopyText')}
            </button>
            {onOpenSharePage && (
              <button type="button" class="link" onClick={onOpenSharePage}>
                {t('shareCopyWeekMore')}
              </button>
            )}
          </div>
          <p role="status" class="share-status">
            {copied === true && <span class="ok">{t('shareCopied')}</span>}
            {copied === false && <span class="error">{t('shareCopyFailed')}</span>}
          </p>
        </>
      )}
    </section>
  );
}
