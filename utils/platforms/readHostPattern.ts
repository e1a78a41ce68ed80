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

export type ReadHostPatternResult = { ok: true; parts: HostPatternParts } | { ok: false; error: string };

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

const fail = (error: string): ReadHostPatternResult => ({ ok: false, error });

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
  if (text === '') return fail('请输入网址或域名。');
  if (WHITESPACE.test(text)) return fail('网址或域名中不能有空格。');

  let rest = text;
  const scheme = SCHEME.exec(rest);
  if (scheme) {
    const name = scheme[1]!.toLowerCase();
    if (name !== 'http' && name !== 'https') return fail('只支持 http 或 https 开头的网址。');
    rest = rest.slice(scheme[0].length);
  } else if (SCHEME_WITHOUT_SLASHES.test(rest)) {
    return fail('只支持 http 或 https 开头的网址。');
  }

  const wildcard = rest.startsWith('*.');
  if (wildcard) rest = rest.slice(2);
  if (rest.includes('*')) return fail('通配符只能写在开头，例如 *.example.gov.cn。');

  let url: URL;
  try {
    url = new URL(`http://${rest}`);
  } catch {
    return fail('无法识别这个网址或域名，请检查拼写。');
  }

  if (url.username !== '' || url.password !== '') return fail('网址中不能包含用户名或密码。');
  const host = normalizeHost(url.hostname);
  if (host === '') return fail('无法识别这个网址或域名，请检查拼写。');
  if (wildcard && host === 'gov.cn') return fail('*.gov.cn 下的网站已自动记录，请填写具体的域名。');
  if (PUBLIC_SUFFIXES.has(host))
    return fail('这是顶级域名或公共后缀，会把无关网站算在一起，请填写具体的域名。');
  if (wildcard && isIpHost(host)) return fail('IP 地址前不能加通配符 *.。');
  if (wildcard && !host.includes('.')) return fail('通配符后面要写完整的域名，例如 *.example.gov.cn。');

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
