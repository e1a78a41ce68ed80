/**
 * The channels a cadre uses to report formalism, misconduct or grievances: never recorded, whatever the catalogue,
 * the `*.gov.cn` catch-all or a user rule says. docs/platforms.md gives the public source of every host.
 *
 * The content script bundles this module, so it carries its own tiny matcher (no pattern parser) and no names: the
 * patterns are written already normalized, and a unit test holds them to the parser's normal form.
 */

/**
 * Every channel's patterns by its id: `host`, `*.host` (the host and every host under it) or `host/path` (that path
 * and below), normalized. Names live in neverRecordChannels.ts, which the content script does not need.
 */
export const NEVER_RECORD_PATTERNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['12380', ['*.12380.gov.cn']],
  ['ccdi', ['*.ccdi.gov.cn']],
  ['12388', ['*.12388.gov.cn']],
  ['ducha', ['tousu.www.gov.cn']],
  ['govcn-liuyan', ['liuyan.www.gov.cn']],
  ['govcn-hudong', ['www.gov.cn/hudong']],
  ['gjxfj', ['*.gjxfj.gov.cn']],
  ['12337', ['*.12337.gov.cn']],
  ['court-jubao', ['jubao.court.gov.cn']],
  ['jw-beijing', ['*.bjsupervision.gov.cn']],
  ['jw-tianjin', ['*.tjjw.gov.cn']],
  ['jw-hebei', ['*.hebcdi.gov.cn']],
  ['jw-shanxi', ['*.sxdi.gov.cn']],
  ['jw-neimenggu', ['*.nmgjjjc.gov.cn']],
  ['jw-liaoning', ['*.lnsjjjc.gov.cn']],
  ['jw-jilin', ['*.ccdijl.gov.cn']],
  ['jw-heilongjiang', ['*.hljjjjc.gov.cn']],
  ['jw-shanghai', ['*.shjjjc.gov.cn']],
  ['jw-jiangsu', ['*.jssjw.gov.cn']],
  ['jw-zhejiang', ['*.zjsjw.gov.cn']],
  ['jw-anhui', ['*.ahjjjc.gov.cn']],
  ['jw-fujian', ['*.fjcdi.gov.cn']],
  ['jw-jiangxi', ['*.jxdi.gov.cn']],
  ['jw-shandong', ['*.sdjj.gov.cn']],
  ['jw-henan', ['*.hnsjct.gov.cn']],
  ['jw-hubei', ['*.hbjwjc.gov.cn']],
  ['jw-hunan', ['*.sxfj.gov.cn']],
  ['jw-guangdong', ['*.gdjct.gd.gov.cn']],
  ['jw-guangxi', ['*.gxjjw.gov.cn']],
  ['jw-hainan', ['*.hncdi.gov.cn']],
  ['jw-chongqing', ['*.jjc.cq.gov.cn']],
  ['jw-sichuan', ['*.scjc.gov.cn']],
  ['jw-guizhou', ['*.gzdis.gov.cn']],
  ['jw-yunnan', ['*.ynjjjc.gov.cn']],
  ['jw-xizang', ['*.xzjjw.gov.cn']],
  ['jw-shaanxi', ['*.qinfeng.gov.cn']],
  ['jw-gansu', ['*.gsjw.gov.cn']],
  ['jw-qinghai', ['*.qhjc.gov.cn']],
  ['jw-ningxia', ['*.nxjjjc.gov.cn']],
  ['jw-xinjiang', ['*.xjjw.gov.cn']],
  ['jw-bingtuan', ['btjw.xjbt.gov.cn']],
  [
    'jw-legacy',
    ['www.shjcw.gov.cn', 'www.fjjc.gov.cn', 'www.mirror.gov.cn', 'www.jjjc.yn.gov.cn', 'www.jxlz.gov.cn'],
  ],
  ['xf-shanghai', ['wsxf.sh.gov.cn']],
  ['xf-guangdong', ['*.gdwsxf.gd.gov.cn', '*.gdwsxf.gov.cn']],
  ['12380-baiyin', ['*.by12380.gov.cn']],
  ['12380-jinchang', ['12380.jczzb.cn']],
  ['12380-local', ['*.xiangyang12380.gov.cn', '*.yb12380.gov.cn', '*.gslxs12380.gov.cn']],
  [
    'petition-other',
    ['ssxfpt.court.gov.cn', 'www.npc.gov.cn/wsxf', 'www.moj.gov.cn/hdjl/hdjlwsxf', 'wsxf.mva.gov.cn'],
  ],
]);

/**
 * Cities and counties run their own 12380 sites on domains of their own (by12380.gov.cn, yb12380.gov.cn…), which no
 * pattern can list in advance: a host whose name directly under gov.cn ends in 12380 or 12388 is a channel too.
 */
const LOCAL_REPORTING_HOST = /(?:^|\.)[a-z0-9-]*1238[08]\.gov\.cn$/;

interface CompiledPattern {
  host: string;
  wildcard: boolean;
  path: string;
}

function compile(pattern: string): CompiledPattern {
  const wildcard = pattern.startsWith('*.');
  const rest = wildcard ? pattern.slice(2) : pattern;
  const slash = rest.indexOf('/');
  return slash < 0
    ? { host: rest, wildcard, path: '' }
    : { host: rest.slice(0, slash), wildcard, path: rest.slice(slash) };
}

const COMPILED: readonly CompiledPattern[] = [...NEVER_RECORD_PATTERNS.values()].flatMap((patterns) =>
  patterns.map(compile),
);

/** Catalogue ids that earlier versions shipped for channels now on this list: their stored records are removed. */
export const RETIRED_NEVER_RECORD_IDS: readonly string[] = ['ducha', '12380', 'ccdi'];

function hostCovered(pattern: CompiledPattern, host: string): boolean {
  return host === pattern.host || (pattern.wildcard && host.endsWith(`.${pattern.host}`));
}

/** `/hudong` covers `/hudong` and `/hudong/x`, never `/hudongx`. */
function pathCovered(pattern: CompiledPattern, path: string): boolean {
  if (pattern.path === '') return true;
  return (
    path.startsWith(pattern.path) &&
    (path.length === pattern.path.length || path[pattern.path.length] === '/')
  );
}

/** Is this whole host a reporting channel? (A channel under a path of a host, www.gov.cn/hudong, is not the host.) */
export function isNeverRecordHost(host: string): boolean {
  const normalized = host.toLowerCase().replace(/\.+$/, '');
  if (LOCAL_REPORTING_HOST.test(normalized)) return true;
  return COMPILED.some((pattern) => pattern.path === '' && hostCovered(pattern, normalized));
}

/** Is this page (a normalized host and its path) on a reporting channel? */
export function isNeverRecordPage(host: string, path: string): boolean {
  if (LOCAL_REPORTING_HOST.test(host)) return true;
  return COMPILED.some((pattern) => hostCovered(pattern, host) && pathCovered(pattern, path));
}

/** Is this URL on a reporting channel? Any scheme and port; never throws. */
export function isNeverRecordUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return isNeverRecordPage(parsed.hostname.toLowerCase().replace(/\.+$/, ''), parsed.pathname);
}

/**
 * Does a rule pattern's host (normalized parts) lie on a reporting channel: the same host, or a host under a
 * channel's `*.` pattern? Such a rule is refused. A broader rule (`*.beijing.gov.cn`) is allowed: the channels
 * under it stay unrecorded, because every matcher asks this list first.
 */
export function isOnNeverRecordChannel(parts: {
  host: string;
  wildcard: boolean;
  pathPrefix: string;
}): boolean {
  return COMPILED.some((pattern) => {
    if (!hostCovered(pattern, parts.host)) return false;
    // A path-limited channel (www.gov.cn/hudong) takes only rules for that path or below, not the whole host.
    return pattern.path === '' || (!parts.wildcard && pathCovered(pattern, parts.pathPrefix || '/'));
  });
}

/**
 * Chrome match patterns covering every listed channel, for the content script's `exclude_matches`. (Local 12380
 * hosts cannot be written as match patterns: there the script starts and leaves at once, see onReportingChannel.)
 */
export function neverRecordMatchPatterns(): string[] {
  return COMPILED.map(
    (pattern) =>
      `*://${pattern.wildcard ? '*.' : ''}${pattern.host}${pattern.path === '' ? '/*' : `${pattern.path}*`}`,
  ).sort();
}
