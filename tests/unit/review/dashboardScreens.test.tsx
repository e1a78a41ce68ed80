// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { Popup } from '../../../components/popup/Popup';
import { PopupView } from '../../../components/popup/PopupView';
import { todayViewOf } from '../../../components/popup/todayView';
import { DayEditor } from '../../../components/review/day/DayEditor';
import { PeriodPage } from '../../../components/review/PeriodPage';
import { RulesPage } from '../../../components/rules/RulesPage';
import { logCheckin } from '../../../utils/db/checkinStore';
import { userRules } from '../../../utils/db/ruleStore';
import { recordSpans } from '../../../utils/db/spanStore';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { freshDatabase } from '../db/testDatabase';
import { at, span } from '../fixtures/spanBuilders';

beforeEach(() => {
  freshDatabase();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the week view', () => {
  it('shows the week total, the change against last week and the time outside working hours in words', async () => {
    await recordSpans([
      span('xuexi', '2025-05-27', '09:00', '10:00'),
      span('xuexi', '2025-06-03', '20:00', '23:10'), // Tuesday evening: 3 h 10 min after hours
      span('12371', '2025-06-07', '10:00', '11:05'), // Saturday: 1 h 5 min
      span('xuexi', '2025-06-04', '09:00', '10:00'),
    ]);
    await logCheckin({
      at: at('2025-06-03', '08:00'),
      day: '2025-06-03',
      platformId: null,
      type: '签到打卡',
      source: 'manual',
    });
    render(<PeriodPage kind="week" anchorDay="2025-06-04" today="2025-06-10" onNavigate={() => undefined} />);

    expect(await screen.findByTestId('period-total')).toHaveProperty('textContent', '5小时15分');
    expect(screen.getByTestId('period-title').textContent).toBe('2025年第23周（6月2日–6月8日）');
    expect(screen.getByTestId('period-change').textContent).toBe('比上周多 4小时15分（+425%）');
    expect(screen.getByTestId('outside-sentence').textContent).toBe(
      '本周工作时间外 3小时10分，周末 1小时5分',
    );
    expect(screen.getByTestId('checkin-counts').textContent).toContain('签到打卡');
    // The bar chart's hidden table has a row per day with the day's total.
    const table = await screen.findByRole('table', { name: '本周每天在各类政务平台上的用时' });
    expect(table.textContent).toContain('周二 6/3');
    expect(table.textContent).toContain('3小时10分');
  });

  it('explains what to do when the week is empty', async () => {
    render(<PeriodPage kind="week" anchorDay="2025-06-04" today="2025-06-10" onNavigate={() => undefined} />);
    const empty = await screen.findByTestId('empty-period');
    expect(empty.textContent).toContain('这一周还没有任何记录');
    expect(screen.getByRole('link', { name: '按日修改' }).getAttribute('href')).toBe('#day');
  });

  it('goes to the previous week, and offers no next week after the current one', async () => {
    const onNavigate = vi.fn();
    render(<PeriodPage kind="week" anchorDay="2025-06-04" today="2025-06-05" onNavigate={onNavigate} />);
    fireEvent.click(await screen.findByRole('button', { name: '‹ 上一周' }));
    expect(onNavigate).toHaveBeenCalledWith('2025-05-26');
    expect(screen.getByRole('button', { name: '下一周 ›' })).toHaveProperty('disabled', true);
  });
});

describe('the day editor', () => {
  it('adds 40 minutes of browser time that was missed, and the day total grows by 40 minutes', async () => {
    await recordSpans([span('12371', '2025-06-03', '09:00', '10:00')]);
    render(<DayEditor day="2025-06-03" today="2025-06-10" onNavigate={() => undefined} />);
    expect((await screen.findByTestId('day-total')).textContent).toBe('1小时');

    const form = screen.getByRole('form', { name: '补记漏记的浏览器用时' });
    fireEvent.change(within(form).getByRole('combobox', { name: '平台' }), { target: { value: 'xuexi' } });
    fireEvent.input(within(form).getByLabelText('开始'), { target: { value: '19:00' } });
    fireEvent.input(within(form).getByLabelText('分钟数'), { target: { value: '40' } });
    fireEvent.click(within(form).getByRole('button', { name: '补记' }));

    await waitFor(() => expect(screen.getByTestId('day-total').textContent).toBe('1小时40分'));
    expect(screen.getByTestId('span-list').textContent).toContain('手动补记');
  });

  it('logs 40 minutes in a work group apart from the browser time', async () => {
    await recordSpans([span('12371', '2025-06-03', '09:00', '10:00')]);
    render(<DayEditor day="2025-06-03" today="2025-06-10" onNavigate={() => undefined} />);
    await screen.findByTestId('day-total');
    fireEvent.change(screen.getByTestId('outside-channel'), { target: { value: 'app:wechat-group' } });
    fireEvent.input(screen.getByTestId('outside-minutes'), { target: { value: '40' } });
    fireEvent.click(screen.getByTestId('outside-add'));

    await waitFor(() => expect(screen.getByTestId('day-outside-total').textContent).toBe('40分'));
    expect(screen.getByTestId('outside-list').textContent).toContain('微信工作群');
    expect(screen.getByTestId('day-total').textContent).toBe('1小时');
  });

  it('refuses manual time over recorded time with a sentence saying nothing changed', async () => {
    await recordSpans([span('12371', '2025-06-03', '09:00', '10:00')]);
    render(<DayEditor day="2025-06-03" today="2025-06-10" onNavigate={() => undefined} />);
    await screen.findByTestId('span-list');
    const form = screen.getByRole('form', { name: '补记漏记的浏览器用时' });
    fireEvent.change(within(form).getByRole('combobox', { name: '平台' }), { target: { value: 'xuexi' } });
    fireEvent.input(within(form).getByLabelText('开始'), { target: { value: '09:30' } });
    fireEvent.click(within(form).getByRole('button', { name: '补记' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('重叠');
    expect(alert.textContent).toContain('记录没有改动');
    expect(screen.getByTestId('day-total').textContent).toBe('1小时');
  });
});

describe('the rules editor', () => {
  it('tests a URL against the draft rule before saving, then saves it and tells the background', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<RulesPage />);
    fireEvent.input(await screen.findByLabelText('名称'), { target: { value: '县OA' } });
    fireEvent.input(screen.getByLabelText('网址规则', { exact: false }), {
      target: { value: 'oa.example-county.org' },
    });
    fireEvent.input(screen.getByLabelText('粘贴一个网址，看它会被怎样记录'), {
      target: { value: 'http://oa.example-county.org/portal' },
    });
    expect(screen.getByTestId('url-test-result').textContent).toBe('会计时，记为你添加的平台「县OA」。');
    fireEvent.click(screen.getByRole('button', { name: '保存这个平台' }));
    await waitFor(async () =>
      expect(await userRules()).toMatchObject([{ name: '县OA', patterns: ['oa.example-county.org'] }]),
    );
    expect((await screen.findByTestId('own-rules')).textContent).toContain('县OA');
    expect(send).toHaveBeenCalledWith({ type: 'configChanged' });
  });
});

describe('the popup', () => {
  it("shows today's total and today's check-ins by type", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at('2025-06-03', '18:00'));
    await recordSpans([span('xuexi', '2025-06-03', '09:00', '10:25')]);
    await logCheckin({
      at: at('2025-06-03', '08:00'),
      day: '2025-06-03',
      platformId: null,
      type: '签到打卡',
      source: 'manual',
    });
    await logCheckin({
      at: at('2025-06-03', '08:05'),
      day: '2025-06-03',
      platformId: null,
      type: '签到打卡',
      source: 'manual',
    });
    render(<Popup />);
    expect((await screen.findByTestId('today-total')).textContent).toBe('1小时25分');
    expect(screen.getByTestId('today-checkins').textContent).toBe('签到打卡2 次');
    expect(screen.getByTestId('weekly-summary').textContent).toBe('上周摘要（5月26日–6月1日）');
    expect(screen.getByTestId('checkin-shortcut').textContent).toContain('Alt+Shift+K');
  });

  it('draws its first frame from the rows read at open, before any database code has loaded', () => {
    const view = todayViewOf(
      {
        spans: [{ ...span('xuexi', '2025-06-03', '09:00', '10:25'), id: 1 }],
        storedOpenSpan: {
          platformId: '12371',
          kind: 'active',
          start: at('2025-06-03', '17:50'),
          lastBeat: at('2025-06-03', '17:59'),
        },
        rules: [],
        checkins: [
          {
            id: 1,
            at: at('2025-06-03', '08:00'),
            day: '2025-06-03',
            platformId: null,
            type: '签到打卡',
            source: 'manual',
          },
          // A detection the user rejected is not counted.
          {
            id: 2,
            at: at('2025-06-03', '08:30'),
            day: '2025-06-03',
            platformId: null,
            type: '签到打卡',
            source: 'detected',
            confirmed: false,
          },
        ],
        outsideTime: [
          { id: 1, day: '2025-06-03', at: at('2025-06-03', '12:00'), minutes: 20, channel: 'app:dingtalk' },
        ],
        settings: DEFAULT_SETTINGS,
      },
      at('2025-06-03', '18:00'),
    );
    render(<PopupView result={{ status: 'ready', value: view }} now={at('2025-06-03', '18:00')} />);
    expect(screen.getByTestId('today-total').textContent).toBe('1小时35分');
    expect(screen.getByTestId('now-tracking').textContent).toContain('共产党员网');
    expect(screen.getByRole('timer').textContent).toBe('10:00');
    expect(screen.getByTestId('today-checkins').textContent).toBe('签到打卡1 次');
    // Outside time is shown apart: it is not in the browser total above.
    expect(screen.getByTestId('today-outside-total').textContent).toBe('浏览器外用时20分');
  });
});
