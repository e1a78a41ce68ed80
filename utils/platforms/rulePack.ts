/**
 * Rule packs: a county office hands its list of local systems to every cadre as one small JSON file
 * (`fingertip-rules/1`, docs/platforms.md). Export, a strict reader that says what is wrong, and the preview of an
 * import (new, changed, unchanged). A pack can never add a reporting channel, override the catalogue, or carry
 * anything but names, categories and host patterns.
 */
import * as v from 'valibot';
import { CATALOGUE } from './catalogue';
import { type PatternProblem, parsePattern } from './parsePattern';
import { PLATFORM_CATEGORIES, type PlatformCategory, type UserRule } from './platform';
import { isCatalogueId, RULE_ID } from './ruleIds';

export const RULE_PACK_FORMAT = 'fingertip-rules/1';
/** A county's systems are a few dozen; a pack this large is not one. */
export const MAX_PACK_RULES = 500;
export const MAX_PACK_CHARS = 512 * 1024;

export interface PackRule {
  id: string;
  name: string;
  category: PlatformCategory;
  patterns: string[];
}

export interface RulePack {
  format: typeof RULE_PACK_FORMAT;
  rules: PackRule[];
}

const PackSchema = v.strictObject({
  format: v.literal(RULE_PACK_FORMAT),
  rules: v.pipe(
    v.array(
      v.strictObject({
        id: v.pipe(v.string(), v.regex(RULE_ID)),
        name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
        category: v.picklist(PLATFORM_CATEGORIES),
        patterns: v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.minLength(1), v.maxLength(50)),
      }),
    ),
    v.maxLength(MAX_PACK_RULES),
  ),
});

/** What is wrong with a pack file, as data; the rules page turns it into a sentence. */
export type RulePackProblem =
  | { code: 'tooLarge' | 'empty' | 'notJson' | 'notRulePack' }
  | { code: 'wrongValue'; rule: number | null; field: string }
  | { code: 'catalogueId' | 'duplicateId'; rule: number; id: string }
  | { code: 'badPattern'; rule: number; pattern: string; problem: PatternProblem };

export type ParsedRulePack = { ok: true; pack: RulePack } | { ok: false; problem: RulePackProblem };

/** The user's own platforms as a pack (catalogue switches are the user's alone, and stay out). */
export function rulePackOf(rules: readonly UserRule[]): RulePack {
  const catalogueIds = new Set(CATALOGUE.map((platform) => platform.id));
  return {
    format: RULE_PACK_FORMAT,
    rules: rules
      .filter((rule) => !catalogueIds.has(rule.id))
      .map(({ id, name, category, patterns }) => ({ id, name, category, patterns: [...patterns] }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

export function rulePackToJson(pack: RulePack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** Never throws: junk, a file of another kind, a bad pattern or a reporting channel come back as the problem. */
export function parseRulePack(text: string): ParsedRulePack {
  if (typeof text !== 'string' || text.length > MAX_PACK_CHARS) return fail({ code: 'tooLarge' });
  const content = text.replace(/^\uFEFF/, '').trim();
  if (content === '') return fail({ code: 'empty' });
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return fail({ code: 'notJson' });
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== RULE_PACK_FORMAT
  ) {
    return fail({ code: 'notRulePack' });
  }
  const result = v.safeParse(PackSchema, json, { abortEarly: true });
  if (!result.success) {
    const path = result.issues[0]?.path ?? [];
    const rule = path[0]?.key === 'rules' && typeof path[1]?.key === 'number' ? path[1].key : null;
    const field =
      path
        .slice(rule === null ? 0 : 2)
        .map((item) => String(item.key))
        .join('.') || 'rules';
    return fail({ code: 'wrongValue', rule, field });
  }
  const seen = new Set<string>();
  const rules: PackRule[] = [];
  for (const [index, rule] of result.output.rules.entries()) {
    if (isCatalogueId(rule.id)) return fail({ code: 'catalogueId', rule: index, id: rule.id });
    if (seen.has(rule.id)) return fail({ code: 'duplicateId', rule: index, id: rule.id });
    seen.add(rule.id);
    const patterns: string[] = [];
    for (const input of rule.patterns) {
      const parsed = parsePattern(input);
      if (!parsed.ok)
        return fail({ code: 'badPattern', rule: index, pattern: input, problem: parsed.problem });
      if (!patterns.includes(parsed.pattern)) patterns.push(parsed.pattern);
    }
    rules.push({ ...rule, patterns });
  }
  return { ok: true, pack: { format: RULE_PACK_FORMAT, rules } };
}

function fail(problem: RulePackProblem): ParsedRulePack {
  return { ok: false, problem };
}

export interface RulePackPreview {
  added: UserRule[];
  changed: { before: UserRule; after: UserRule }[];
  unchanged: UserRule[];
}

/** What importing `pack` would do to `existing`: new rules are switched on; a changed one keeps its on/off switch. */
export function previewRulePack(pack: RulePack, existing: readonly UserRule[]): RulePackPreview {
  const byId = new Map(existing.map((rule) => [rule.id, rule]));
  const preview: RulePackPreview = { added: [], changed: [], unchanged: [] };
  for (const rule of pack.rules) {
    const before = byId.get(rule.id);
    if (!before) {
      preview.added.push({ ...rule, enabled: true });
      continue;
    }
    const after: UserRule = { ...rule, enabled: before.enabled };
    const same =
      before.name === after.name &&
      before.category === after.category &&
      before.patterns.length === after.patterns.length &&
      before.patterns.every((pattern, index) => pattern === after.patterns[index]);
    if (same) preview.unchanged.push(before);
    else preview.changed.push({ before, after });
  }
  return preview;
}

/** The rules an import writes: the added and the changed ones. */
export function rulesToImport(preview: RulePackPreview): UserRule[] {
  return [...preview.added, ...preview.changed.map((change) => change.after)];
}
