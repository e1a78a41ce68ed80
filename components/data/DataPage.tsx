/** The dashboard's data page: what is stored, backup, restore (merge or replace), retention, and wiping everything. */
import { useEffect, useState } from 'preact/hooks';
import { type DataOverview, dataOverview } from '../../utils/backup/dataOverview';
import { observeQuery } from '../../utils/db/liveQuery';
import { t } from '../i18n';
import { ErrorNotice } from '../Notice';
import { BackupPanel } from './BackupPanel';
import { OverviewPanel } from './OverviewPanel';
import { RestorePanel } from './RestorePanel';
import { RetentionPanel } from './RetentionPanel';
import { WipePanel } from './WipePanel';

type OverviewState =
  | { status: 'loading' }
  | { status: 'ready'; value: DataOverview }
  | { status: 'error'; error: unknown };

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

export function DataPage() {
  const overview = useOverview();
  return (
    <section class="data-page" aria-labelledby="data-title">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <p class="muted">{t('dataIntro')}</p>
      {overview.status === 'error' && <ErrorNotice error={overview.error} testId="data-storage-error" />}
      {overview.status === 'ready' && <OverviewPanel overview={overview.value} />}
      <BackupPanel />
      <RestorePanel />
      {overview.status === 'ready' && <RetentionPanel overview={overview.value} />}
      <WipePanel />
    </section>
  );
}
