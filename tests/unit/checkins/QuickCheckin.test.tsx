// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuickCheckin, UNDO_VISIBLE_MS } from '../../../components/checkins/QuickCheckin';
import { type LedgerDatabase, ledgerDatabase } from '../../../utils/db/ledgerDatabase';
import { saveUserRule } from '../../../utils/db/ruleStore';
import { freshDatabase } from '../db/testDatabase';

let database: LedgerDatabase;
const NOW = new Date('2026-11-23T10:42:30+08:00').getTime();

beforeEach(() => {
  database = freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const checkins = () => database.checkins.toArray();
const status = () => screen.getByTestId('checkin-status').textContent;

describe('the popup quick check-in', () => {
  it('logs a check-in now, by hand, with one click on its type', async () => {
    render(<QuickCheckin />);
    fireEvent.click(screen.getByRole('button', { name: '截图上报' }));
    await waitFor(() => expect(status()).toContain('已记录：截图上报，10:42'));
    expect(await checkins()).toEqual([
      { id: 1, at: NOW, day: '2026-11-23', platformId: null, type: '截图上报', source: 'manual' },
    ]);
  });

  it('shows the frequent types at once and the rest of the taxonomy behind 更多类型', async () => {
    render(<QuickCheckin />);
    const shown = () =>
      screen
        .getAllByRole('button')
        .map((button) => button.getAttribute('data-checkin-type'))
        .filter(Boolean);
    expect(shown()).toEqual([
      '签到打卡',
      '截图上报',
      '拍照留痕',
      '数据填报',
      '学习积分',
      '群内接龙/回复收到',
    ]);
    const more = screen.getByRole('button', { name: '更多类型' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(shown()).toHaveLength(10);
    fireEvent.click(screen.getByRole('button', { name: '问卷调查' }));
    await waitFor(async () => expect((await checkins()).map((c) => c.type)).toEqual(['问卷调查']));
  });

  it('undoes the entry it names', async () => {
    render(<QuickCheckin />);
    fireEvent.click(screen.getByRole('button', { name: '签到打卡' }));
    const undo = await screen.findByRole('button', { name: '撤销刚记录的“签到打卡”（10:42）' });
    fireEvent.click(undo);
    await waitFor(() => expect(status()).toContain('已撤销：签到打卡，10:42'));
    expect(await checkins()).toEqual([]);
  });

  it('offers the undo only for a while, and the entry stays', async () => {
    vi.useRealTimers(); // installing fake timers over fake timers leaves the new ones inert
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
    vi.setSystemTime(NOW);
    render(<QuickCheckin />);
    fireEvent.click(screen.getByRole('button', { name: '拍照留痕' }));
    await vi.waitFor(() => expect(screen.queryByTestId('checkin-undo')).not.toBeNull());
    await vi.advanceTimersByTimeAsync(UNDO_VISIBLE_MS - 1_000);
    expect(screen.queryByTestId('checkin-undo')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1_000 + 200);
    expect(screen.queryByTestId('checkin-undo')).toBeNull();
    expect((await checkins()).map((c) => c.type)).toEqual(['拍照留痕']);
  });

  it('logs an app outside the browser with minutes and an earlier time from the details form', async () => {
    render(<QuickCheckin />);
    fireEvent.click(screen.getByRole('button', { name: '详细记录…' }));
    fireEvent.change(screen.getByLabelText('类型'), { target: { value: '群内接龙/回复收到' } });
    fireEvent.change(screen.getByLabelText('平台或App'), { target: { value: 'app:wechat-group' } });
    fireEvent.input(screen.getByLabelText('用时（分钟，可不填）'), { target: { value: '25' } });
    fireEvent.input(screen.getByLabelText('时间'), { target: { value: '08:05' } });
    fireEvent.click(screen.getByRole('button', { name: '记录' }));
    await waitFor(() => expect(status()).toContain('已记录：群内接龙/回复收到，08:05'));
    expect(await checkins()).toEqual([
      {
        id: 1,
        at: new Date('2026-11-23T08:05:00+08:00').getTime(),
        day: '2026-11-23',
        platformId: 'app:wechat-group',
        type: '群内接龙/回复收到',
        source: 'manual',
      },
    ]);
    // The minutes are outside-browser time on the chosen app, and undoing the check-in takes them back.
    expect(await ledgerDatabase().outsideTime.toArray()).toEqual([
      {
        id: 1,
        day: '2026-11-23',
        at: new Date('2026-11-23T08:05:00+08:00').getTime(),
        minutes: 25,
        channel: 'app:wechat-group',
        checkinId: 1,
      },
    ]);
    fireEvent.click(screen.getByTestId('checkin-undo'));
    await waitFor(() => expect(status()).toContain('已撤销'));
    expect(await ledgerDatabase().outsideTime.count()).toBe(0);
    expect(screen.queryByLabelText('类型')).toBeNull();
  });

  it('lists the apps, the catalogue and the user’s own platforms to choose from', async () => {
    await saveUserRule({
      id: 'oa-county',
      name: '县协同办公',
      category: '办公协同',
      patterns: ['oa.x.gov.cn'],
      enabled: true,
    });
    render(<QuickCheckin />);
    fireEvent.click(screen.getByRole('button', { name: '详细记录…' }));
    const select = screen.getByLabelText('平台或App') as HTMLSelectElement;
    await waitFor(() => expect(select.textContent).toContain('县协同办公'));
    const groups = [...select.querySelectorAll('optgroup')].map((group) => group.label);
    expect(groups).toEqual(['浏览器之外的App', '网页平台']);
    expect(select.textContent).toContain('学习强国App');
    expect(select.textContent).toContain('浙政钉');
    expect(select.textContent).toContain('国家政务服务平台');
  });

  it('refuses a time later than now or minutes beyond a day, says so, and logs nothing', async () => {
    render(<QuickCheckin />);
    fireEvent.click(screen.getByRole('button', { name: '详细记录…' }));
    fireEvent.input(screen.getByLabelText('时间'), { target: { value: '23:30' } });
    fireEvent.click(screen.getByRole('button', { name: '记录' }));
    expect((await screen.findByRole('alert')).textContent).toContain('没有记录');
    fireEvent.input(screen.getByLabelText('时间'), { target: { value: '09:00' } });
    fireEvent.input(screen.getByLabelText('用时（分钟，可不填）'), { target: { value: '5000' } });
    fireEvent.click(screen.getByRole('button', { name: '记录' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('1 到 1440'));
    expect(await checkins()).toEqual([]);
  });

  it('tells the user when the database refuses the write', async () => {
    render(<QuickCheckin />);
    database.close();
    fireEvent.click(screen.getByRole('button', { name: '签到打卡' }));
    expect((await screen.findByRole('alert')).textContent).toContain('读取本机数据出错');
  });
});
