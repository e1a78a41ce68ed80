import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../utils/platforms/catalogue';
import { catalogueMatchPatterns, ruleMatchPatterns } from '../../../utils/platforms/matchPatterns';
import type { Platform } from '../../../utils/platforms/platform';

/** Chrome's match pattern grammar: `<scheme>://<host><path>`, host `*`, `*.` + part or a literal, no port. */
const MATCH_PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*:]+|[^/*:]+|\[[0-9a-f:.]+\](?::\d+)?)(\/.*)$/i;

function isValidMatchPattern(pattern: string): boolean {
  const parts = MATCH_PATTERN.exec(pattern);
  return parts !== null && !(parts[2] ?? '').includes(':') === !(parts[2] ?? '').startsWith('[');
}

/** How Chrome applies a match pattern to a URL (http and https only, which is all we use). */
function matchPatternCovers(pattern: string, url: string): boolean {
  const parts = MATCH_PATTERN.exec(pattern);
  if (parts === null) return false;
  const [, , host = '', path = ''] = parts;
  const target = new URL(url);
  const hostFits = host.startsWith('*.')
    ? target.hostname === host.slice(2) || target.hostname.endsWith(host.slice(1))
    : host === '*' || target.hostname === host;
  const pathPattern = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return hostFits && pathPattern.test(target.pathname + target.search);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('catalogueMatchPatterns', () => {
  const patterns = catalogueMatchPatterns();

  it('always includes the *.gov.cn catch-all', () => {
    expect(patterns).toContain('*://*.gov.cn/*');
  });

  it('gives only valid Chrome match patterns, sorted and without duplicates', () => {
    for (const pattern of patterns) expect(isValidMatchPattern(pattern), pattern).toBe(true);
    expect([...patterns].sort()).toEqual(patterns);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('covers a URL of every catalogue pattern, on any subdomain of a wildcard', () => {
    for (const platform of CATALOGUE) {
      for (const pattern of platform.patterns) {
        const host = pattern.replace(/^\*\./, '').split('/')[0] ?? '';
        const urls = [`https://${host}/x`, ...(pattern.startsWith('*.') ? [`http://deep.sub.${host}/`] : [])];
        for (const url of urls)
          expect(
            patterns.some((mp) => matchPatternCovers(mp, url)),
            url,
          ).toBe(true);
      }
    }
  });

  it('leaves out hosts that a broader pattern already covers', () => {
    expect(patterns).not.toContain('*://*.zjzwfw.gov.cn/*');
    expect(patterns).toContain('*://*.xuexi.cn/*');
    expect(patterns).toContain('*://im.dingtalk.com/*');
  });

  it('drops ports and turns a path prefix into a path wildcard', () => {
    const catalogue: Platform[] = [
      {
        id: 'oa',
        name: '办公',
        nameEn: 'OA',
        scope: 'provincial',
        category: '办公协同',
        patterns: ['oa.example.com:8443/app', 'oa.example.com/app/report', 'docs.example.com'],
      },
    ];
    expect(catalogueMatchPatterns(catalogue)).toEqual([
      '*://*.gov.cn/*',
      '*://docs.example.com/*',
      '*://oa.example.com/app*',
    ]);
  });

  it('uses no browser API, so wxt.config.ts can call it in Node at build time', () => {
    const directory = new URL('../../../utils/platforms/', import.meta.url);
    for (const file of readdirSync(directory).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, directory), 'utf8');
      expect(source, file).not.toMatch(/\b(chrome|browser)\.|wxt\/browser|webextension-polyfill/);
    }
  });
});

describe('ruleMatchPatterns', () => {
  it('turns one rule into match patterns, punycoding Unicode hosts', () => {
    expect(ruleMatchPatterns(['政务.中国', '*.grid.example.com', 'oa.example.com:8080/app/'])).toEqual([
      '*://*.grid.example.com/*',
      '*://oa.example.com/app*',
      '*://xn--zfr164b.xn--fiqs8s/*',
    ]);
  });

  it('covers an IP intranet system without its port', () => {
    const patterns = ruleMatchPatterns(['192.168.1.20:8080/oa']);
    expect(patterns).toEqual(['*://192.168.1.20/oa*']);
    expect(patterns.every(isValidMatchPattern)).toBe(true);
  });

  it('skips patterns that are not valid', () => {
    expect(ruleMatchPatterns(['', '*.cn', 'ftp://x.example.com', 'ok.example.com'])).toEqual([
      '*://ok.example.com/*',
    ]);
  });

  it('merges a host into a wildcard that covers it', () => {
    expect(ruleMatchPatterns(['www.example.com', '*.example.com', 'example.com/x'])).toEqual([
      '*://*.example.com/*',
    ]);
  });
});
