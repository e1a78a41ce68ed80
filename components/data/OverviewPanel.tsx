/** What the ledger holds: how many records of each kind, and the days they cover. */
import type { DataOverview } from '../../utils/backup/dataOverview';
import { t } from '../i18n';

export function OverviewPanel({ overview }: { overview: DataOverview }) {
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
