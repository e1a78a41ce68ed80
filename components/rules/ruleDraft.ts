/** The rules editor's pure part: reading a draft rule from the form, and what a URL would be recorded as. */
import { CATALOGUE } from '../../utils/platforms/catalogue';
import { createMatcher } from '../../utils/platforms/matchPlatform';
import { type PatternProblem, parsePattern } from '../../utils/platforms/parsePattern';
import type { PlatformCategory, PlatformMatch, UserRule } from '../../utils/platforms/platform';

export interface RuleDraftInput {
  name: string;
  category: PlatformCategory;
  /** one or more patterns, separated by spaces, commas or new lines */
  patterns: string;
}

export type RuleDraft =
  | { ok: true; rule: UserRule }
  | { ok: false; problem: 'noName' | 'noPattern' }
  | { ok: false; problem: 'badPattern'; input: string; patternProblem: PatternProblem };

export { newRuleId } from '../../utils/platforms/ruleIds';

export function readRuleDraft(input: RuleDraftInput, id: string): RuleDraft {
  const name = input.name.trim();
  if (name === '') return { ok: false, problem: 'noName' };
  const pieces = input.patterns
    .split(/[\s,，;；]+/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  if (pieces.length === 0) return { ok: false, problem: 'noPattern' };
  const patterns: string[] = [];
  for (const piece of pieces) {
    const parsed = parsePattern(siteOfPastedUrl(piece));
    if (!parsed.ok) return { ok: false, problem: 'badPattern', input: piece, patternProblem: parsed.problem };
    if (!patterns.includes(parsed.pattern)) patterns.push(parsed.pattern);
  }
  return { ok: true, rule: { id, name, category: input.category, patterns, enabled: true } };
}

/**
 * A pasted address (with http:// or https://) stands for its whole site: a cadre copies the page they are on, and
 * a rule for that one page would miss the rest of the system. A path prefix is kept when typed without a scheme.
 */
function siteOfPastedUrl(piece: string): string {
  if (!/^https?:\/\//i.test(piece)) return piece;
  try {
    return new URL(piece).host;
  } catch {
    return piece;
  }
}

/** What `url` would be recorded as with the saved rules plus the draft (if it is valid): the test before saving. */
export function testUrl(
  url: string,
  rules: readonly UserRule[],
  draft: UserRule | null,
): PlatformMatch | null {
  return createMatcher(draft ? [draft, ...rules.filter((rule) => rule.id !== draft.id)] : rules)(url.trim());
}

/** User rules that are the user's own platforms, not overrides of catalogue entries. */
export function ownRules(rules: readonly UserRule[]): UserRule[] {
  const catalogueIds = new Set(CATALOGUE.map((entry) => entry.id));
  return rules.filter((rule) => !catalogueIds.has(rule.id));
}

/** Catalogue ids the user switched off. */
export function disabledCatalogueIds(rules: readonly UserRule[]): Set<string> {
  const catalogueIds = new Set(CATALOGUE.map((entry) => entry.id));
  return new Set(
    rules.filter((rule) => catalogueIds.has(rule.id) && rule.enabled !== true).map((rule) => rule.id),
  );
}
