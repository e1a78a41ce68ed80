/** Turns what a user types in the rules editor (a URL, a host, `*.host`, host/path) into a normalized pattern. */
import { formatHostPattern, readHostPattern } from './readHostPattern';

/**
 * `https://OA.example.gov.cn:8443/app/?token=x` becomes `oa.example.gov.cn:8443/app`: the host in lower-case
 * punycode, a non-default port kept, the path prefix kept without query, fragment or trailing slash.
 * A rejected input comes back with a Chinese sentence to show next to the field.
 */
export function parsePattern(input: string): { ok: true; pattern: string } | { ok: false; error: string } {
  const result = readHostPattern(input);
  return result.ok ? { ok: true, pattern: formatHostPattern(result.parts) } : result;
}
