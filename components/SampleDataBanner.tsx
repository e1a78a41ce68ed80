/** "示例数据 / Sample data" across the top of every extension page while the demo's sample ledger is there. */
import { readSampleDataMark } from '../utils/db/metaStore';
import { t } from './i18n';
import { dateLabel } from './review/labels';
import { useLiveQuery } from './useLiveQuery';
import './sampleDataBanner.css';

export function SampleDataBanner() {
  const mark = useLiveQuery(readSampleDataMark, []);
  if (mark.status !== 'ready' || mark.value === null) return null;
  return (
    <p class="sample-data-banner" role="note" data-testid="sample-data-banner">
      <strong>{t('sampleDataLabel')}</strong>{' '}
      {t('sampleDataExplained', {
        firstDay: dateLabel(mark.value.firstDay),
        lastDay: dateLabel(mark.value.lastDay),
      })}
    </p>
  );
}
