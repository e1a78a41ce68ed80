/** How long single time records are kept before they are folded into daily totals, and folding them now. */
import type { DataOverview } from '../../utils/backup/dataOverview';
import { runRetention } from '../../utils/backup/retention';
import { saveSettingsAndNotify } from '../configChanges';
import { t } from '../i18n';
import { Notice } from '../Notice';
import { useAction } from '../useAction';

const RETENTION_CHOICES = [3, 6, 12, 24, 36];

export function RetentionPanel({ overview }: { overview: DataOverview }) {
  const choices = [...new Set([...RETENTION_CHOICES, overview.retentionMonths])].sort((a, b) => a - b);
  const saveMonths = useAction(async (months: number) => {
    await saveSettingsAndNotify({ retentionMonths: months });
    return t('dataRetentionSaved', { months });
  });
  const fold = useAction(async () => {
    const result = await runRetention(Date.now());
    return t('dataRetentionDone', { spans: result.foldedSpans, days: result.foldedDays });
  });
  return (
    <section class="panel" aria-labelledby="data-retention-title">
      <h3 id="data-retention-title">{t('dataRetentionTitle')}</h3>
      <p>{t('dataRetentionIntro')}</p>
      <label>
        {t('dataRetentionLabel')}{' '}
        <select
          value={String(overview.retentionMonths)}
          onChange={(event) => void saveMonths.run(Number((event.currentTarget as HTMLSelectElement).value))}
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
      <button
        type="button"
        disabled={fold.busy || overview.spansDueForFolding === 0}
        onClick={() => void fold.run()}
      >
        {t('dataRetentionButton')}
      </button>
      <Notice outcome={fold.outcome ?? saveMonths.outcome} testId="data-retention-notice" />
    </section>
  );
}
