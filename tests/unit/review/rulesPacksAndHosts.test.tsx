// @vitest-environment happy-dom
/** The rules page's catch-all list (naming a host moves its records) and rule packs (export, preview, merge). */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { RulesPage } from '../../../components/rules/RulesPage';
import { saveTextFile } from '../../../components/saveFile';
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import { saveUserRule, userRules } from '../../../utils/db/ruleStore';
import type { UserRule } from '../../../utils/platforms/platform';
import { RULE_PACK_FORMAT } from '../../../utils/platforms/rulePack';
import { localDayOf } from '../../../utils/stats/localTime';
import { freshDatabase } from '../db/testDatabase';
import { at, span } from '../fixtures/spanBuilders';

vi.mock('../../../components/saveFile', async (original) => ({
  ...(await original<typeof import('../../../components/saveFile')>()),
  saveTextFile: vi.fn(),
}));

type Request = (permissions: { origins?: string[] }) => Promise<boolean>;
let request: MockInstance<Request>;
let db: LedgerDatabase;

beforeEach(() => {
  db = freshDatabase();
  vi.mocked(saveTextFile).mockClear();
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
  vi.spyOn(browser.permissions, 'contains').mockImplementation(async () => true);
  request = (vi.spyOn(browser.permissions, 'request') as unknown as MockInstance<Request>).mockResolvedValue(
    true,
  );
  for (const event of [browser.permissions.onAdded, browser.permissions.onRemoved]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(event, 'removeListener').mockImplementation(() => undefined);
  }
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const OA: UserRule = {
  id: 'user-oa',
  name: '县OA',
  category: '办公协同',
  patterns: ['oa.example-county.org'],
  enabled: true,
};

function chooseFile(text: string): void {
  const input = screen.getByTestId('rule-pack-file');
  Object.defineProperty(input, 'files', { value: [new File([text], 'rules.json')], configurable: true });
  fireEvent.change(input);
}

describe('naming what the catch-all recorded', () => {
  it('lists the host with its time, and one step makes it a rule that takes its records', async () => {
    const today = localDayOf(Date.now());
    await db.spans.bulkAdd([span('host:wgh.someplace.gov.cn', today, '00:10', '00:40')]);
    await db.checkins.add({
      at: at(today, '00:20'),
      day: today,
      platformId: 'host:wgh.someplace.gov.cn',
      type: '签到打卡',
      source: 'detected',
    } as never);
    render(<RulesPage />);
    const row = (await screen.findByTestId('catch-all-hosts')).querySelector(
      'tr[data-host="wgh.someplace.gov.cn"]',
    ) as HTMLElement;
    expect(row.textContent).toContain('30分');
    fireEvent.click(within(row).getByRole('button', { name: '命名' }));
    const form = screen.getByRole('form', { name: '为 wgh.someplace.gov.cn 命名' });
    fireEvent.input(within(form).getByLabelText('名称'), { target: { value: '网格化管理' } });
    fireEvent.change(within(form).getByLabelText('类别'), { target: { value: '数据填报/统计' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存并归入' }));

    expect((await screen.findByTestId('host-named')).textContent).toContain('「网格化管理」');
    const [rule] = await userRules();
    expect(rule).toMatchObject({
      name: '网格化管理',
      category: '数据填报/统计',
      patterns: ['wgh.someplace.gov.cn'],
      enabled: true,
    });
    expect((await db.spans.toArray()).map((row) => row.platformId)).toEqual([rule?.id]);
    expect((await db.checkins.toArray()).map((row) => row.platformId)).toEqual([rule?.id]);
    await waitFor(() => expect(screen.queryByTestId('catch-all-hosts')).toBeNull());
  });
});

describe('rule packs', () => {
  it('exports the user’s own platforms as a fingertip-rules/1 file', async () => {
    await saveUserRule(OA);
    await saveUserRule({ id: 'xuexi', name: '学习强国', category: '学习教育', patterns: [], enabled: false });
    render(<RulesPage />);
    fireEvent.click(await screen.findByRole('button', { name: '导出我添加的平台（1 个）' }));
    const saved = vi.mocked(saveTextFile).mock.calls[0]?.[0];
    expect(saved?.fileName).toBe('fingertip-rules.json');
    expect(JSON.parse(saved?.text ?? '')).toEqual({
      format: RULE_PACK_FORMAT,
      rules: [{ id: 'user-oa', name: '县OA', category: '办公协同', patterns: ['oa.example-county.org'] }],
    });
  });

  it('previews new, changed and unchanged platforms, and merges only when asked, asking for hosts in the click', async () => {
    await saveUserRule(OA);
    await saveUserRule({ ...OA, id: 'user-wgh', name: '网格化', patterns: ['wgh.example.org'] });
    render(<RulesPage />);
    await screen.findByTestId('own-rules');
    chooseFile(
      JSON.stringify({
        format: RULE_PACK_FORMAT,
        rules: [
          { id: 'user-oa', name: '县OA', category: '办公协同', patterns: ['oa.example-county.org'] },
          { id: 'user-wgh', name: '网格化系统', category: '数据填报/统计', patterns: ['wgh.example.org'] },
          { id: 'county-12345', name: '12345工单', category: '政务服务', patterns: ['gd12345.example.org'] },
        ],
      }),
    );
    const preview = await screen.findByTestId('rule-pack-preview');
    expect(within(preview).getByTestId('rule-pack-added').textContent).toBe('新增 1 个： 12345工单');
    expect(within(preview).getByTestId('rule-pack-changed').textContent).toBe('改动 1 个： 网格化系统');
    expect(within(preview).getByTestId('rule-pack-unchanged').textContent).toBe('不变 1 个： 县OA');
    expect(await userRules()).toHaveLength(2);

    fireEvent.click(within(preview).getByRole('button', { name: '合并这 2 个平台' }));
    expect(request).toHaveBeenCalledWith({
      origins: ['*://gd12345.example.org/*', '*://wgh.example.org/*'],
    });
    expect((await screen.findByTestId('rule-pack-notice')).textContent).toContain('已合并 2 个平台');
    const byId = Object.fromEntries((await userRules()).map((rule) => [rule.id, rule]));
    expect(byId['county-12345']).toMatchObject({ name: '12345工单', enabled: true });
    expect(byId['user-wgh']).toMatchObject({ name: '网格化系统', category: '数据填报/统计' });
  });

  it.each([
    ['not json', '文件不是 JSON 格式'],
    ['{"format":"fingertip-backup/2"}', '这不是指尖账本的规则包'],
    [
      JSON.stringify({
        format: RULE_PACK_FORMAT,
        rules: [{ id: 'user-a', name: 'A', category: '办公协同', patterns: ['www.12380.gov.cn'] }],
      }),
      '第 1 个平台的网址规则「www.12380.gov.cn」不能用：',
    ],
    [
      JSON.stringify({
        format: RULE_PACK_FORMAT,
        rules: [{ id: 'user-a', name: 'A', category: '乱写', patterns: ['a.org'] }],
      }),
      '第 1 个平台的 category 不对',
    ],
  ])('changes nothing for a bad file and says what is wrong (%s)', async (text, sentence) => {
    await saveUserRule(OA);
    render(<RulesPage />);
    await screen.findByTestId('own-rules');
    chooseFile(text);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain(sentence);
    expect(notice.textContent).toContain('现有数据没有任何改动');
    expect(screen.queryByTestId('rule-pack-preview')).toBeNull();
    expect(await userRules()).toEqual([OA]);
  });
});
