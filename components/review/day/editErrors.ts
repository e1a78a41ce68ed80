/** A refused edit of the day editor as a sentence; anything else is a storage error (undefined: useAction says it). */
import { OutsideTimeError, type OutsideTimeProblem } from '../../../utils/db/outsideTimeStore';
import { SpanEditError } from '../../../utils/db/spanEdits';
import type { UserRule } from '../../../utils/platforms/platform';
import { type PlainMessageKey, t } from '../../i18n';
import { clockLabel, platformName } from '../labels';

const SPAN_PROBLEM_KEYS: Record<Exclude<SpanEditError['problem'], 'overlaps'>, PlainMessageKey> = {
  endNotAfterStart: 'dashEditEndNotAfterStart',
  crossesMidnight: 'dashEditCrossesMidnight',
  inFuture: 'dashEditInFuture',
  noPlatform: 'dashEditNoPlatform',
  notFound: 'dashEditNotFound',
};

const OUTSIDE_PROBLEM_KEYS: Record<OutsideTimeProblem, PlainMessageKey> = {
  badMinutes: 'dashOutsideBadMinutes',
  dayFull: 'dashOutsideDayFull',
  noChannel: 'dashOutsideNoChannel',
  inFuture: 'dashEditInFuture',
  notFound: 'dashEditNotFound',
};

export function editErrorSentence(error: unknown, rules: readonly UserRule[]): string | undefined {
  if (error instanceof OutsideTimeError) return t(OUTSIDE_PROBLEM_KEYS[error.problem]);
  if (!(error instanceof SpanEditError)) return undefined;
  if (error.problem !== 'overlaps') return t(SPAN_PROBLEM_KEYS[error.problem]);
  // A refused overlap always names the record it overlaps.
  const conflicting = error.conflicting;
  return t('dashEditOverlaps', {
    platform: conflicting ? platformName(conflicting.platformId, rules) : '',
    start: conflicting ? clockLabel(conflicting.start) : '',
    end: conflicting ? clockLabel(conflicting.end) : '',
  });
}
