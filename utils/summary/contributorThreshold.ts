/**
 * The k rule of a group report, in one place: how many people a published group must have, and what a group must
 * have for its quartiles to be shown. The settings, the backup schema and the merge page all take it from here.
 *
 * Why these numbers: a report publishes each field's total and median. With two contributors, either one learns
 * the other's exact figures from the total; with three, one insider learns only the sum of the other two. So k is
 * never below 3, and 5 by default, which also keeps a pair of colluding contributors from isolating a third. The
 * quartiles of a small group are its extremes in disguise (two people with 10 and 30 h: quartiles 15 and 25), so
 * quartiles appear only for groups of at least 5, whatever k is.
 */

export const MIN_CONTRIBUTORS = 3;
export const DEFAULT_CONTRIBUTORS = 5;
export const MAX_CONTRIBUTORS = 1000;
/** A group smaller than this publishes n, total and median, but no quartiles. */
export const QUARTILES_MIN_GROUP = 5;

export function isUsableContributorThreshold(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= MIN_CONTRIBUTORS && (value as number) <= MAX_CONTRIBUTORS
  );
}

/** The k to apply: the stored one when it is a whole number in range, else the default (a damaged row never lowers it). */
export function contributorThreshold(stored: unknown): number {
  return isUsableContributorThreshold(stored) ? stored : DEFAULT_CONTRIBUTORS;
}
