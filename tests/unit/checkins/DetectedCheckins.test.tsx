// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DetectedCheckins } from '../../../components/checkins/DetectedCheckins';
import type { Checkin } from '../../../utils/checkins/checkin';
import { logCheckin } from '../../../utils/db/checkinStore';
import type { LedgerDatabase } from '../../../utils/db/ledgerDatabase';
import { freshDatabase } from '../db/testDatabase';

let database: LedgerDatabase;
const at = (time: string, day = '2026-11-23') => new Date(`${day}T${time}:00+08:00`).getTime();

function detected(type: Checkin['type'], time: string, platformId: string, extra: Partial<Checkin> = {}) {
  return logCheckin({ at: at(time), day: '2026-11-23', platformId, type, source: 'detected', ...extra });
}

beforeEach(() => {
  database = freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('18:00'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const rows = () => within(screen.getByTestId('detected-checkins')).getAllByRole('listitem');

describe("today's detected check-ins in the popup", () => {
  it('lists only today’s detections, newest first, with time and platform; manual and rejected ones are not asked about', async () => {
    await detected('签到打卡', '08:31', 'xuexi');
    await detected('数据填报', '10:05', 'zjzwfw');
    await detected('点赞转发投票', '11:00', 'xuexi', { confirmed: false });
    await logCheckin({
      at: at('09:00'),
      day: '2026-11-23',
      platformId: null,
      type: '截图上报',
      source: 'manual',
    });
    await logCheckin({
      at: at('08:00', '2026-11-22'),
      day: '2026-11-22',
      platformId: 'xuexi',
      type: '签到打卡',
      source: 'detected',
    });
    render(<DetectedCheckins />);
    await screen.findByRole('heading', { name: '今天自动识别的打卡' });
    expect(rows().map((row) => row.textContent)).toEqual([
      expect.stringContaining('10:05 浙江政务服务网'),
      expect.stringContaining('08:31 学习强国'),
    ]);
  });

  it('stays out of the way until a page reports a check-in today, then appears by itself', async () => {
    await logCheckin({
      at: at('09:00'),
      day: '2026-11-23',
      platformId: null,
      type: '截图上报',
      source: 'manual',
    });
    const { container } = render(<DetectedCheckins />);
    expect(container.textContent).toBe('');
    await detected('拍照留痕', '17:59', 'zjzwfw');
    await screen.findByRole('heading', { name: '今天自动识别的打卡' });
    expect(rows().map((row) => row.getAttribute('data-type'))).toEqual(['拍照留痕']);
  });

  it('confirms a detection', async () => {
    const id = await detected('签到打卡', '08:31', 'xuexi');
    render(<DetectedCheckins />);
    fireEvent.click(await screen.findByRole('button', { name: '确认 08:31 的“签到打卡”' }));
    await waitFor(() => expect(rows()[0]?.textContent).toContain('已确认'));
    expect((await database.checkins.get(id))?.confirmed).toBe(true);
  });

  it('retypes a detection, which confirms it', async () => {
    const id = await detected('数据填报', '10:05', 'zjzwfw');
    render(<DetectedCheckins />);
    const select = await screen.findByRole('combobox', { name: '10:05 的“数据填报”改为其他类型' });
    fireEvent.change(select, { target: { value: '问卷调查' } });
    await waitFor(async () =>
      expect(await database.checkins.get(id)).toMatchObject({ type: '问卷调查', confirmed: true }),
    );
    await waitFor(() => expect(rows()[0]?.getAttribute('data-type')).toBe('问卷调查'));
  });

  it('deletes a wrong detection, and the list goes away with the last one', async () => {
    await detected('签到打卡', '08:31', 'xuexi');
    render(<DetectedCheckins />);
    fireEvent.click(await screen.findByRole('button', { name: '删除 08:31 的“签到打卡”' }));
    await waitFor(() => expect(screen.queryByTestId('detected-checkins')).toBeNull());
    expect(await database.checkins.count()).toBe(0);
  });
});
