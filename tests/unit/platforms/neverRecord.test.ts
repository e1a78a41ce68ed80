import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../utils/platforms/catalogue';
import { createMatcher } from '../../../utils/platforms/matchPlatform';
import {
  isNeverRecordHost,
  isNeverRecordUrl,
  NEVER_RECORD_PATTERNS,
  neverRecordMatchPatterns,
  RETIRED_NEVER_RECORD_IDS,
} from '../../../utils/platforms/neverRecord';
import { NEVER_RECORD_CHANNELS } from '../../../utils/platforms/neverRecordChannels';
import { formatHostPattern, readHostPattern } from '../../../utils/platforms/readHostPattern';

const CHANNEL_URLS = [
  'https://www.12380.gov.cn/',
  'http://www.12380.gov.cn/ssl/feedback.shtml?name=张建国',
  'https://zj.12380.gov.cn/index.html',
  'https://www.ccdi.gov.cn/',
  'https://www.ccdi.gov.cn/jbts/index.html',
  'https://jubao.ccdi.gov.cn/',
  'https://www.12388.gov.cn/',
  'https://tousu.www.gov.cn/hc/',
  'https://www.gov.cn/hudong/ducha/index.htm',
  'https://www.gjxfj.gov.cn/',
  'https://wsxf.gjxfj.gov.cn/zxts/index.html',
  'https://WWW.CCDI.GOV.CN./x',
  'https://liuyan.www.gov.cn/',
  'https://beijing.12388.gov.cn/',
  'https://zhejiang.12388.gov.cn/jiaxing/jiashan/',
  'https://www.zjsjw.gov.cn/',
  'https://www.gdjct.gd.gov.cn/',
  'https://jjc.cq.gov.cn/',
  'https://btjw.xjbt.gov.cn/',
  'https://wsxf.sh.gov.cn/',
  'https://www.by12380.gov.cn/',
  'https://xiangyang12380.gov.cn/',
  'https://www.someplace12388.gov.cn/x',
  'http://12380.jczzb.cn/policy_items.html',
  'https://www.ccdi.gov.cn:8443/x',
];

describe('the never-record list', () => {
  it('writes every pattern in the normal form of the pattern parser', () => {
    for (const patterns of NEVER_RECORD_PATTERNS.values()) {
      for (const pattern of patterns) {
        const read = readHostPattern(pattern);
        expect(read.ok, pattern).toBe(true);
        if (read.ok) expect(formatHostPattern(read.parts)).toBe(pattern);
      }
    }
  });

  it('names every channel, once, in Chinese and English, and names nothing that has no patterns', () => {
    const ids = NEVER_RECORD_CHANNELS.map((channel) => channel.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...NEVER_RECORD_PATTERNS.keys()].sort());
    for (const channel of NEVER_RECORD_CHANNELS) {
      expect(channel.name).toMatch(/[\u4e00-\u9fff]/);
      expect(channel.nameEn).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it.each(CHANNEL_URLS)('knows %s as a reporting channel', (url) => {
    expect(isNeverRecordUrl(url)).toBe(true);
  });

  it.each([
    'https://www.gov.cn/zhengce/index.htm',
    'https://www.gov.cn/hudongx',
    'https://www.xuexi.cn/',
    'https://www.12380x.gov.cn/',
    'https://www.gd.gov.cn/',
    'https://www.cq.gov.cn/',
    'https://www.xjbt.gov.cn/',
    'https://www.12380.gov.cn.example.com/',
    'https://ccdi.gov.cn.evil.com/',
    'not a url',
  ])('does not take %s for a reporting channel', (url) => {
    expect(isNeverRecordUrl(url)).toBe(false);
  });

  it('records none of them, whatever the catalogue, the catch-all or a user rule says', () => {
    const match = createMatcher([
      { id: 'user-a', name: '县纪委', category: '其他政务', patterns: ['www.ccdi.gov.cn'], enabled: true },
      { id: 'user-b', name: '北京全部', category: '其他政务', patterns: ['*.gov.cn'], enabled: true },
      { id: 'user-c', name: '政府网', category: '其他政务', patterns: ['www.gov.cn'], enabled: true },
    ]);
    for (const url of CHANNEL_URLS) expect(match(url), url).toBeNull();
    expect(match('https://www.gov.cn/zhengce/')?.platformId).toBe('user-c');
  });

  it('is never a host the matcher would give to anything, for any path under it', () => {
    const match = createMatcher([]);
    const channelHosts = ['www.12380.gov.cn', 'a.b.ccdi.gov.cn', 'tousu.www.gov.cn', 'x.gjxfj.gov.cn'];
    fc.assert(
      fc.property(fc.constantFrom(...channelHosts), fc.webPath(), (host, path) => {
        expect(match(`https://${host}${path}`)).toBeNull();
      }),
    );
  });

  it('knows a host of a channel with or without a trailing dot or capitals', () => {
    expect(isNeverRecordHost('WWW.12380.GOV.CN.')).toBe(true);
    expect(isNeverRecordHost('www.gov.cn')).toBe(false);
  });

  it('leaves no catalogue entry on a channel, and keeps retired ids out of the catalogue', () => {
    const catalogueIds = new Set(CATALOGUE.map((platform) => platform.id));
    for (const id of RETIRED_NEVER_RECORD_IDS) expect(catalogueIds.has(id), id).toBe(false);
    for (const platform of CATALOGUE) {
      for (const pattern of platform.patterns) {
        const host = pattern.replace(/^\*\./, '').split('/')[0]!.split(':')[0]!;
        expect(isNeverRecordHost(host), `${platform.id}: ${pattern}`).toBe(false);
      }
    }
  });

  it('gives Chrome match patterns that exclude every channel from the content script', () => {
    const patterns = neverRecordMatchPatterns();
    expect(patterns).toContain('*://*.12380.gov.cn/*');
    expect(patterns).toContain('*://tousu.www.gov.cn/*');
    expect(patterns).toContain('*://www.gov.cn/hudong*');
    for (const pattern of patterns) expect(pattern).toMatch(/^\*:\/\/(\*\.)?[a-z0-9.-]+\/[^*]*\*$/);
  });
});
