// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OffBrowser } from '../../../components/popup/OffBrowser';
import { pendingDetectionDays } from '../../../utils/checkins/pendingDetections';
import { burdenEventsOfDay } from '../../../utils/db/burdenEventStore';
import { logCheckin } from '../../../utils/db/checkinStore';
import { addInventoryItem } from '../../../utils/db/inventoryStore';
import { outsideTimeOfDay } from '../../../utils/db/outsideTimeStore';
import { localDayOf, shiftDay } from '../../../utils/stats/localTime';
import { freshDatabase } from '../db/testDatabase';

const today = () => localDayOf(Date.now());

beforeEach(() => {
  freshDatabase();
});
afterEach(() => {
  cleanup();
});

describe('the popup, off the browser', () => {
  it('adds 10 minutes on WeChat work groups in one click, and takes them back with undo', async () => {
    render(<OffBrowser />);
    const presets = await screen.findByTestId('outside-presets');
    fireEvent.click(within(presets).getByRole('button', { name: '微信工作群 +10 分钟' }));
    const status = screen.getByTestId('outside-status');
    await waitFor(() => expect(status.textContent).toContain('已记下 10分（微信工作群）'));
    expect((await outsideTimeOfDay(today())).map((row) => [row.channel, row.minutes])).toEqual([
      ['app:wechat-group', 10],
    ]);
    fireEvent.click(screen.getByTestId('outside-status-undo'));
    await waitFor(() => expect(status.textContent).toBe('已撤销 10分（微信工作群）'));
    expect(await outsideTimeOfDay(today())).toEqual([]);
  });

  it('logs typed minutes on a chosen channel, offers the inventory apps, and refuses a channel left out', async () => {
    const id = await addInventoryItem({
      kind: 'app',
      name: '某县网格通',
      requiredBy: '县/区',
      since: '2025-01-01',
      droppedOn: null,
    });
    render(<OffBrowser />);
    const presets = await screen.findByTestId('outside-presets');
    expect(within(presets).getByRole('button', { name: '某县网格通 +10 分钟' })).toBeTruthy();
    fireEvent.input(screen.getByTestId('outside-minutes'), { target: { value: '35' } });
    fireEvent.click(screen.getByRole('button', { name: '记下' }));
    expect(screen.getByRole('alert').textContent).toContain('请选择用在哪里');
    expect(await outsideTimeOfDay(today())).toEqual([]);
    fireEvent.change(screen.getByTestId('outside-channel'), { target: { value: `inventory:${id}` } });
    fireEvent.click(screen.getByRole('button', { name: '记下' }));
    await waitFor(async () =>
      expect((await outsideTimeOfDay(today())).map((row) => [row.channel, row.minutes])).toEqual([
        [`inventory:${id}`, 35],
      ]),
    );
    expect(screen.getByTestId('outside-status').textContent).toContain('35分（某县网格通）');
  });

  it('logs a forced install of a promoted app, then a ranking, each in one click', async () => {
    render(<OffBrowser />);
    const subject = await screen.findByRole('combobox', {
      name: /「被要求下载\/注册\/关注\/转发打榜」是哪个/,
    });
    fireEvent.change(subject, { target: { value: 'promo:fanzha' } });
    fireEvent.click(screen.getByRole('button', { name: '被要求下载/注册/关注/转发打榜' }));
    const status = screen.getByTestId('event-status');
    await waitFor(() =>
      expect(status.textContent).toContain('已记下一次「被要求下载/注册/关注/转发打榜」（国家反诈中心）'),
    );
    fireEvent.click(screen.getByRole('button', { name: '被通报/排名/约谈' }));
    await waitFor(() => expect(status.textContent).toContain('已记下一次「被通报/排名/约谈」'));
    const events = await burdenEventsOfDay(today());
    expect(events.map((event) => [event.type, event.subject])).toEqual([
      ['被要求下载/注册/关注/转发打榜', 'promo:fanzha'],
      ['被通报/排名/约谈', null],
    ]);
    fireEvent.click(screen.getByTestId('event-status-undo'));
    await waitFor(async () => expect(await burdenEventsOfDay(today())).toHaveLength(1));
  });

  it("counts past days' detections still to review and links to the latest such day", async () => {
    const detected = (day: string, confirmed?: boolean) =>
      logCheckin({
        at: Date.parse(`${day}T09:00:00`),
        day,
        platformId: 'xuexi',
        type: '签到打卡',
        source: 'detected',
        ...(confirmed === undefined ? {} : { confirmed }),
      });
    await detected(shiftDay(today(), -3));
    await detected(shiftDay(today(), -2));
    await detected(shiftDay(today(), -2));
    await detected(shiftDay(today(), -1), true); // confirmed: not pending
    await detected(shiftDay(today(), -1), false); // rejected: not pending
    render(<OffBrowser />);
    const pending = await screen.findByTestId('pending-detections');
    expect(pending.textContent).toContain('之前有 2 天共 3 条自动识别的打卡待确认');
    expect(within(pending).getByRole('link', { name: '去确认' }).getAttribute('href')).toContain(
      `#day/${shiftDay(today(), -2)}`,
    );
  });

  it('shows no pending line when nothing waits', async () => {
    render(<OffBrowser />);
    await screen.findByTestId('outside-presets');
    expect(screen.queryByTestId('pending-detections')).toBeNull();
  });
});

describe('pending detections by day', () => {
  it('counts only detections neither confirmed nor rejected, latest day first, within the range', () => {
    const row = (day: string, source: 'detected' | 'manual', confirmed?: boolean) => ({
      day,
      source,
      confirmed,
    });
    expect(
      pendingDetectionDays(
        [
          row('2025-06-01', 'detected'),
          row('2025-06-03', 'detected'),
          row('2025-06-03', 'detected'),
          row('2025-06-03', 'manual'),
          row('2025-06-02', 'detected', true),
          row('2025-06-02', 'detected', false),
          row('2025-05-20', 'detected'),
        ],
        (day) => day >= '2025-06-01',
      ),
    ).toEqual([
      { day: '2025-06-03', count: 2 },
      { day: '2025-06-01', count: 1 },
    ]);
  });
});
