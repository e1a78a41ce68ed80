/**
 * The dashboard's merge page (#merge): many people's summary files in, a group report out (n, median, quartiles
 * and total per field), with every breakdown of fewer than k contributors hidden. Everything is computed here,
 * on this computer; a file that is not a valid summary is named with its reason and skipped.
 */
import { useMemo, useState } from 'preact/hooks';
import { readSettings, saveSettings } from '../../utils/db/settingsStore';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { isLevel } from '../../utils/summary/levels';
import { mergedReportToCsv } from '../../utils/summary/mergedReportToCsv';
import { mergedReportToJson } from '../../utils/summary/mergedReportToJson';
import type {
  Breakdown,
  FieldStatistics,
  MergedReport,
  PeriodReport,
} from '../../utils/summary/mergeSummaries';
import { mergeSummaries } from '../../utils/summary/mergeSummaries';
import { CSV_BOM } from '../../utils/summary/summaryToCsvRow';
import { t } from '../i18n';
import { ErrorNotice, Loading } from '../Notice';
import { CSV_TYPE, JSON_TYPE, saveTextFile } from '../saveFile';
import { TableHead } from '../TableHead';
import { useLiveQuery } from '../useLiveQuery';
import {
  addSummaryFiles,
  EMPTY_MERGE_INPUTS,
  type MergeFileWords,
  type MergeInputs,
  type RejectedSource,
  type SummaryFile,
  summariesOf,
} from './mergeFiles';
import { levelLabel, periodKeyLabel, provinceLabel, reportFieldLabel } from './shareLabels';
import './share.css';

/** Far above any real collection (a summary row is under 1 KB); larger files are refused before they are read. */
export const MAX_MERGE_FILE_BYTES = 8 * 1024 * 1024;
/** k below 2 would publish single people's numbers. */
export const MIN_K = 2;
export const MAX_K = 1000;

/** A stored k that is not a whole number of people (a damaged row) falls back to the default rather than failing. */
function usableK(stored: number): number {
  return Number.isInteger(stored) && stored >= 1 && stored <= MAX_K
    ? stored
    : DEFAULT_SETTINGS.mergeMinContributors;
}

function fileWords(): MergeFileWords {
  return {
    row: (fileName, row) => t('mergeCsvRow', { file: fileName, row }),
    duplicate: t('mergeDuplicateFile'),
  };
}

async function readFiles(
  files: readonly File[],
): Promise<{ read: SummaryFile[]; tooLarge: RejectedSource[] }> {
  const read: SummaryFile[] = [];
  const tooLarge: RejectedSource[] = [];
  for (const file of files) {
    if (file.size > MAX_MERGE_FILE_BYTES) {
      tooLarge.push({
        name: file.name,
        error: t('mergeFileTooLarge', { megabytes: Math.ceil(file.size / 1024 / 1024) }),
      });
    } else {
      read.push({ name: file.name, text: await file.text() });
    }
  }
  return { read, tooLarge };
}

export function MergePage() {
  const settings = useLiveQuery(readSettings, []);
  const [inputs, setInputs] = useState<MergeInputs>(EMPTY_MERGE_INPUTS);
  const [dragging, setDragging] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);

  const add = async (files: readonly File[]) => {
    if (files.length === 0) return;
    try {
      const { read, tooLarge } = await readFiles(files);
      setInputs((current) => {
        const next = addSummaryFiles(current, read, fileWords());
        return { ...next, rejected: [...next.rejected, ...tooLarge] };
      });
      setReadError(null);
    } catch (error) {
      setReadError(error instanceof Error ? error.message : String(error));
    }
  };

  const summaries = useMemo(() => summariesOf(inputs), [inputs]);
  const k = settings.status === 'ready' ? usableK(settings.value.mergeMinContributors) : null;
  const report = useMemo(
    () => (k !== null && summaries.length > 0 ? mergeSummaries(summaries, { minContributors: k }) : null),
    [summaries, k],
  );
  return (
    <section class="merge" aria-labelledby="merge-title">
      <h2 id="merge-title">{t('mergeTitle')}</h2>
      <p class="muted share-intro">{t('mergeIntro')}</p>
      <div class="panel">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the file input inside is the keyboard way */}
        <div
          class={dragging ? 'merge-drop dragging' : 'merge-drop'}
          data-testid="merge-drop"
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            void add([...(event.dataTransfer?.files ?? [])]);
          }}
        >
          <p>{t('mergeDropHere')}</p>
          <label class="merge-pick">
            {t('mergePickFiles')}
            <input
              class="visually-hidden"
              type="file"
              multiple
              accept=".json,.csv,application/json,text/csv"
              data-testid="merge-files"
              onChange={(event) => {
                const input = event.currentTarget;
                void add([...(input.files ?? [])]).finally(() => {
                  // The same files can be picked again after "start over".
                  input.value = '';
                });
              }}
            />
          </label>
        </div>
        {readError && (
          <p class="error" role="alert">
            {t('mergeReadError', { detail: readError })}
          </p>
        )}
        <FileLists
          inputs={inputs}
          summaryCount={summaries.length}
          onClear={() => setInputs(EMPTY_MERGE_INPUTS)}
        />
      </div>
      {settings.status === 'loading' && <Loading />}
      {settings.status === 'error' && <ErrorNotice error={settings.error} />}
      {report && k !== null && <Report report={report} k={k} />}
    </section>
  );
}

function FileLists({
  inputs,
  summaryCount,
  onClear,
}: {
  inputs: MergeInputs;
  summaryCount: number;
  onClear: () => void;
}) {
  const { accepted, rejected } = inputs;
  if (accepted.length === 0 && rejected.length === 0) {
    return (
      <p class="muted" role="status">
        {t('mergeNothingYet')}
      </p>
    );
  }
  return (
    <div class="merge-lists">
      <p role="status" data-testid="merge-count">
        {t('mergeReadCount', { summaries: summaryCount, files: accepted.length })}
      </p>
      {accepted.length > 0 && (
        <details>
          <summary>{t('mergeAcceptedTitle', { count: accepted.length })}</summary>
          <ul class="merge-files">
            {accepted.map((file) => (
              <li key={`${file.name}\n${file.text.length}`}>
                {file.name}
                {file.summaries.length > 1 && (
                  <span class="muted"> · {t('mergeSummariesInFile', { count: file.summaries.length })}</span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {rejected.length > 0 && (
        <div class="merge-rejected" data-testid="merge-rejected">
          <h3>{t('mergeRejectedTitle', { count: rejected.length })}</h3>
          <ul class="merge-files">
            {rejected.map((source) => (
              <li key={`${source.name}\n${source.error}`}>
                <strong>{source.name}</strong>：<span class="reason">{source.error}</span>
              </li>
            ))}
          </ul>
          <p class="muted hint">{t('mergeRejectedHint')}</p>
        </div>
      )}
      <button type="button" onClick={onClear}>
        {t('mergeStartOver')}
      </button>
    </div>
  );
}

function reportFileName(report: MergedReport, extension: 'csv' | 'json'): string {
  const periods = report.periods.map((period) => period.period);
  const span = periods.length > 1 ? `${periods[0]}_${periods.at(-1)}` : (periods[0] ?? '');
  return `${t('mergeFileBase')}-${span}.${extension}`;
}

function Report({ report, k }: { report: MergedReport; k: number }) {
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
          min={MIN_K}
          max={MAX_K}
          step={1}
          value={k}
          data-testid="merge-k"
          aria-describedby="merge-threshold-hint"
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            if (!Number.isInteger(value) || value < MIN_K || value > MAX_K) {
              setProblem(t('mergeThresholdInvalid', { min: MIN_K, max: MAX_K }));
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

/** Up to two decimals, as the report holds them: 14.25, 3, 0.5. */
function shown(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function FieldTable({ fields, caption }: { fields: readonly FieldStatistics[]; caption: string }) {
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
            <td data-column="quartiles">
              {shown(stats.q1)} – {shown(stats.q3)}
            </td>
            <td data-column="total">{shown(stats.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
