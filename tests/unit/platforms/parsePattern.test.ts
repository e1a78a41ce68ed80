import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PatternProblem, parsePattern } from '../../../utils/platforms/parsePattern';

/** What users paste: a URL with port, path, query and fragment. Built from parts; fc.webUrl() is slow to start. */
const pastedUrl = fc
  .tuple(
    fc.constantFrom('http://', 'https://', ''),
    fc.constantFrom('', '*.'),
    fc.domain(),
    fc.option(
      fc.integer({ min: 1, max: 65_535 }).map((port) => `:${port}`),
      { nil: '' },
    ),
    fc.array(fc.webSegment()).map((segments) => `/${segments.join('/')}`),
    fc.webQueryParameters().map((query) => `?${query}`),
    fc.webFragments().map((fragment) => `#${fragment}`),
  )
  .map(([scheme, star, ...rest]) => (scheme === '' ? star : scheme) + rest.join(''));

function patternOf(input: string): string {
  const result = parsePattern(input);
  if (!result.ok) throw new Error(`expected ${input} to be accepted, got: ${result.problem}`);
  return result.pattern;
}

function errorOf(input: string): PatternProblem {
  const result = parsePattern(input);
  if (result.ok) throw new Error(`expected ${input} to be rejected, got pattern ${result.pattern}`);
  return result.problem;
}

describe('parsePattern', () => {
  it('keeps a plain host as it is', () => {
    expect(patternOf('www.xuexi.cn')).toBe('www.xuexi.cn');
  });

  it('turns a pasted URL into host, non-default port and path prefix, dropping query and fragment', () => {
    expect(patternOf('https://oa.xx.gov.cn:8443/app/index.html?token=abc#top')).toBe(
      'oa.xx.gov.cn:8443/app/index.html',
    );
  });

  it('lower-cases the host but keeps the case of the path', () => {
    expect(patternOf('HTTP://OA.Example.GOV.CN/App/Home')).toBe('oa.example.gov.cn/App/Home');
  });

  it('drops a trailing slash and a trailing dot', () => {
    expect(patternOf('www.gov.cn./zhengce/')).toBe('www.gov.cn/zhengce');
    expect(patternOf('https://www.gov.cn/')).toBe('www.gov.cn');
  });

  it('treats ports 80 and 443 as no port', () => {
    expect(patternOf('http://oa.example.gov.cn:80/')).toBe('oa.example.gov.cn');
    expect(patternOf('https://oa.example.gov.cn:443/x')).toBe('oa.example.gov.cn/x');
    expect(patternOf('oa.example.gov.cn:443')).toBe('oa.example.gov.cn');
  });

  it('keeps a wildcard in front of the host', () => {
    expect(patternOf('*.ZJZWFW.gov.cn')).toBe('*.zjzwfw.gov.cn');
    expect(patternOf('*.ding.zj.gov.cn:8080/portal/')).toBe('*.ding.zj.gov.cn:8080/portal');
  });

  it('writes a Unicode host in punycode', () => {
    expect(patternOf('政务.中国')).toBe('xn--zfr164b.xn--fiqs8s');
    expect(patternOf('*.政务.中国/通知')).toBe('*.xn--zfr164b.xn--fiqs8s/%E9%80%9A%E7%9F%A5');
  });

  it('accepts IPv4 and IPv6 addresses of office intranet systems', () => {
    expect(patternOf('http://192.168.10.5:8080/oa/')).toBe('192.168.10.5:8080/oa');
    expect(patternOf('[::1]:3000')).toBe('[::1]:3000');
  });

  it('trims surrounding spaces', () => {
    expect(patternOf('  www.12371.cn  ')).toBe('www.12371.cn');
  });

  it('rejects empty input', () => {
    expect(errorOf('')).toBe('empty');
    expect(errorOf('   ')).toBe('empty');
  });

  it('rejects spaces inside the input', () => {
    expect(errorOf('www.gov .cn')).toBe('whitespace');
  });

  it('rejects schemes other than http and https', () => {
    for (const input of [
      'ftp://files.example.gov.cn',
      'chrome://settings',
      'file:///C:/a.html',
      'mailto:a@b.com',
    ]) {
      expect(errorOf(input)).toBe('scheme');
    }
    expect(errorOf('javascript:alert(1)')).toBe('scheme');
  });

  it('rejects *.gov.cn, which the catch-all already records', () => {
    expect(errorOf('*.gov.cn')).toBe('wholeGovCn');
  });

  it('rejects top-level domains and public suffixes, bare or with a wildcard', () => {
    for (const input of ['*.cn', '*.com', 'cn', 'com', '*.com.cn', '*.zj.cn', 'gov.cn', '*.中国']) {
      expect(errorOf(input)).toBe('publicSuffix');
    }
  });

  it('rejects a wildcard anywhere but the front, and a wildcard on an IP address', () => {
    expect(errorOf('www.*.gov.cn')).toBe('wildcardPlacement');
    expect(errorOf('*.192.168.1.1')).toBe('wildcardIp');
    expect(errorOf('*.intranet')).toBe('wildcardBareHost');
  });

  it('rejects credentials and input that is not a host', () => {
    expect(errorOf('https://user:secret@oa.example.gov.cn/')).toBe('credentials');
    expect(errorOf('http://')).toBe('unreadable');
    expect(errorOf('*.')).toBe('unreadable');
    expect(errorOf('oa.example.gov.cn:99999')).toBe('unreadable');
  });

  it.each([
    'www.12380.gov.cn',
    'https://www.12380.gov.cn/html/index.html',
    '*.12380.gov.cn',
    'zj.12380.gov.cn',
    'www.ccdi.gov.cn/jbts/',
    'WWW.CCDI.GOV.CN',
    'www.12388.gov.cn',
    'tousu.www.gov.cn',
    'www.gov.cn/hudong/ducha',
    'wsxf.gjxfj.gov.cn',
  ])('refuses %s, a reporting channel that is never recorded', (input) => {
    expect(errorOf(input)).toBe('neverRecord');
  });

  it('accepts a broader rule that contains a reporting channel, and a path of its host outside the channel', () => {
    expect(patternOf('*.beijing.gov.cn')).toBe('*.beijing.gov.cn');
    expect(patternOf('www.gov.cn/zhengce')).toBe('www.gov.cn/zhengce');
    expect(patternOf('www.gov.cn')).toBe('www.gov.cn');
    expect(patternOf('www.12380x.gov.cn')).toBe('www.12380x.gov.cn');
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const result = parsePattern(input);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('gives a pattern that parses to itself again', () => {
    fc.assert(
      fc.property(fc.oneof(pastedUrl, fc.domain()), (input) => {
        const first = parsePattern(input);
        if (!first.ok) return;
        expect(parsePattern(first.pattern)).toEqual(first);
      }),
    );
  });
});
