import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../utils/platforms/catalogue';
import { createMatcher, describePlatform } from '../../../utils/platforms/matchPlatform';
import type { Platform, PlatformMatch, UserRule } from '../../../utils/platforms/platform';

/** A small catalogue of our own, so these tests do not move when the real catalogue grows. */
const TEST_CATALOGUE: readonly Platform[] = [
  {
    id: 'xuexi',
    name: '学习强国',
    nameEn: 'Xuexi Qiangguo',
    scope: 'national',
    category: '学习教育',
    patterns: ['www.xuexi.cn', 'pc.xuexi.cn'],
  },
  {
    id: 'party',
    name: '共产党员网',
    nameEn: 'Party',
    scope: 'national',
    category: '党建',
    patterns: ['*.12371.cn'],
  },
  {
    id: 'govcn',
    name: '中国政府网',
    nameEn: 'gov.cn',
    scope: 'national',
    category: '其他政务',
    patterns: ['www.gov.cn'],
  },
  {
    id: 'policy',
    name: '政策库',
    nameEn: 'Policies',
    scope: 'national',
    category: '学习教育',
    patterns: ['www.gov.cn/zhengce'],
  },
  {
    id: 'zjzwfw',
    name: '浙江政务服务网',
    nameEn: 'Zhejiang',
    scope: 'provincial',
    category: '政务服务',
    patterns: ['*.zjzwfw.gov.cn'],
  },
  {
    id: 'zjzwfw-app',
    name: '浙江政务服务网应用',
    nameEn: 'Zhejiang app',
    scope: 'provincial',
    category: '政务服务',
    patterns: ['app.zjzwfw.gov.cn'],
  },
];

function rule(overrides: Partial<UserRule> & Pick<UserRule, 'id'>): UserRule {
  return { name: overrides.id, category: '办公协同', patterns: [], enabled: true, ...overrides };
}

const webPath = fc.array(fc.webSegment()).map((segments) => `/${segments.join('/')}`);

/**
 * URL-like strings: real and fake schemes, hosts in and out of gov.cn, odd ports, paths and queries.
 * Built from cheap parts because fc.webUrl() takes seconds to initialise.
 */
const urlLike = fc
  .tuple(
    fc.constantFrom('http://', 'https://', 'HTTPS://', 'ftp://', 'chrome://', 'file:///', 'about:', ''),
    fc.oneof(
      fc.domain(),
      fc.domain().map((domain) => `${domain}.gov.cn`),
      fc.constantFrom('gov.cn', 'gov.cn.evil.com', 'evilgov.cn', 'www.gov.cn.', '[::1]', '10.0.0.1'),
    ),
    fc.option(
      fc.integer({ min: 0, max: 70_000 }).map((port) => `:${port}`),
      { nil: '' },
    ),
    webPath,
    fc.webQueryParameters().map((query) => (query === '' ? '' : `?${query}`)),
  )
  .map((parts) => parts.join(''));

function idOf(match: PlatformMatch | null): string | null {
  return match === null ? null : match.platformId;
}

const catalogueOnly = createMatcher([], TEST_CATALOGUE);

describe('createMatcher: hosts', () => {
  it('matches an exact host on any path and returns the catalogue entry', () => {
    expect(catalogueOnly('https://www.xuexi.cn/index.html')).toEqual({
      platformId: 'xuexi',
      name: '学习强国',
      nameEn: 'Xuexi Qiangguo',
      scope: 'national',
      category: '学习教育',
      source: 'catalogue',
    });
    expect(idOf(catalogueOnly('http://pc.xuexi.cn/points/my-points.html'))).toBe('xuexi');
  });

  it('does not match an exact host on its subdomains or its parent', () => {
    expect(catalogueOnly('https://article.xuexi.cn/')).toBeNull();
    expect(catalogueOnly('https://xuexi.cn/')).toBeNull();
  });

  it('matches a wildcard on any subdomain and on the apex itself', () => {
    expect(idOf(catalogueOnly('https://www.12371.cn/'))).toBe('party');
    expect(idOf(catalogueOnly('https://a.b.c.12371.cn/x'))).toBe('party');
    expect(idOf(catalogueOnly('https://12371.cn/'))).toBe('party');
  });

  it('does not match a host that merely ends with the same letters', () => {
    expect(catalogueOnly('https://www.x12371.cn/')).toBeNull();
    expect(catalogueOnly('https://www.12371.cn.evil.com/')).toBeNull();
  });

  it('compares hosts case-insensitively and ignores a trailing dot', () => {
    expect(idOf(catalogueOnly('HTTPS://WWW.XUEXI.CN/Index.html'))).toBe('xuexi');
    expect(idOf(catalogueOnly('https://www.xuexi.cn./'))).toBe('xuexi');
  });

  it('lets an exact host beat a wildcard covering it', () => {
    expect(idOf(catalogueOnly('https://app.zjzwfw.gov.cn/x'))).toBe('zjzwfw-app');
    expect(idOf(catalogueOnly('https://www.zjzwfw.gov.cn/x'))).toBe('zjzwfw');
  });

  it('lets a longer wildcard beat a shorter one', () => {
    const matcher = createMatcher(
      [rule({ id: 'ding', patterns: ['*.ding.zj.gov.cn'] }), rule({ id: 'zj', patterns: ['*.zj.gov.cn'] })],
      [],
    );
    expect(idOf(matcher('https://login-pro.ding.zj.gov.cn/'))).toBe('ding');
    expect(idOf(matcher('https://ding.zj.gov.cn/'))).toBe('ding');
    expect(idOf(matcher('https://www.zj.gov.cn/'))).toBe('zj');
  });
});

describe('createMatcher: paths', () => {
  it('matches a path prefix at segment boundaries only', () => {
    expect(idOf(catalogueOnly('https://www.gov.cn/zhengce'))).toBe('policy');
    expect(idOf(catalogueOnly('https://www.gov.cn/zhengce/'))).toBe('policy');
    expect(idOf(catalogueOnly('https://www.gov.cn/zhengce/content/2024.htm?x=1'))).toBe('policy');
    expect(idOf(catalogueOnly('https://www.gov.cn/zhengcex'))).toBe('govcn');
    expect(idOf(catalogueOnly('https://www.gov.cn/'))).toBe('govcn');
  });

  it('ignores query and fragment when matching a path prefix', () => {
    expect(idOf(catalogueOnly('https://www.gov.cn/?p=/zhengce'))).toBe('govcn');
    expect(idOf(catalogueOnly('https://www.gov.cn/#/zhengce'))).toBe('govcn');
  });

  it('prefers the longer of two path prefixes', () => {
    const matcher = createMatcher(
      [
        rule({ id: 'short', patterns: ['oa.x.gov.cn/app'] }),
        rule({ id: 'long', patterns: ['oa.x.gov.cn/app/report'] }),
      ],
      [],
    );
    expect(idOf(matcher('http://oa.x.gov.cn/app/report/1'))).toBe('long');
    expect(idOf(matcher('http://oa.x.gov.cn/app/list'))).toBe('short');
    expect(idOf(matcher('http://oa.x.gov.cn/login'))).toBe('host:oa.x.gov.cn');
  });

  it('matches a path prefix written in Chinese against the percent-encoded path the browser reports', () => {
    const matcher = createMatcher([rule({ id: 'notice', patterns: ['oa.x.gov.cn/通知'] })], []);
    expect(idOf(matcher('http://oa.x.gov.cn/%E9%80%9A%E7%9F%A5/1'))).toBe('notice');
    expect(idOf(matcher('http://oa.x.gov.cn/通知'))).toBe('notice');
  });
});

describe('createMatcher: ports', () => {
  const matcher = createMatcher(
    [
      rule({ id: 'any-port', patterns: ['oa.example.com'] }),
      rule({ id: 'port-8443', patterns: ['oa.example.com:8443'] }),
      rule({ id: 'intranet', patterns: ['10.1.2.3:8080'] }),
    ],
    [],
  );

  it('lets a pattern without a port match any port', () => {
    expect(idOf(matcher('https://oa.example.com/'))).toBe('any-port');
    expect(idOf(matcher('http://oa.example.com:9000/'))).toBe('any-port');
  });

  it('prefers a pattern with the URL port over one without', () => {
    expect(idOf(matcher('https://oa.example.com:8443/app'))).toBe('port-8443');
  });

  it('lets a pattern with a port match only that port', () => {
    expect(idOf(matcher('http://10.1.2.3:8080/oa'))).toBe('intranet');
    expect(matcher('http://10.1.2.3/oa')).toBeNull();
    expect(matcher('http://10.1.2.3:8081/oa')).toBeNull();
  });

  it('treats the default ports 80 and 443 as no port', () => {
    const defaults = createMatcher([rule({ id: 'tls', patterns: ['oa.example.com:443'] })], []);
    expect(idOf(defaults('https://oa.example.com:443/'))).toBe('tls');
    expect(idOf(defaults('http://oa.example.com:80/'))).toBe('tls');
    expect(idOf(defaults('http://oa.example.com:8080/'))).toBe('tls');
  });
});

describe('createMatcher: internationalized hosts', () => {
  const matcher = createMatcher([rule({ id: 'idn', patterns: ['政务.中国'] })], []);

  it('matches a rule written in Unicode against the punycode host', () => {
    expect(idOf(matcher('http://xn--zfr164b.xn--fiqs8s/'))).toBe('idn');
  });

  it('matches a rule written in Unicode against a Unicode URL', () => {
    expect(idOf(matcher('http://政务.中国/通知'))).toBe('idn');
  });

  it('matches a rule written in punycode against a Unicode URL', () => {
    const punycode = createMatcher(
      [rule({ id: 'idn', patterns: ['*.xn--fiqs8s'.replace('*.', '*.xn--zfr164b.')] })],
      [],
    );
    expect(idOf(punycode('https://办事.政务.中国/'))).toBe('idn');
  });
});

describe('createMatcher: user rules and the catalogue', () => {
  it('returns a user rule as a local platform named by the user', () => {
    const matcher = createMatcher(
      [rule({ id: 'u1', name: '区网格化平台', category: '数据填报/统计', patterns: ['grid.example.com'] })],
      TEST_CATALOGUE,
    );
    expect(matcher('https://grid.example.com/')).toEqual({
      platformId: 'u1',
      name: '区网格化平台',
      nameEn: '区网格化平台',
      scope: 'local',
      category: '数据填报/统计',
      source: 'user',
    });
  });

  it('lets a user rule beat the catalogue on an equally specific pattern', () => {
    const matcher = createMatcher([rule({ id: 'mine', patterns: ['*.12371.cn'] })], TEST_CATALOGUE);
    expect(idOf(matcher('https://www.12371.cn/'))).toBe('mine');
  });

  it('lets a more specific catalogue pattern beat a broader user rule', () => {
    const matcher = createMatcher([rule({ id: 'all-zj', patterns: ['*.zjzwfw.gov.cn'] })], TEST_CATALOGUE);
    expect(idOf(matcher('https://app.zjzwfw.gov.cn/'))).toBe('zjzwfw-app');
    expect(idOf(matcher('https://www.zjzwfw.gov.cn/'))).toBe('all-zj');
  });

  it('ignores the patterns and names of a user row that overrides a catalogue id', () => {
    const matcher = createMatcher(
      [rule({ id: 'xuexi', name: '改名', patterns: ['evil.example.com'], enabled: true })],
      TEST_CATALOGUE,
    );
    expect(matcher('https://www.xuexi.cn/')?.name).toBe('学习强国');
    expect(matcher('https://evil.example.com/')).toBeNull();
  });

  it('records nothing at all for a disabled catalogue entry, not even through the catch-all', () => {
    const matcher = createMatcher([rule({ id: 'zjzwfw', enabled: false })], TEST_CATALOGUE);
    expect(matcher('https://www.zjzwfw.gov.cn/')).toBeNull();
    expect(matcher('https://zjzwfw.gov.cn/')).toBeNull();
    expect(idOf(matcher('https://app.zjzwfw.gov.cn/'))).toBe('zjzwfw-app');
  });

  it('records nothing for a disabled user rule, and keeps its hosts out of the catch-all', () => {
    const matcher = createMatcher(
      [
        rule({ id: 'mail', patterns: ['mail.example.gov.cn'], enabled: false }),
        rule({ id: 'off', patterns: ['x.com'], enabled: false }),
      ],
      TEST_CATALOGUE,
    );
    expect(matcher('https://mail.example.gov.cn/inbox')).toBeNull();
    expect(matcher('https://x.com/')).toBeNull();
  });

  it('lets a disabled user rule on a path silence only that path', () => {
    const matcher = createMatcher(
      [rule({ id: 'quiet', patterns: ['www.gov.cn/zhengce'], enabled: false })],
      TEST_CATALOGUE,
    );
    expect(matcher('https://www.gov.cn/zhengce/x')).toBeNull();
    expect(idOf(matcher('https://www.gov.cn/'))).toBe('govcn');
  });

  it('skips malformed patterns of a user rule and keeps the valid ones', () => {
    const matcher = createMatcher(
      [rule({ id: 'mixed', patterns: ['', '*.cn', 'ftp://x.com', 'ok.example.com'] })],
      TEST_CATALOGUE,
    );
    expect(idOf(matcher('https://ok.example.com/'))).toBe('mixed');
    expect(matcher('https://anything.cn/')).toBeNull();
  });

  it('survives a corrupt user row without patterns', () => {
    const corrupt = { id: 'broken', name: 'x', category: '党建', enabled: true } as unknown as UserRule;
    const matcher = createMatcher([corrupt], TEST_CATALOGUE);
    expect(idOf(matcher('https://www.xuexi.cn/'))).toBe('xuexi');
  });

  it('uses the built-in catalogue when none is given', () => {
    expect(idOf(createMatcher([])('https://www.xuexi.cn/'))).toBe('xuexi');
  });
});

describe('createMatcher: the *.gov.cn catch-all', () => {
  it('records an unknown government host as its own local platform, named by its host', () => {
    expect(catalogueOnly('https://xxgk.example.gov.cn:8443/list?id=1')).toEqual({
      platformId: 'host:xxgk.example.gov.cn',
      name: 'xxgk.example.gov.cn',
      nameEn: 'xxgk.example.gov.cn',
      scope: 'local',
      category: '其他政务',
      source: 'catch-all',
    });
  });

  it('normalizes the host of a catch-all platform', () => {
    expect(idOf(catalogueOnly('HTTP://OA.Example.GOV.CN./'))).toBe('host:oa.example.gov.cn');
    expect(idOf(catalogueOnly('http://gov.cn/'))).toBe('host:gov.cn');
  });

  it('keeps a catalogue host out of the catch-all', () => {
    expect(idOf(catalogueOnly('https://www.gov.cn/'))).toBe('govcn');
  });

  it('gives different government hosts different platforms', () => {
    expect(idOf(catalogueOnly('https://a.zj.gov.cn/'))).not.toBe(idOf(catalogueOnly('https://b.zj.gov.cn/')));
  });
});

describe('createMatcher: everything else is never recorded', () => {
  it('returns null for ordinary sites', () => {
    for (const url of [
      'https://www.baidu.com/s?wd=gov.cn',
      'https://weibo.com/',
      'https://example.org/gov.cn',
    ]) {
      expect(catalogueOnly(url)).toBeNull();
    }
  });

  it('returns null for sites whose names only contain gov.cn', () => {
    for (const url of [
      'https://gov.cn.evil.com/',
      'https://evilgov.cn/',
      'https://www.gov.cn.com/',
      'https://xgov.cn/',
    ]) {
      expect(catalogueOnly(url)).toBeNull();
    }
  });

  it('returns null for URLs that are not http or https', () => {
    for (const url of [
      'chrome://newtab/',
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
      'file:///C:/Users/cadre/www.gov.cn.html',
      'about:blank',
      'data:text/html,<p>www.gov.cn</p>',
      'ftp://www.gov.cn/',
      'edge://settings',
      'view-source:https://www.gov.cn/',
    ]) {
      expect(catalogueOnly(url)).toBeNull();
    }
  });

  it('returns null for unparseable input', () => {
    for (const url of ['', 'www.gov.cn', 'http://', 'https://[::1', 'not a url', 'http://exa mple.gov.cn/']) {
      expect(catalogueOnly(url)).toBeNull();
    }
    expect(catalogueOnly(undefined as unknown as string)).toBeNull();
  });

  it('never throws and never records a host outside gov.cn when there are no rules', () => {
    const noRules = createMatcher([], []);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), urlLike), (url) => {
        const match = noRules(url);
        if (match === null) return;
        expect(match.source).toBe('catch-all');
        const host = match.platformId.slice('host:'.length);
        expect(host === 'gov.cn' || host.endsWith('.gov.cn')).toBe(true);
      }),
    );
  });

  it('records any URL on a host under gov.cn through the catch-all', () => {
    const noRules = createMatcher([], []);
    fc.assert(
      fc.property(fc.domain(), webPath, (domain, path) => {
        const host = `${domain}.gov.cn`;
        expect(idOf(noRules(`https://${host}${path}`))).toBe(`host:${new URL(`https://${host}`).hostname}`);
      }),
    );
  });

  it('records a host under a user rule for every path', () => {
    fc.assert(
      fc.property(fc.domain(), webPath, (domain, path) => {
        const matcher = createMatcher([rule({ id: 'r', patterns: [domain] })], []);
        expect(idOf(matcher(`http://${domain}${path}`))).toBe('r');
      }),
    );
  });
});

describe('describePlatform', () => {
  const userRules = [
    rule({ id: 'u1', name: '网格通', category: '数据填报/统计' }),
    rule({ id: 'xuexi', name: '不应出现', enabled: false }),
    rule({ id: 'host:oa.x.gov.cn', name: '区 OA', category: '办公协同' }),
  ];

  it('names a catalogue platform from the catalogue, even when the user disabled it', () => {
    expect(describePlatform('xuexi', userRules, TEST_CATALOGUE)).toEqual({
      name: '学习强国',
      nameEn: 'Xuexi Qiangguo',
      scope: 'national',
      category: '学习教育',
    });
  });

  it('names a user platform from its rule', () => {
    expect(describePlatform('u1', userRules, TEST_CATALOGUE)).toEqual({
      name: '网格通',
      nameEn: '网格通',
      scope: 'local',
      category: '数据填报/统计',
    });
  });

  it('names a catch-all platform by its host, unless the user has named that host', () => {
    expect(describePlatform('host:xxgk.y.gov.cn', userRules, TEST_CATALOGUE)).toEqual({
      name: 'xxgk.y.gov.cn',
      nameEn: 'xxgk.y.gov.cn',
      scope: 'local',
      category: '其他政务',
    });
    expect(describePlatform('host:oa.x.gov.cn', userRules, TEST_CATALOGUE)?.name).toBe('区 OA');
  });

  it('returns null for an id it does not know', () => {
    expect(describePlatform('deleted-rule', userRules, TEST_CATALOGUE)).toBeNull();
    expect(describePlatform('host:', userRules, TEST_CATALOGUE)).toBeNull();
  });

  it('uses the built-in catalogue when none is given', () => {
    expect(describePlatform('12371', [])?.name).toBe('共产党员网');
  });

  it('describes every platform the matcher can return', () => {
    const rules = [
      rule({ id: 'u1', name: '网格通', category: '数据填报/统计', patterns: ['grid.example.com'] }),
      rule({ id: 'host:oa.x.gov.cn', name: '区 OA', category: '办公协同', patterns: ['oa.x.gov.cn'] }),
    ];
    const matcher = createMatcher(rules, CATALOGUE);
    const urls = [
      'https://www.xuexi.cn/',
      'https://grid.example.com/',
      'https://oa.x.gov.cn/',
      'https://z.y.gov.cn/',
    ];
    for (const url of urls) {
      const match = matcher(url);
      expect(match).not.toBeNull();
      if (match === null) continue;
      expect(describePlatform(match.platformId, rules)).toEqual({
        name: match.name,
        nameEn: match.nameEn,
        scope: match.scope,
        category: match.category,
      });
    }
  });
});
