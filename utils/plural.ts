/** English counts with the noun in the form the number takes: `1 file`, `2 files`, `0.5 hours`. */

const ENGLISH = new Intl.PluralRules('en');

/** `written` is how the count is shown when it is not just String(count) (a rounded number, say). */
export function plural(count: number, one: string, other: string, written = String(count)): string {
  return `${written} ${ENGLISH.select(count) === 'one' ? one : other}`;
}
