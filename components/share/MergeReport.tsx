/** The group report of the merge page: k and its meaning, the report's files, and per period its tables. */
import { useState } from 'preact/hooks';
import { saveSettings } from '../../utils/db/settingsStore';
import {
  MAX_CONTRIBUTORS,
  MIN_CONTRIBUTORS,
  QUARTILES_MIN_GROUP,
} from '../../utils/summary/contributorThreshold';
import { isLevel } from '../../utils/summary/levels';
import { mergedReportToCsv } from '../../utils/summary/mergedReportToCsv';
import { mergedReportToJson } from '../../utils/summary/mergedReportToJson';
import type {
  Breakdown,
  FieldStatistics,
  MergedReport,
  PeriodReport,
} from '../../utils/summary/mergeSummaries';
import { CSV_BOM } from '../../utils/summary/summaryToCsvRow';
import { t } from '../i18n';
import { CSV_TYPE, JSON_TYPE, saveTextFile } from '../saveFile';
import { TableHead } from '../TableHead';
import { levelLabel, periodKeyLabel, provinceLabel, reportFieldLabel } from './shareLabels';

function reportFileName(report: MergedReport, extension: 'csv' | 'json'): string {
  const periods = report.periods.map((period) => period.period);
  const span = periods.length > 1 ? `${periods[0]}_${periods.at(-1)}` : (periods[0] ?? '');
  return `${t('mergeFileBase')}-${span}.${extension}`;
}

export function MergeReport({ report }: { report: MergedReport }) {
  const k = report.minContributors;
  const [saved, setSaved] = useState<string | null>(null);
  const save = (extension: 'csv' | 'json') => {
    const fileName = reportFileName(report, extension);
    if (extension === 'csv')
      saveTextFile({ fileName, text: CSV_BOM + mergedReportToCsv(report), type: CSV_TYPE });
    else saveTextFile({ fileName, text: mergedReportToJson(report), type: JSON_TYPE });
    setSaved(fileName);
  };
  return (
    <div class="panel" data-testid="merge-report">
      <h3>{t('mergeReportTitle', { count: report.contributors })}</h3>
      {report.duplicatesSkipped > 0 && (
        <p class="callout" data-testid="merge-duplicates">
          {t('mergeDuplicatesSkipped', { count: report.duplicatesSkipped })}
        </p>
      )}
      <Threshold k={k} />
      <div class="share-actions">
        <button type="button" class="primary" data-testid="merge-save-csv" onClick={() => save('csv')}>
          {t('mergeSaveCsv')}
        </button>
        <button type="button" data-testid="merge-save-json" onClick={() => save('json')}>
          {t('mergeSaveJson')}
        </button>
      </div>
      <p role="status" class="share-status">
        {saved && <span class="ok">{t('shareSaved', { file: saved })}</span>}
      </p>
      {report.periods.map((period) => (
        <PeriodSection key={period.period} period={period} k={k} />
      ))}
    </div>
  );
}

function Threshold({ k }: { k: number }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div class="merge-threshold-box">
      <label class="merge-threshold">
        {t('mergeThresholdLabel')}
        <input
          type="number"
          min={MIN_CONTRIBUTORS}
          max={MAX_CONTRIBUTORS}
          step={1}
          value={k}
          data-testid="merge-k"
          aria-describedby="merge-threshold-hint"
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            if (!Number.isInteger(value) || value < MIN_CONTRIBUTORS || value > MAX_CONTRIBUTORS) {
              setProblem(t('mergeThresholdInvalid', { min: MIN_CONTRIBUTORS, max: MAX_CONTRIBUTORS }));
              return;
            }
            saveSettings({ mergeMinContributors: value }).then(
              () => setProblem(null),
              (error) =>
                setProblem(
                  t('storageError', { detail: error instanceof Error ? error.message : String(error) }),
                ),
            );
          }}
        />
      </label>
      <p id="merge-threshold-hint" class="muted hint">
        {t('mergeThresholdHint', { threshold: k })}
      </p>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function PeriodSection({ period, k }: { period: PeriodReport; k: number }) {
  const titleId = `merge-period-${period.period}`;
  return (
    <section class="merge-period" aria-labelledby={titleId} data-period={period.period}>
      <h3 id={titleId}>
        {t('mergePeriodTitle', { period: periodKeyLabel(period.period), count: period.contributors })}
      </h3>
      {period.statisticsHidden ? (
        <p class="callout" data-testid="merge-period-hidden">
          {t('mergePeriodHidden', { count: period.contributors, threshold: k })}
        </p>
      ) : (
        <>
          <FieldTable
            fields={period.fields}
            caption={t('mergeAllCaption', { period: periodKeyLabel(period.period) })}
          />
          {period.breakdowns.map((breakdown) => (
            <BreakdownSection key={breakdown.dimension} breakdown={breakdown} k={k} />
          ))}
        </>
      )}
    </section>
  );
}

function groupLabel(group: string): string {
  return isLevel(group) ? levelLabel(group) : provinceLabel(group as Parameters<typeof provinceLabel>[0]);
}

function BreakdownSection({ breakdown, k }: { breakdown: Breakdown; k: number }) {
  const title = breakdown.dimension === 'level' ? t('mergeByLevel') : t('mergeByProvince');
  return (
    <div class="merge-breakdown" data-testid={`merge-breakdown-${breakdown.dimension}`}>
      <h4>{title}</h4>
      <p class="muted">
        {t('mergeBreakdownNote', {
          shown: breakdown.groups.length,
          hidden: breakdown.hiddenGroups,
          threshold: k,
          notStated: breakdown.notStated,
        })}
      </p>
      {breakdown.groups.map((group) => (
        <details key={group.group}>
          <summary>
            {t('mergeGroupTitle', { group: groupLabel(group.group), count: group.contributors })}
          </summary>
          <FieldTable
            fields={group.fields}
            caption={t('mergeGroupTitle', { group: groupLabel(group.group), count: group.contributors })}
          />
        </details>
      ))}
    </div>
  );
}

/** Up to two decimals, as the report holds them: 14.25, 3, 0.5; a figure withheld as a dash. */
function shown(value: number | null): string {
  return value === null ? '—' : String(Math.round(value * 100) / 100);
}

function FieldTable({ fields, caption }: { fields: readonly FieldStatistics[]; caption: string }) {
  const quartilesWithheld = t('mergeQuartilesWithheld', { count: QUARTILES_MIN_GROUP });
  return (
    <table class="merge-table">
      <caption class="visually-hidden">{caption}</caption>
      <TableHead
        columns={[
          t('mergeColumnField'),
          t('mergeColumnN'),
          t('mergeColumnMedian'),
          t('mergeColumnQuartiles'),
          t('mergeColumnTotal'),
        ]}
      />
      <tbody>
        {fields.map((stats) => (
          <tr key={stats.field} data-field={stats.field}>
            <th scope="row">{reportFieldLabel(stats.field, stats.label)}</th>
            <td data-column="n">{stats.n}</td>
            <td data-column="median">{shown(stats.median)}</td>
            <td data-column="quartiles" title={stats.q1 === null ? quartilesWithheld : undefined}>
              {stats.q1 === null ? '—' : `${shown(stats.q1)} – ${shown(stats.q3)}`}
            </td>
            <td data-column="total">{shown(stats.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
