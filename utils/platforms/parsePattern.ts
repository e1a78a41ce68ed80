/** Turns what a user types in the rules editor (a URL, a host, `*.host`, host/path) into a normalized pattern. */
import { isOnNeverRecordChannel } from './neverRecord';
import { formatHostPattern, type HostPatternProblem, readHostPattern } from './readHostPattern';

/** Why the editor refuses a pattern: unreadable, or a reporting channel that is never recorded. */
export type PatternProblem = HostPatternProblem | 'neverRecord';

export type ParsedPattern = { ok: true; pattern: string } | { ok: false; problem: PatternProblem };

/**
 * `https://OA.example.gov.cn:8443/app/?token=x` becomes `oa.example.gov.cn:8443/app`: the host in lower-case
 * punycode, a non-default port kept, the path prefix kept without query, fragment or trailing slash. A pattern on a
 * reporting channel (12380, the CCDI site…) is refused: those are never recorded, whatever a rule says.
 */
export function parsePattern(input: string): ParsedPattern {
  const result = readHostPattern(input);
  if (!result.ok) return result;
  if (isOnNeverRecordChannel(result.parts)) return { ok: false, problem: 'neverRecord' };
  return { ok: true, pattern: formatHostPattern(result.parts) };
}
