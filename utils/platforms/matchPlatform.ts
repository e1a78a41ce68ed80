/** Decides which platform a URL belongs to: the user's rules over the built-in catalogue, then the `*.gov.cn` catch-all. */
import { outsideChannel } from '../burden/outsideChannels';
import { OUTSIDE_CHANNEL_LABELS } from '../vocabulary/outsideChannelLabels';
import { CATALOGUE } from './catalogue';
import { isNeverRecordHost, isNeverRecordPage } from './neverRecord';
import type { Platform, PlatformCategory, PlatformMatch, PlatformScope, UserRule } from './platform';
import { PLATFORM_CATEGORIES } from './platform';
import { type HostPatternParts, normalizeHost, normalizePort, readHostPattern } from './readHostPattern';

/** Platform ids of hosts recorded by the catch-all start with this, followed by the hostname. */
const CATCH_ALL_PREFIX = 'host:';
const CATCH_ALL_ZONE = 'gov.cn';
const CATCH_ALL_CATEGORY: PlatformCategory = '其他政务';

/** One pattern ready to test. `platform: null` is a disabled rule: it claims its URLs and records nothing. */
interface CompiledRule {
  port: string;
  pathPrefix: string;
  platform: PlatformMatch | null;
  fromUser: boolean;
  order: number;
}

interface CompiledRules {
  exactByHost: Map<string, CompiledRule[]>;
  wildcardBySuffix: Map<string, CompiledRule[]>;
}

/**
 * Compiles the rules once; the returned function is called on every tab switch and does no parsing of patterns.
 * A reporting channel (utils/platforms/neverRecord.ts) is null before anything else is asked. For a URL it returns the most specific matching rule's platform: the longest host wins, then an exact host
 * over `*.host`, then a longer path prefix, then a rule with a port; on a full tie a user rule beats the
 * catalogue. A disabled rule (a user rule, or a user override of a catalogue id) that wins returns null, so its
 * hosts are recorded by nothing else, not even the catch-all. A host equal to or under `gov.cn` that no rule
 * claims becomes its own platform `host:<hostname>`. Anything else, and any URL that is not http(s), is null;
 * the function never throws.
 */
export function createMatcher(
  userRules: readonly UserRule[],
  catalogue: readonly Platform[] = CATALOGUE,
): (url: string) => PlatformMatch | null {
  const rules = compileRules(userRules, catalogue);
  return (url) => {
    const target = readUrl(url);
    if (target === null || isNeverRecordPage(target.host, target.path)) return null;
    const rule = findMostSpecificRule(rules, target);
    if (rule !== undefined) return rule.platform;
    return isUnderCatchAllZone(target.host) ? catchAllMatch(target.host) : null;
  };
}

/**
 * Names a stored span's platformId: a catalogue id, a user rule id, or a `host:` id from the catch-all. A `host:` id
 * of a reporting channel names nothing (such a record is never kept; see neverRecordPlatformId).
 */
export function describePlatform(
  platformId: string,
  userRules: readonly UserRule[],
  catalogue: readonly Platform[] = CATALOGUE,
): { name: string; nameEn: string; scope: PlatformScope; category: PlatformCategory } | null {
  // A check-in made in a phone app or a work group names that channel, in both languages.
  const channel = outsideChannel(platformId);
  if (channel !== undefined) {
    const label = OUTSIDE_CHANNEL_LABELS[channel.id];
    return { name: label.zh, nameEn: label.en, scope: 'local', category: channel.category };
  }
  const entry = catalogue.find((platform) => platform.id === platformId);
  if (entry !== undefined) {
    return { name: entry.name, nameEn: entry.nameEn, scope: entry.scope, category: entry.category };
  }
  const rule = userRules.find((candidate) => candidate.id === platformId);
  if (rule !== undefined) {
    return { name: rule.name, nameEn: rule.name, scope: 'local', category: knownCategory(rule.category) };
  }
  if (platformId.startsWith(CATCH_ALL_PREFIX) && platformId.length > CATCH_ALL_PREFIX.length) {
    const host = platformId.slice(CATCH_ALL_PREFIX.length);
    if (isNeverRecordHost(host)) return null;
    return { name: host, nameEn: host, scope: 'local', category: CATCH_ALL_CATEGORY };
  }
  return null;
}

function compileRules(userRules: readonly UserRule[], catalogue: readonly Platform[]): CompiledRules {
  const compiled: CompiledRules = { exactByHost: new Map(), wildcardBySuffix: new Map() };
  const catalogueIds = new Set(catalogue.map((platform) => platform.id));
  const overrides = new Map<string, boolean>();
  let order = 0;

  for (const rule of userRules) {
    if (catalogueIds.has(rule.id)) {
      // Only `enabled` of an override counts; the first row for an id wins, as a database key would ensure.
      if (!overrides.has(rule.id)) overrides.set(rule.id, rule.enabled === true);
      continue;
    }
    const platform = rule.enabled === true ? userMatch(rule) : null;
    for (const pattern of patternsOf(rule)) addRule(compiled, pattern, platform, true, order++);
  }
  for (const entry of catalogue) {
    const platform = overrides.get(entry.id) === false ? null : catalogueMatch(entry);
    for (const pattern of entry.patterns) addRule(compiled, pattern, platform, false, order++);
  }

  for (const index of [compiled.exactByHost, compiled.wildcardBySuffix]) {
    for (const bucket of index.values()) bucket.sort(bySpecificity);
  }
  return compiled;
}

/** Rows restored from a backup may be malformed; a rule without a pattern list simply matches nothing. */
function patternsOf(rule: UserRule): readonly string[] {
  return Array.isArray(rule.patterns) ? rule.patterns.filter((pattern) => typeof pattern === 'string') : [];
}

function addRule(
  compiled: CompiledRules,
  pattern: string,
  platform: PlatformMatch | null,
  fromUser: boolean,
  order: number,
): void {
  const read = readHostPattern(pattern);
  if (!read.ok) return;
  const parts: HostPatternParts = read.parts;
  const index = parts.wildcard ? compiled.wildcardBySuffix : compiled.exactByHost;
  const bucket = index.get(parts.host) ?? [];
  bucket.push({ port: parts.port, pathPrefix: parts.pathPrefix, platform, fromUser, order });
  index.set(parts.host, bucket);
}

/** Within one host bucket: longer path prefix, then a port, then the user's rule, then the order given. */
function bySpecificity(a: CompiledRule, b: CompiledRule): number {
  return (
    b.pathPrefix.length - a.pathPrefix.length ||
    Number(b.port !== '') - Number(a.port !== '') ||
    Number(b.fromUser) - Number(a.fromUser) ||
    a.order - b.order
  );
}

interface UrlTarget {
  host: string;
  port: string;
  path: string;
}

function readUrl(url: string): UrlTarget | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = normalizeHost(parsed.hostname);
  if (host === '') return null;
  return { host, port: normalizePort(parsed.port), path: parsed.pathname };
}

/** Buckets are visited from the longest host down, exact before wildcard, so the first rule that fits wins. */
function findMostSpecificRule(rules: CompiledRules, target: UrlTarget): CompiledRule | undefined {
  const exact = firstFitting(rules.exactByHost.get(target.host), target);
  if (exact !== undefined) return exact;
  let suffix = target.host;
  for (;;) {
    const wildcard = firstFitting(rules.wildcardBySuffix.get(suffix), target);
    if (wildcard !== undefined) return wildcard;
    const dot = suffix.indexOf('.');
    if (dot < 0) return undefined;
    suffix = suffix.slice(dot + 1);
  }
}

function firstFitting(
  bucket: readonly CompiledRule[] | undefined,
  target: UrlTarget,
): CompiledRule | undefined {
  if (bucket === undefined) return undefined;
  return bucket.find(
    (rule) =>
      (rule.port === '' || rule.port === target.port) && isUnderPathPrefix(target.path, rule.pathPrefix),
  );
}

/** `/zhengce` covers `/zhengce` and `/zhengce/x`, never `/zhengcex`. */
function isUnderPathPrefix(path: string, prefix: string): boolean {
  if (prefix === '') return true;
  return path.startsWith(prefix) && (path.length === prefix.length || path[prefix.length] === '/');
}

function isUnderCatchAllZone(host: string): boolean {
  return host === CATCH_ALL_ZONE || host.endsWith(`.${CATCH_ALL_ZONE}`);
}

function catchAllMatch(host: string): PlatformMatch {
  return {
    platformId: `${CATCH_ALL_PREFIX}${host}`,
    name: host,
    nameEn: host,
    scope: 'local',
    category: CATCH_ALL_CATEGORY,
    source: 'catch-all',
  };
}

function catalogueMatch(entry: Platform): PlatformMatch {
  return Object.freeze({
    platformId: entry.id,
    name: entry.name,
    nameEn: entry.nameEn,
    scope: entry.scope,
    category: entry.category,
    source: 'catalogue',
  });
}

function userMatch(rule: UserRule): PlatformMatch {
  return Object.freeze({
    platformId: rule.id,
    name: rule.name,
    nameEn: rule.name,
    scope: 'local',
    category: knownCategory(rule.category),
    source: 'user',
  });
}

function knownCategory(category: string): PlatformCategory {
  return (PLATFORM_CATEGORIES as readonly string[]).includes(category)
    ? (category as PlatformCategory)
    : CATCH_ALL_CATEGORY;
}
