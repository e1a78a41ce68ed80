import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, CATALOGUE_VERSION } from '../../../utils/platforms/catalogue';
import { createMatcher } from '../../../utils/platforms/matchPlatform';
import { NEVER_RECORD_PATTERNS } from '../../../utils/platforms/neverRecord';
import { NEVER_RECORD_CHANNELS } from '../../../utils/platforms/neverRecordChannels';
import { parsePattern } from '../../../utils/platforms/parsePattern';
import { PLATFORM_CATEGORIES } from '../../../utils/platforms/platform';

const matcher = createMatcher([]);

/** A URL the pattern must match: a subdomain for a wildcard, and a page below the path prefix. */
function sampleUrls(pattern: string): string[] {
  const wildcard = pattern.startsWith('*.');
  const rest = wildcard ? pattern.slice(2) : pattern;
  const slash = rest.indexOf('/');
  const hostAndPort = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash);
  const hosts = wildcard ? [hostAndPort, `www.${hostAndPort}`, `a.b.${hostAndPort}`] : [hostAndPort];
  return hosts.map((host) => `https://${host}${path}/page.html?from=test`);
}

const PLATFORMS_DOC = readFileSync(new URL('../../../docs/platforms.md', import.meta.url), 'utf8');
const NEVER_RECORD_HEADING = '## 从不记录 / Never recorded';

/** Rows of a table in docs/platforms.md (the catalogue's, or the never-record list's), by the id in their first cell. */
function documentedRows(section: 'catalogue' | 'neverRecord' = 'catalogue'): Map<string, string[]> {
  const [catalogueText = '', rest = ''] = PLATFORMS_DOC.split(NEVER_RECORD_HEADING);
  const markdown = section === 'catalogue' ? catalogueText : (rest.split('\n## ')[0] ?? '');
  const rows = new Map<string, string[]>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const id = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    if (line.startsWith('| `') && id !== undefined) rows.set(id, cells.slice(1, -1));
  }
  return rows;
}

describe('the built-in catalogue', () => {
  it('has at least 25 platforms', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(25);
  });

  it('gives every platform a unique short ASCII id', () => {
    const ids = CATALOGUE.map((platform) => platform.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{1,23}$/);
  });

  it('never uses an id that looks like a catch-all host id', () => {
    for (const platform of CATALOGUE) expect(platform.id.startsWith('host:')).toBe(false);
  });

  it('gives every platform a Chinese name, an English name, a scope and a known category', () => {
    for (const platform of CATALOGUE) {
      expect(platform.name).toMatch(/[\u4e00-\u9fff]/);
      expect(platform.nameEn).toMatch(/^[\x20-\x7e]+$/);
      expect(['national', 'provincial']).toContain(platform.scope);
      expect(PLATFORM_CATEGORIES).toContain(platform.category);
      expect(platform.patterns.length).toBeGreaterThan(0);
    }
  });

  it('covers national platforms and provincial ones', () => {
    expect(CATALOGUE.filter((platform) => platform.scope === 'national').length).toBeGreaterThanOrEqual(10);
    expect(CATALOGUE.filter((platform) => platform.scope === 'provincial').length).toBeGreaterThanOrEqual(10);
  });

  it('writes every pattern in the normalized form the rules editor produces', () => {
    for (const platform of CATALOGUE) {
      for (const pattern of platform.patterns) {
        expect(parsePattern(pattern), `${platform.id}: ${pattern}`).toEqual({ ok: true, pattern });
      }
    }
  });

  it('never lists the same pattern twice', () => {
    const patterns = CATALOGUE.flatMap((platform) => platform.patterns);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('matches a URL built from each pattern to the platform that owns it', () => {
    for (const platform of CATALOGUE) {
      for (const pattern of platform.patterns) {
        for (const url of sampleUrls(pattern)) {
          expect(matcher(url)?.platformId, url).toBe(platform.id);
        }
      }
    }
  });

  it('includes the platforms named in the design', () => {
    const byHost = (url: string) => matcher(url)?.platformId;
    expect(byHost('https://www.xuexi.cn/')).toBe('xuexi');
    expect(byHost('https://pc.xuexi.cn/points/my-points.html')).toBe('xuexi');
    expect(byHost('https://www.12371.cn/')).toBe('12371');
    expect(byHost('https://www.cela.gov.cn/')).toBe('cela');
    expect(byHost('https://cela.e-celap.cn/')).toBe('cela');
    expect(byHost('https://gjzwfw.www.gov.cn/')).toBe('gjzwfw');
    expect(byHost('https://www.zjzwfw.gov.cn/')).toBe('zjzwfw');
    expect(byHost('https://www.sczwfw.gov.cn/')).toBe('sczwfw');
    expect(byHost('https://login-pro.ding.zj.gov.cn/')).toBe('zzding');
    expect(byHost('https://bjce.bjdj.gov.cn/#/')).toBe('bjce');
    expect(byHost('https://www.gxela.gov.cn/')).toBe('gxela');
    expect(byHost('https://im.dingtalk.com/')).toBe('dingtalk');
  });

  it('has a version number', () => {
    expect(Number.isInteger(CATALOGUE_VERSION)).toBe(true);
    expect(CATALOGUE_VERSION).toBeGreaterThanOrEqual(1);
  });
});

describe('docs/platforms.md', () => {
  const rows = documentedRows();

  it('has a row for every catalogue platform and none for a platform that is not in it', () => {
    expect([...rows.keys()].sort()).toEqual(CATALOGUE.map((platform) => platform.id).sort());
  });

  it('lists each platform with its name, every pattern, its scope, its category and a source', () => {
    for (const platform of CATALOGUE) {
      const [, name, nameEn, patterns, scope, category, source] = rows.get(platform.id) ?? [];
      expect(name, platform.id).toBe(platform.name);
      expect(nameEn, platform.id).toBe(platform.nameEn);
      const documented = [...(patterns ?? '').matchAll(/`([^`]+)`/g)].map((found) => found[1]);
      expect(documented, platform.id).toEqual(platform.patterns);
      expect(scope, platform.id).toBe(platform.scope);
      expect(category, platform.id).toBe(platform.category);
      expect(source?.length ?? 0, platform.id).toBeGreaterThan(20);
    }
  });
});

describe('docs/platforms.md, never recorded', () => {
  const rows = documentedRows('neverRecord');

  it('lists every reporting channel with its name, every pattern and a source, and nothing else', () => {
    expect([...rows.keys()].sort()).toEqual([...NEVER_RECORD_PATTERNS.keys()].sort());
    for (const channel of NEVER_RECORD_CHANNELS) {
      const [, name, patterns, source] = rows.get(channel.id) ?? [];
      expect(name, channel.id).toBe(channel.name);
      const documented = [...(patterns ?? '').matchAll(/`([^`]+)`/g)].map((found) => found[1]);
      expect(documented, channel.id).toEqual(NEVER_RECORD_PATTERNS.get(channel.id));
      expect(source?.length ?? 0, channel.id).toBeGreaterThan(8);
    }
  });
});
