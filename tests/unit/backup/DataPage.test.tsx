// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { DataPage } from '../../../components/data/DataPage';
import { backupToJson, readBackup } from '../../../utils/backup/exportBackup';
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import { freshDatabase } from '../db/testDatabase';
import { at, fillLedger, fullDump } from './ledgerFixture';

let db: LedgerDatabase;
let saved: { name: string; text: Promise<string> }[];
let sendMessage: MockInstance;

beforeEach(async () => {
  db = freshDatabase();
  await fillLedger(db, { withOpenSpan: false });
  saved = [];
  sendMessage = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
  // The page saves through a blob link; capture what the link would have downloaded.
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, text: blobs.get(this.href)!.text() });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function chooseFile(text: string, name = 'backup.json') {
  const input = screen.getByTestId('data-restore-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  fireEvent.change(input);
}

describe('the data page', () => {
  it('shows what is stored, and saves everything as one backup file with one click', async () => {
    render(<DataPage />);
    const overview = await screen.findByTestId('data-overview');
    expect(overview.textContent).toContain('2023-01-10 至 2024-03-08');
    expect(overview.textContent).toContain('逐段时间记录20 条');
    fireEvent.click(screen.getByRole('button', { name: '保存备份文件' }));
    const notice = await screen.findByTestId('data-backup-notice');
    expect(notice.textContent).toMatch(
      /^已生成备份文件 指尖账本备份-\d{4}-\d{2}-\d{2}\.json（时间记录 20 条，打卡 4 条）/,
    );
    expect(saved).toHaveLength(1);
    const file = JSON.parse(await saved[0]!.text);
    expect(file.format).toBe('fingertip-ledger-backup');
    expect(file.data.spans).toHaveLength(20);
  });

  it('says in one sentence what is wrong with a bad file, and that nothing was changed', async () => {
    const before = await fullDump(db);
    render(<DataPage />);
    const good = JSON.parse(backupToJson(await readBackup()));
    delete good.data.spans[3].end;
    chooseFile(JSON.stringify(good));
    const notice = await screen.findByTestId('data-restore-notice');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toBe('备份文件不完整：时间记录第 4 条缺少“end”。现有数据没有任何改动。');
    expect(screen.queryByRole('button', { name: '开始恢复' })).toBeNull();
    expect(await fullDump(db)).toEqual(before);
  });

  it('merges a good file after showing what it holds, adding nothing twice', async () => {
    const text = backupToJson(await readBackup());
    await db.checkins.clear();
    render(<DataPage />);
    chooseFile(text);
    expect((await screen.findByText(/^文件完好：/)).textContent).toContain('时间记录 20 条');
    fireEvent.click(screen.getByRole('button', { name: '开始恢复' }));
    const notice = await screen.findByTestId('data-restore-notice');
    expect(notice.textContent).toBe(
      '合并完成：新增时间记录 0 条、打卡 4 条、每日汇总 0 条、浏览器外用时等其他记录 0 条、平台规则 0 条；已存在而跳过 33 条。',
    );
    expect(await db.checkins.count()).toBe(4);
    expect(await db.spans.count()).toBe(20);
  });

  it('asks once more before replacing the data with a backup', async () => {
    const text = backupToJson(await readBackup());
    await db.spans.clear();
    render(<DataPage />);
    chooseFile(text);
    await screen.findByText(/^文件完好：/);
    fireEvent.click(screen.getByRole('radio', { name: /^替换/ }));
    fireEvent.click(screen.getByRole('button', { name: '开始恢复' }));
    expect(await db.spans.count()).toBe(0);
    fireEvent.click(await screen.findByRole('button', { name: '确认替换' }));
    await waitFor(() => expect(screen.getByTestId('data-restore-notice').textContent).toMatch(/^替换完成/));
    expect(await db.spans.count()).toBe(20);
  });

  it('erases everything only after the word is typed', async () => {
    render(<DataPage />);
    await screen.findByTestId('data-overview');
    fireEvent.click(screen.getByRole('button', { name: '清除全部数据…' }));
    const confirm = screen.getByRole('button', { name: '永久清除' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.input(screen.getByTestId('data-wipe-confirm'), { target: { value: '清' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.click(confirm);
    expect(await db.spans.count()).toBe(20);
    fireEvent.input(screen.getByTestId('data-wipe-confirm'), { target: { value: '清除' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    expect((await screen.findByTestId('data-wipe-notice')).textContent).toBe(
      '已清除全部数据。扩展会继续为你计时。',
    );
    for (const rows of Object.values(await fullDump(db))) expect(rows).toEqual([]);
    // The background re-reads its (now default) settings and rules, and goes on timing.
    expect(sendMessage).toHaveBeenCalledWith({ type: 'configChanged' });
    expect(await screen.findByText('还没有任何记录。')).toBeTruthy();
  });

  it('folds old records on demand, after the retention period is shortened', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at('2024-07-01T10:00:00'));
    render(<DataPage />);
    await screen.findByText('没有超过期限的记录。');
    fireEvent.change(screen.getByRole('combobox', { name: /逐段记录保留/ }), { target: { value: '3' } });
    // The fixture's week of spans (March 2024) is more than three months before 1 July, but not six.
    await screen.findByText('现在有 20 条记录超过期限，等待整理。');
    fireEvent.click(screen.getByRole('button', { name: '立即整理' }));
    await waitFor(() =>
      expect(screen.getByTestId('data-retention-notice').textContent).toBe(
        '已把 5 天的 20 条记录整理为每日汇总，合计不变。',
      ),
    );
    expect(await db.spans.count()).toBe(0);
  });

  it('tells a full disk apart from other failures', async () => {
    vi.spyOn(db, 'transaction').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    render(<DataPage />);
    fireEvent.click(screen.getByRole('button', { name: '保存备份文件' }));
    const notice = await screen.findByTestId('data-backup-notice');
    expect(notice.textContent).toBe(
      '电脑磁盘空间不足，浏览器拒绝保存数据。请清理磁盘后再试；已有记录没有改动。现有数据没有任何改动。',
    );
    expect(saved).toHaveLength(0);
  });
});
