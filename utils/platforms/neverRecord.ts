/**
 * The channels a cadre uses to report formalism, misconduct or grievances: never recorded, whatever the catalogue,
 * the `*.gov.cn` catch-all or a user rule says. docs/platforms.md gives the public source of every host.
 *
 * The content script bundles this module, so it carries its own tiny matcher (no pattern parser): the patterns are
 * written already normalized, and a unit test holds them to the parser's normal form.
 */

export interface NeverRecordChannel {
  /** a short slug for docs and tests; never stored */
  id: string;
  name: string;
  nameEn: string;
  /** `host`, `*.host` (the host and every host under it) or `host/path` (that path and below), normalized */
  patterns: readonly string[];
}

export const NEVER_RECORD: readonly NeverRecordChannel[] = [
  {
    id: '12380',
    name: '中央组织部12380举报网站',
    nameEn: 'Organization Department 12380 reporting site',
    patterns: ['*.12380.gov.cn'],
  },
  {
    id: 'ccdi',
    name: '中央纪委国家监委网站（含监督举报）',
    nameEn: 'CCDI and National Supervisory Commission (incl. reporting)',
    patterns: ['*.ccdi.gov.cn'],
  },
  {
    id: '12388',
    name: '中央纪委国家监委举报网站 12388',
    nameEn: 'CCDI 12388 reporting site',
    patterns: ['*.12388.gov.cn'],
  },
  {
    id: 'ducha',
    name: '国务院“互联网+督查”平台',
    nameEn: 'State Council Internet + Inspection platform',
    patterns: ['tousu.www.gov.cn', 'www.gov.cn/hudong'],
  },
  {
    id: 'gjxfj',
    name: '国家信访局（含网上信访）',
    nameEn: 'National Public Complaints and Proposals Administration (incl. online petitions)',
    patterns: ['*.gjxfj.gov.cn'],
  },
];

/** Catalogue ids that earlier versions shipped for channels now on this list: their stored records are removed. */
export const RETIRED_NEVER_RECORD_IDS: readonly string[] = ['ducha', '12380', 'ccdi'];

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

const COMPILED: readonly CompiledPattern[] = NEVER_RECORD.flatMap((channel) => channel.patterns.map(compile));

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
  return COMPILED.some((pattern) => pattern.path === '' && hostCovered(pattern, normalized));
}

/** Is this page (a normalized host and its path) on a reporting channel? */
export function isNeverRecordPage(host: string, path: string): boolean {
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

/** Chrome match patterns covering every channel, for the content script's `exclude_matches`. */
export function neverRecordMatchPatterns(): string[] {
  return COMPILED.map(
    (pattern) =>
      `*://${pattern.wildcard ? '*.' : ''}${pattern.host}${pattern.path === '' ? '/*' : `${pattern.path}*`}`,
  ).sort();
}
