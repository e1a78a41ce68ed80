/** Chrome extension match patterns for host access and content scripts: built at build time from the catalogue, at run time from one rule. */
import { CATALOGUE } from './catalogue';
import type { Platform } from './platform';
import { readHostPattern } from './readHostPattern';

/** A match pattern taken apart; `path` always ends in `*`. Scheme is always `*` (http and https). */
interface MatchPatternParts {
  host: string;
  wildcard: boolean;
  path: string;
}

/** The catch-all zone: every host under it is tracked, so the content script must run there too. */
const GOV_CN: MatchPatternParts = { host: 'gov.cn', wildcard: true, path: '/*' };

/**
 * Match patterns covering every catalogue pattern plus `*://*.gov.cn/*`, for `host_permissions` and the content
 * script. Ports are dropped (match patterns cannot carry one) and a path prefix becomes `/prefix*`, so each
 * pattern covers at least what its rule matches. Patterns already covered by a broader one are left out.
 */
export function catalogueMatchPatterns(catalogue: readonly Platform[] = CATALOGUE): string[] {
  const parts = catalogue.flatMap((platform) => platform.patterns.flatMap(toMatchPatternParts));
  return formatCovering([GOV_CN, ...parts]);
}

/** Match patterns for one user rule's patterns (for registering the content script on it); invalid ones are skipped. */
export function ruleMatchPatterns(patterns: readonly string[]): string[] {
  return formatCovering(patterns.flatMap(toMatchPatternParts));
}

function toMatchPatternParts(pattern: string): MatchPatternParts[] {
  const read = readHostPattern(pattern);
  if (!read.ok) return [];
  const { host, wildcard, pathPrefix } = read.parts;
  return [{ host, wildcard, path: `${pathPrefix === '' ? '/' : pathPrefix}*` }];
}

function formatCovering(parts: readonly MatchPatternParts[]): string[] {
  const unique = Array.from(new Map(parts.map((part) => [format(part), part])).values());
  const kept = unique.filter((part) => !unique.some((other) => other !== part && covers(other, part)));
  return kept.map(format).sort();
}

function covers(broad: MatchPatternParts, narrow: MatchPatternParts): boolean {
  const hostCovered = broad.wildcard
    ? narrow.host === broad.host || narrow.host.endsWith(`.${broad.host}`)
    : !narrow.wildcard && narrow.host === broad.host;
  return hostCovered && narrow.path.startsWith(broad.path.slice(0, -1));
}

function format(part: MatchPatternParts): string {
  return `*://${part.wildcard ? '*.' : ''}${part.host}${part.path}`;
}

/** Does the match pattern `broad` cover every URL `narrow` covers? Both in the form this module writes. */
export function matchPatternCovers(broad: string, narrow: string): boolean {
  const a = readMatchPattern(broad);
  const b = readMatchPattern(narrow);
  return a !== null && b !== null && covers(a, b);
}

function readMatchPattern(pattern: string): MatchPatternParts | null {
  const match = /^\*:\/\/(\*\.)?([^/]+)(\/.*\*)$/.exec(pattern);
  if (!match) return null;
  return { host: match[2]!, wildcard: match[1] !== undefined, path: match[3]! };
}
