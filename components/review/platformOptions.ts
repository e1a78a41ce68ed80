/** The platforms a user can pick when correcting or adding time: the catalogue, their own rules, and any id already recorded. */
import { CATALOGUE } from '../../utils/platforms/catalogue';
import type { UserRule } from '../../utils/platforms/platform';

export interface PlatformOption {
  id: string;
  name: string;
}

/** Sorted by name in the page's collation; each id once; disabled user rules are still offered for past time. */
export function platformOptions(
  rules: readonly UserRule[],
  recordedIds: readonly string[],
  nameOf: (platformId: string) => string,
  locale: string,
): PlatformOption[] {
  const catalogueIds = new Set(CATALOGUE.map((entry) => entry.id));
  const ids = new Set<string>([
    ...CATALOGUE.map((entry) => entry.id),
    ...rules.filter((rule) => !catalogueIds.has(rule.id)).map((rule) => rule.id),
    ...recordedIds,
  ]);
  const collator = new Intl.Collator(locale);
  return [...ids]
    .map((id) => ({ id, name: nameOf(id) }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}
