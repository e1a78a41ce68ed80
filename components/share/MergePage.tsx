/**
 * The dashboard's merge page (#merge): many people's summary files in, a group report out (n, median, quartiles
 * and total per field), with every breakdown of fewer than k contributors hidden. Everything is computed here,
 * on this computer; a file that is not a valid summary is named with its reason and skipped.
 */
import { useMemo, useState } from 'preact/hooks';
import { readSettings } from '../../utils/db/settingsStore';
import { contributorThreshold } from '../../utils/summary/contributorThreshold';
import { mergeSummaries } from '../../utils/summary/mergeSummaries';
import { summaryProblemText } from '../../utils/summary/summaryProblems';
import { t, uiLocale } from '../i18n';
import { ErrorNotice, Loading } from '../Notice';
import { useLiveQuery } from '../useLiveQuery';
import { MergeReport } from './MergeReport';
import {
  addSummaryFiles,
  EMPTY_MERGE_INPUTS,
  type MergeFileWords,
  type MergeInputs,
  type RejectedSource,
  type SummaryFile,
  summariesOf,
} from './mergeFiles';
import './share.css';

/** Far above any real collection (a summary row is under 1 KB); larger files are refused before they are read. */
export const MAX_MERGE_FILE_BYTES = 8 * 1024 * 1024;

function fileWords(): MergeFileWords {
  return {
    row: (fileName, row) => t('mergeCsvRow', { file: fileName, row }),
    duplicate: t('mergeDuplicateFile'),
    problem: (problem) => summaryProblemText(problem, uiLocale()),
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
  const k = settings.status === 'ready' ? contributorThreshold(settings.value.mergeMinContributors) : null;
  const report = useMemo(
    () => (k !== null && summaries.length > 0 ? mergeSummaries(summaries, { minContributors: k }) : null),
    [summaries, k],
  );
  return (
    <section class="merge" aria-labelledby="merge-title">
      <h2 id="merge-title">{t('mergeTitle')}</h2>
      <p class="muted share-intro">{t('mergeIntro')}</p>
      <p class="muted">{t('mergeAtScale')}</p>
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
      {report && <MergeReport report={report} />}
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
