import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePattern } from '../../../utils/platforms/parsePattern';

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
  if (!result.ok) throw new Error(`expected ${input} to be accepted, got: ${result.error}`);
  return result.pattern;
}

function errorOf(input: string): string {
  const result = parsePattern(input);
  if (result.ok) throw new Error(`expected ${input} to be rejected, got pattern ${result.pattern}`);
  return result.error;
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
    expect(errorOf('')).toBe('请输入网址或域名。');
    expect(errorOf('   ')).toBe('请输入网址或域名。');
  });

  it('rejects spaces inside the input', () => {
    expect(errorOf('www.gov .cn')).toBe('网址或域名中不能有空格。');
  });

  it('rejects schemes other than http and https', () => {
    for (const input of [
      'ftp://files.example.gov.cn',
      'chrome://settings',
      'file:///C:/a.html',
      'mailto:a@b.com',
    ]) {
      expect(errorOf(input)).toBe('只支持 http 或 https 开头的网址。');
    }
    expect(errorOf('javascript:alert(1)')).toBe('只支持 http 或 https 开头的网址。');
  });

  it('rejects *.gov.cn, which the catch-all already records', () => {
    expect(errorOf('*.gov.cn')).toBe('*.gov.cn 下的网站已自动记录，请填写具体的域名。');
  });

  it('rejects top-level domains and public suffixes, bare or with a wildcard', () => {
    for (const input of ['*.cn', '*.com', 'cn', 'com', '*.com.cn', '*.zj.cn', 'gov.cn', '*.中国']) {
      expect(errorOf(input)).toBe('这是顶级域名或公共后缀，会把无关网站算在一起，请填写具体的域名。');
    }
  });

  it('rejects a wildcard anywhere but the front, and a wildcard on an IP address', () => {
    expect(errorOf('www.*.gov.cn')).toBe('通配符只能写在开头，例如 *.example.gov.cn。');
    expect(errorOf('*.192.168.1.1')).toBe('IP 地址前不能加通配符 *.。');
    expect(errorOf('*.intranet')).toBe('通配符后面要写完整的域名，例如 *.example.gov.cn。');
  });

  it('rejects credentials and input that is not a host', () => {
    expect(errorOf('https://user:secret@oa.example.gov.cn/')).toBe('网址中不能包含用户名或密码。');
    expect(errorOf('http://')).toBe('无法识别这个网址或域名，请检查拼写。');
    expect(errorOf('*.')).toBe('无法识别这个网址或域名，请检查拼写。');
    expect(errorOf('oa.example.gov.cn:99999')).toBe('无法识别这个网址或域名，请检查拼写。');
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
