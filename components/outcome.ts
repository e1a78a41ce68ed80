/** What an action on the data did, as the notice under a form or a button says it. */
import { storageErrorMessage } from './storageErrorMessage';

export type Outcome =
  | { tone: 'ok'; text: string }
  /** `unchanged`: nothing was written, which the notice says on a line of its own */
  | { tone: 'error'; text: string; unchanged: boolean };

/** A failure as a sentence: the action's own words for a refusal it knows, else the storage error (disk full…). */
export function failureOutcome(error: unknown, describe?: (error: unknown) => string | undefined): Outcome {
  return { tone: 'error', text: describe?.(error) ?? storageErrorMessage(error), unchanged: true };
}
