import { describe, expect, it } from 'vitest';
import type { UserRule } from '../../../utils/platforms/platform';
import {
  MAX_PACK_RULES,
  parseRulePack,
  previewRulePack,
  RULE_PACK_FORMAT,
  rulePackOf,
  rulePackToJson,
  rulesToImport,
} from '../../../utils/platforms/rulePack';

const rule = (id: string, name: string, patterns: string[], enabled = true): UserRule => ({
  id,
  name,
  category: '数据填报/统计',
  patterns,
  enabled,
});

const packText = (rules: unknown[]) => JSON.stringify({ format: RULE_PACK_FORMAT, rules });

describe('rule packs', () => {
  it('exports the user’s own platforms, never the catalogue switches, and reads them back the same', () => {
    const rules = [
      rule('user-grid', '县网格化系统', ['grid.example-county.org']),
      rule('user-12345', '12345工单', ['*.12345.example.cn', 'gd.example.cn:8443/app'], false),
      { id: 'xuexi', name: '学习强国', category: '学习教育', patterns: [], enabled: false } as UserRule,
    ];
    const pack = rulePackOf(rules);
    expect(pack.rules.map((entry) => entry.id)).toEqual(['user-12345', 'user-grid']);
    expect(JSON.stringify(pack)).not.toContain('enabled');
    const read = parseRulePack(rulePackToJson(pack));
    expect(read).toEqual({ ok: true, pack });
  });

  it('previews an import as new, changed and unchanged, and keeps the user’s on/off switch on a changed rule', () => {
    const existing = [
      rule('user-grid', '县网格化系统', ['grid.example-county.org'], false),
      rule('user-oa', '县OA', ['oa.example-county.org']),
    ];
    const parsed = parseRulePack(
      packText([
        {
          id: 'user-grid',
          name: '县网格化系统（新版）',
          category: '数据填报/统计',
          patterns: ['grid2.example-county.org'],
        },
        { id: 'user-oa', name: '县OA', category: '数据填报/统计', patterns: ['oa.example-county.org'] },
        { id: 'pack-fanpin', name: '防返贫监测', category: '数据填报/统计', patterns: ['fpjc.example.cn'] },
      ]),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const preview = previewRulePack(parsed.pack, existing);
    expect(preview.added.map((entry) => [entry.id, entry.enabled])).toEqual([['pack-fanpin', true]]);
    expect(preview.changed.map(({ after }) => [after.id, after.name, after.enabled])).toEqual([
      ['user-grid', '县网格化系统（新版）', false],
    ]);
    expect(preview.unchanged.map((entry) => entry.id)).toEqual(['user-oa']);
    expect(rulesToImport(preview).map((entry) => entry.id)).toEqual(['pack-fanpin', 'user-grid']);
  });

  it.each([
    ['', { code: 'empty' }],
    ['not json', { code: 'notJson' }],
    [JSON.stringify({ format: 'fingertip-summary/2' }), { code: 'notRulePack' }],
    ['x'.repeat(600_000), { code: 'tooLarge' }],
    [
      packText([{ id: 'xuexi', name: '学习强国', category: '学习教育', patterns: ['www.xuexi.cn'] }]),
      { code: 'catalogueId', rule: 0, id: 'xuexi' },
    ],
    [
      packText([
        { id: 'a', name: 'A', category: '其他政务', patterns: ['a.example.cn'] },
        { id: 'a', name: 'B', category: '其他政务', patterns: ['b.example.cn'] },
      ]),
      { code: 'duplicateId', rule: 1, id: 'a' },
    ],
    [
      packText([{ id: 'host:x.gov.cn', name: 'A', category: '其他政务', patterns: ['a.example.cn'] }]),
      { code: 'wrongValue', rule: 0, field: 'id' },
    ],
    [
      packText([{ id: 'a', name: 'A', category: '娱乐', patterns: ['a.example.cn'] }]),
      { code: 'wrongValue', rule: 0, field: 'category' },
    ],
    [
      packText([{ id: 'a', name: 'A', category: '其他政务', patterns: ['a.example.cn'], enabled: true }]),
      { code: 'wrongValue', rule: 0, field: 'enabled' },
    ],
    [
      packText([{ id: 'a', name: 'A', category: '其他政务', patterns: ['*.cn'] }]),
      { code: 'badPattern', rule: 0, pattern: '*.cn', problem: 'publicSuffix' },
    ],
  ])('refuses a bad file and says what is wrong: %#', (text, problem) => {
    expect(parseRulePack(text)).toEqual({ ok: false, problem });
  });

  it.each(['www.12380.gov.cn', '*.ccdi.gov.cn', 'www.zjsjw.gov.cn', 'by12380.gov.cn', 'www.gov.cn/hudong'])(
    'can never add a reporting channel: %s',
    (pattern) => {
      const read = parseRulePack(
        packText([
          { id: 'pack-x', name: '举报', category: '其他政务', patterns: ['oa.example.cn', pattern] },
        ]),
      );
      expect(read).toEqual({
        ok: false,
        problem: { code: 'badPattern', rule: 0, pattern, problem: 'neverRecord' },
      });
    },
  );

  it('refuses a pack of more rules than any county has', () => {
    const rules = Array.from({ length: MAX_PACK_RULES + 1 }, (_, index) => ({
      id: `r${index}`,
      name: `系统${index}`,
      category: '其他政务',
      patterns: [`s${index}.example.cn`],
    }));
    expect(parseRulePack(packText(rules))).toMatchObject({
      ok: false,
      problem: { code: 'wrongValue', field: 'rules' },
    });
  });
});
