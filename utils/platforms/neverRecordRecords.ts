/**
 * Which stored records belong to a reporting channel (utils/platforms/neverRecord.ts): the schema migration that
 * removes what earlier versions stored, and every restore, ask here.
 */
import { isNeverRecordHost, isOnNeverRecordChannel, RETIRED_NEVER_RECORD_IDS } from './neverRecord';
import type { UserRule } from './platform';
import { readHostPattern } from './readHostPattern';

const CATCH_ALL_PREFIX = 'host:';
const RETIRED = new Set(RETIRED_NEVER_RECORD_IDS);

/** A catalogue id earlier versions shipped for a channel, or a catch-all `host:` id of a channel's host. */
export function isNeverRecordPlatformId(platformId: string): boolean {
  if (RETIRED.has(platformId)) return true;
  return (
    platformId.startsWith(CATCH_ALL_PREFIX) && isNeverRecordHost(platformId.slice(CATCH_ALL_PREFIX.length))
  );
}

/** A user rule's pattern that lies on a channel (a rule written before the channel was listed). */
export function isNeverRecordPattern(pattern: string): boolean {
  const read = readHostPattern(pattern);
  return read.ok && isOnNeverRecordChannel(read.parts);
}

/**
 * What a stored rule becomes: its patterns on channels dropped. A rule that had only such patterns is gone
 * (`null`), and so must be the records made under its id.
 */
export function ruleWithoutNeverRecordPatterns(rule: UserRule): UserRule | null {
  if (!Array.isArray(rule.patterns)) return rule;
  const kept = rule.patterns.filter((pattern) => !isNeverRecordPattern(pattern));
  if (kept.length === rule.patterns.length) return rule;
  return kept.length === 0 ? null : { ...rule, patterns: kept };
}

/**
 * The platform ids whose records are a channel's: retired and `host:` ids, and the ids of `rules` that lie
 * wholly on channels. Returns a test for one id.
 */
export function neverRecordPlatformIds(rules: readonly UserRule[]): (platformId: string | null) => boolean {
  const ruleIds = new Set(
    rules.filter((rule) => ruleWithoutNeverRecordPatterns(rule) === null).map((rule) => rule.id),
  );
  return (platformId) =>
    platformId !== null && (ruleIds.has(platformId) || isNeverRecordPlatformId(platformId));
}
