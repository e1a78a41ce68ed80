/** Reads a host pattern (or a pasted URL) into its normalized parts; the one parser behind matching, manifest patterns and the rules editor. */

/** A pattern taken apart. Host is lower-case ASCII (punycode) without a trailing dot. */
export interface HostPatternParts {
  host: string;
  /** `*.host`: the host itself and every host under it. */
  wildcard: boolean;
  /** A non-default port ('8443'), or '' for any port; 80 and 443 count as no port. */
  port: string;
  /** A path prefix without a trailing slash ('/zhengce'), or '' for the whole host. */
  pathPrefix: string;
}

/** Why a pattern was refused; the rules editor turns each into a sentence. */
export type HostPatternProblem =
  | 'empty'
  | 'whitespace'
  | 'scheme'
  | 'wildcardPlacement'
  | 'unreadable'
  | 'credentials'
  | 'wholeGovCn'
  | 'publicSuffix'
  | 'wildcardIp'
  | 'wildcardBareHost';

export type ReadHostPatternResult =
  | { ok: true; parts: HostPatternParts }
  | { ok: false; problem: HostPatternProblem };

/**
 * Zones under which anyone can register a name: a rule for one of them would lump unrelated sites together.
 * Chinese second-level and provincial zones are listed because cadres' platforms live under them.
 */
const PUBLIC_SUFFIXES: ReadonlySet<string> = new Set([
  'cn',
  'com',
  'net',
  'org',
  'info',
  'biz',
  'top',
  'xyz',
  'gov',
  'edu',
  'int',
  'mil',
  'hk',
  'mo',
  'tw',
  'xn--fiqs8s', // 中国
  'xn--fiqz9s', // 中國
  'xn--zfr164b', // 政务
  'xn--55qw42g', // 公益
  'com.cn',
  'net.cn',
  'org.cn',
  'gov.cn',
  'edu.cn',
  'ac.cn',
  'mil.cn',
  ...[
    'ah',
    'bj',
    'cq',
    'fj',
    'gd',
    'gs',
    'gx',
    'gz',
    'ha',
    'hb',
    'he',
    'hi',
    'hk',
    'hl',
    'hn',
    'jl',
    'js',
    'jx',
    'ln',
    'mo',
    'nm',
    'nx',
    'qh',
    'sc',
    'sd',
    'sh',
    'sn',
    'sx',
    'tj',
    'tw',
    'xj',
    'xz',
    'yn',
    'zj',
  ].map((province) => `${province}.cn`),
]);

const DEFAULT_PORTS: ReadonlySet<string> = new Set(['', '80', '443']);
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
/** `mailto:`, `about:`, `javascript:`… but not `host:8080`. */
const SCHEME_WITHOUT_SLASHES = /^[a-z][a-z0-9+.-]*:(?!\d)/i;
const WHITESPACE = /\s/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

const fail = (problem: HostPatternProblem): ReadHostPatternResult => ({ ok: false, problem });

/** True for a host written as an IP address (IPv4 dotted or bracketed IPv6), which has no subdomains. */
function isIpHost(host: string): boolean {
  return host.startsWith('[') || IPV4.test(host);
}

/** Host as the browser reports it, compared the same way as a pattern's host. */
export function normalizeHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.+$/, '');
}

/** A URL's port as patterns see it: default ports of either scheme are no port. */
export function normalizePort(port: string): string {
  return DEFAULT_PORTS.has(port) ? '' : port;
}

export function readHostPattern(input: string): ReadHostPatternResult {
  const text = input.trim();
  if (text === '') return fail('empty');
  if (WHITESPACE.test(text)) return fail('whitespace');

  let rest = text;
  const scheme = SCHEME.exec(rest);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    if (name !== 'http' && name !== 'https') return fail('scheme');
    rest = rest.slice(scheme[0].length);
  } else if (SCHEME_WITHOUT_SLASHES.test(rest)) {
    return fail('scheme');
  }

  const wildcard = rest.startsWith('*.');
  if (wildcard) rest = rest.slice(2);
  if (rest.includes('*')) return fail('wildcardPlacement');

  let url: URL;
  try {
    url = new URL(`http://${rest}`);
  } catch {
    return fail('unreadable');
  }

  if (url.username !== '' || url.password !== '') return fail('credentials');
  const host = normalizeHost(url.hostname);
  if (host === '') return fail('unreadable');
  if (wildcard && host === 'gov.cn') return fail('wholeGovCn');
  if (PUBLIC_SUFFIXES.has(host)) return fail('publicSuffix');
  if (wildcard && isIpHost(host)) return fail('wildcardIp');
  if (wildcard && !host.includes('.')) return fail('wildcardBareHost');

  return {
    ok: true,
    parts: { host, wildcard, port: normalizePort(url.port), pathPrefix: url.pathname.replace(/\/+$/, '') },
  };
}

/** Writes parts back in pattern syntax: `[*.]host[:port][/path]`. */
export function formatHostPattern(parts: HostPatternParts): string {
  const port = parts.port === '' ? '' : `:${parts.port}`;
  return `${parts.wildcard ? '*.' : ''}${parts.host}${port}${parts.pathPrefix}`;
}
