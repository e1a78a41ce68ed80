/**
 * The summary of one period, live from the database. Its noise is the period's keyed stream (noiseStream.ts): the
 * same every time, with nothing to keep. The one write is making the noise key once, before any noisy summary.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ensureSecrets } from '../../utils/db/metaStore';
import { summaryInputsFor } from '../../utils/db/summaryQueries';
import type { Settings } from '../../utils/settings';
import type { Period } from '../../utils/stats/periodTotals';
import { uiLocale } from '../i18n';
import { type LiveResult, useLiveQuery } from '../useLiveQuery';
import { type SharedSummary, shareSummary } from './shareSummary';

export type SharedSummaryResult =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; shared: SharedSummary; settings: Settings }
  /** the stored summary settings are out of bounds; the page shows them so the user can correct them */
  | { status: 'invalidSettings'; settings: Settings; error: string };

export function useSharedSummary(period: Period): SharedSummaryResult {
  const [keyProblem, setKeyProblem] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    // A live query cannot write, so the key is made here when missing (a fresh install, a wipe, a restore).
    ensureSecrets().catch((error: unknown) => setKeyProblem({ error }));
  }, []);
  const inputs = useLiveQuery(() => summaryInputsFor(period), [period.kind, period.firstDay]);
  const built = useMemo(() => build(inputs), [inputs]);
  return keyProblem ? { status: 'error', error: keyProblem.error } : built;
}

function build(inputs: LiveResult<Awaited<ReturnType<typeof summaryInputsFor>>>): SharedSummaryResult {
  if (inputs.status !== 'ready') return inputs;
  const { settings, noiseDraws } = inputs.value;
  // No noise stream yet: the key is being made, and the live query runs again when it is there.
  if (noiseDraws === null) return { status: 'loading' };
  try {
    return { status: 'ready', shared: shareSummary({ ...inputs.value, noiseDraws }, uiLocale()), settings };
  } catch (error) {
    if (error instanceof RangeError) return { status: 'invalidSettings', settings, error: error.message };
    return { status: 'error', error };
  }
}
