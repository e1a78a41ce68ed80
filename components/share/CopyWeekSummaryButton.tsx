/**
 * The popup's one-click summary of last week: the first click shows the exact text inline, the second copies it,
 * because the user sees what leaves before it leaves. The summary's code (reading, noise, text; about a fifth of
 * what the popup would load) loads with that first click, not with every popup (docs/benchmarks.md).
 */
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { lazyPart } from '../lazyPart';
import type { WeekSummaryPreviewProps } from './WeekSummaryPreview';
import './share.css';

const WeekSummaryPreview = lazyPart<WeekSummaryPreviewProps>(
  () => import('./WeekSummaryPreview').then((module) => module.WeekSummaryPreview),
  'the summary of last week',
  () => <p class="copy-week muted">{t('shareCopyWeekLoading')}</p>,
);

export interface CopyWeekSummaryButtonProps {
  /** opens dashboard.html#share; the popup decides how (a new tab, or the options page) */
  onOpenSharePage?: () => void;
}

export function CopyWeekSummaryButton({ onOpenSharePage }: CopyWeekSummaryButtonProps) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <div class="copy-week">
        <button
          type="button"
          data-testid="copy-week-open"
          aria-expanded={false}
          onClick={() => setOpen(true)}
        >
          {t('shareCopyWeekOpen')}
        </button>
      </div>
    );
  }
  return <WeekSummaryPreview onClose={() => setOpen(false)} onOpenSharePage={onOpenSharePage} />;
}
