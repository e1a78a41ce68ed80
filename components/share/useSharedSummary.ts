/** The summary of one period, live from the database, with its noise drawn once and kept for good. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { keepNoiseDraws, summaryInputsFor } from '../../utils/db/summaryQueries';
import type { Settings } from '../../utils/settings';
import type { Period } from '../../utils/stats/periodTotals';
import { cryptoRandom } from '../../utils/summary/cryptoRandom';
import { uiLocale } from '../i18n';
import { type LiveResult, useLiveQuery } from '../useLiveQuery';
import { type SharedSummary, shareSummary } from './shareSummary';

export type SharedSummaryResult =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | {
      status: 'ready';
      shared: SharedSummary;
      settings: Settings;
      /** the storage error that kept the noise from being saved: then a new visit would draw new noise */
      noiseNotKept: string | null;
    }
  /** the stored summary settings are out of bounds; the page shows them so the user can correct them */
  | { status: 'invalidSettings'; settings: Settings; error: string };

export function useSharedSummary(period: Period): SharedSummaryResult {
  const inputs = useLiveQuery(() => summaryInputsFor(period), [period.kind, period.firstDay]);
  const built = useMemo(() => build(inputs), [inputs]);
  const newDraws = built.status === 'ready' ? built.shared.newNoiseDraws : null;
  const epsilon = built.status === 'ready' ? built.settings.summary.epsilon : null;
  const periodKey = built.status === 'ready' ? built.shared.period : null;
  const [noiseNotKept, setNoiseNotKept] = useState<string | null>(null);
  useEffect(() => {
    // Keeping the draws changes the meta table, so the live query runs again and rebuilds from the kept stream.
    if (newDraws && epsilon !== null && periodKey) {
      keepNoiseDraws(periodKey, epsilon, newDraws).then(
        () => setNoiseNotKept(null),
        (error) => setNoiseNotKept(error instanceof Error ? error.message : String(error)),
      );
    }
  }, [newDraws, epsilon, periodKey]);
  return built.status === 'ready' ? { ...built, noiseNotKept } : built;
}

function build(inputs: LiveResult<Awaited<ReturnType<typeof summaryInputsFor>>>): SharedSummaryResult {
  if (inputs.status !== 'ready') return inputs;
  const { settings } = inputs.value;
  try {
    const shared = shareSummary(inputs.value, uiLocale(), cryptoRandom());
    return { status: 'ready', shared, settings, noiseNotKept: null };
  } catch (error) {
    if (error instanceof RangeError) return { status: 'invalidSettings', settings, error: error.message };
    return { status: 'error', error };
  }
}
