import { describe, expect, it } from 'vitest';
import {
  disabledCatalogueIds,
  newRuleId,
  ownRules,
  readRuleDraft,
  testUrl,
} from '../../../components/rules/ruleDraft';

describe('a rule typed into the rules editor', () => {
  it('takes a pasted page address as its whole site, keeps a typed path prefix, and drops duplicates', () => {
    const draft = readRuleDraft(
      {
        name: ' 县OA ',
        category: '办公协同',
        patterns:
          'https://OA.example-county.org/portal/index.html?token=x, oa.example-county.org www.gov.cn/zhengce/',
      },
      'user-1',
    );
    expect(draft).toEqual({
      ok: true,
      rule: {
        id: 'user-1',
        name: '县OA',
        category: '办公协同',
        patterns: ['oa.example-county.org', 'www.gov.cn/zhengce'],
        enabled: true,
      },
    });
  });

  it('says which piece is not a usable pattern', () => {
    const draft = readRuleDraft(
      { name: '全部', category: '其他政务', patterns: 'oa.example.org *.gov.cn' },
      'user-1',
    );
    expect(draft).toMatchObject({ ok: false, problem: 'badPattern', input: '*.gov.cn' });
  });

  it('needs a name and at least one pattern', () => {
    expect(readRuleDraft({ name: '', category: '其他政务', patterns: 'a.example.org' }, 'x')).toMatchObject({
      problem: 'noName',
    });
    expect(readRuleDraft({ name: 'A', category: '其他政务', patterns: '  ' }, 'x')).toMatchObject({
      problem: 'noPattern',
    });
  });
});

describe('testing a URL before saving', () => {
  it('shows an untracked site as tracked by the draft rule', () => {
    const draft = readRuleDraft(
      { name: '县OA', category: '办公协同', patterns: 'oa.example-county.org' },
      'user-1',
    );
    if (!draft.ok) throw new Error('draft should be valid');
    expect(testUrl('http://oa.example-county.org/x', [], null)).toBeNull();
    expect(testUrl('http://oa.example-county.org/x', [], draft.rule)).toMatchObject({
      platformId: 'user-1',
      source: 'user',
    });
  });

  it('shows a switched-off catalogue platform as not tracked', () => {
    const off = {
      id: 'xuexi',
      name: '学习强国',
      category: '学习教育' as const,
      patterns: [],
      enabled: false,
    };
    expect(testUrl('https://www.xuexi.cn/', [], null)).toMatchObject({ platformId: 'xuexi' });
    expect(testUrl('https://www.xuexi.cn/', [off], null)).toBeNull();
    // The public services also used privately are off until switched on.
    const offByDefault = ['chinatax', 'gsxt', 'nhsa', 'si12333'];
    expect(disabledCatalogueIds([off])).toEqual(new Set(['xuexi', ...offByDefault]));
    expect(disabledCatalogueIds([{ ...off, id: 'nhsa', enabled: true }])).toEqual(
      new Set(offByDefault.filter((id) => id !== 'nhsa')),
    );
    expect(ownRules([off])).toEqual([]);
  });

  it('never hands out an id that is taken', () => {
    const first = newRuleId(1000, new Set());
    expect(newRuleId(1000, new Set([first]))).not.toBe(first);
  });
});
