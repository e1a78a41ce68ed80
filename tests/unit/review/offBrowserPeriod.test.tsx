// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PeriodPage } from '../../../components/review/PeriodPage';
import { periodView } from '../../../components/review/periodView';
import type { NewOutsideTime } from '../../../utils/burden/outsideTime';
import { logBurdenEvent } from '../../../utils/db/burdenEventStore';
import { logCheckin } from '../../../utils/db/checkinStore';
import { addInventoryItem } from '../../../utils/db/inventoryStore';
import { logOutsideTime } from '../../../utils/db/outsideTimeStore';
import { recordSpans } from '../../../utils/db/spanStore';
import { describePlatform } from '../../../utils/platforms/matchPlatform';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { calendarLastYear } from '../../../utils/stats/chinaCalendar';
import { periodOf } from '../../../utils/stats/period';
import { freshDatabase } from '../db/testDatabase';
import { at, span } from '../fixtures/spanBuilders';

beforeEach(() => {
  freshDatabase();
});
afterEach(cleanup);

const LATER = at('2025-07-01', '00:00');

describe('the week view, off the browser', () => {
  it('shows outside time apart by kind, events, inventory counts, and the detections it left out', async () => {
    await recordSpans([span('xuexi', '2025-06-03', '09:00', '10:00')]);
    await logOutsideTime({ at: at('2025-06-03', '12:00'), minutes: 30, channel: 'app:dingtalk' }, LATER);
    await logOutsideTime({ at: at('2025-06-05', '12:00'), minutes: 20, channel: 'offline:photo' }, LATER);
    await logOutsideTime({ at: at('2025-06-05', '13:00'), minutes: 15, channel: 'app:xuexi' }, LATER);
    const install = { at: at('2025-06-04', '10:00'), day: '2025-06-04', subject: 'promo:fanzha' };
    await logBurdenEvent({ ...install, type: '被要求下载/注册/关注/转发打榜' });
    await logBurdenEvent({ ...install, type: '被要求下载/注册/关注/转发打榜', subject: null });
    await logBurdenEvent({ ...install, type: '被通报/排名/约谈', subject: null });
    const item = { requiredBy: '县/区', droppedOn: null } as const;
    await addInventoryItem({ ...item, kind: 'app', name: 'A', since: '2025-01-01' });
    await addInventoryItem({ ...item, kind: 'app', name: 'B', since: '2025-06-03' });
    await addInventoryItem({ ...item, kind: 'group', name: 'G', since: '2025-06-04' });
    await addInventoryItem({
      ...item,
      kind: 'group',
      name: 'H',
      since: '2025-01-01',
      droppedOn: '2025-06-06',
    });
    await logCheckin({
      at: at('2025-06-03', '08:00'),
      day: '2025-06-03',
      platformId: 'xuexi',
      type: '签到打卡',
      source: 'detected',
    });
    render(<PeriodPage kind="week" anchorDay="2025-06-04" today="2025-06-10" onNavigate={() => undefined} />);

    expect((await screen.findByTestId('period-total')).textContent).toBe('1小时'); // browser time only
    expect(screen.getByTestId('period-outside-total').textContent).toBe('1小时5分');
    const kinds = screen.getByTestId('period-outside-kinds');
    expect(kinds.querySelector('[data-kind="workGroups"]')?.textContent).toBe('工作群和办公App 30分');
    expect(kinds.querySelector('[data-kind="phoneApps"]')?.textContent).toBe('手机App 15分');
    expect(kinds.querySelector('[data-kind="offlineChores"]')?.textContent).toBe('打印、拍照等线下留痕 20分');
    expect(screen.getByTestId('period-event-total').textContent).toBe('3 次');
    expect(
      screen.getByTestId('period-events').querySelector('[data-type="被要求下载/注册/关注/转发打榜"]')
        ?.textContent,
    ).toBe('被要求下载/注册/关注/转发打榜 2 次');
    expect(screen.getByTestId('period-inventory-total').textContent).toBe('3 个');
    expect(screen.getByTestId('period-inventory').querySelector('[data-kind="group"]')?.textContent).toBe(
      '工作群 1 个',
    );
    expect(screen.getByTestId('period-inventory-changes').textContent).toBe('本周新增 2 个，不再要求 1 个');
    // The detection nobody confirmed is left out of the check-in count, and its day is one click away.
    expect(screen.getByTestId('checkin-total').textContent).toBe('0 次');
    const pending = screen.getByTestId('pending-left-out');
    expect(pending.textContent).toContain('还有 1 条自动识别的打卡没有确认');
    expect(within(pending).getByRole('link').getAttribute('href')).toBe('#day/2025-06-03');
    // The daily chart's table carries outside time as its own column.
    const table = await screen.findByRole('table', { name: '本周每天在各类政务平台上的用时' });
    expect(table.textContent).toContain('浏览器外用时');
    expect(screen.queryByTestId('calendar-fallback')).toBeNull();
  });

  it('says the same of a month, in its words', async () => {
    await logOutsideTime({ at: at('2025-06-20', '12:00'), minutes: 45, channel: 'offline:print' }, LATER);
    await logBurdenEvent({
      at: at('2025-06-21', '10:00'),
      day: '2025-06-21',
      type: '手工重复填报',
      subject: null,
    });
    await addInventoryItem({
      kind: 'account',
      name: 'X',
      requiredBy: '市',
      since: '2025-06-02',
      droppedOn: null,
    });
    render(
      <PeriodPage kind="month" anchorDay="2025-06-04" today="2025-07-10" onNavigate={() => undefined} />,
    );
    expect((await screen.findByTestId('period-outside-total')).textContent).toBe('45分');
    expect(screen.getByTestId('period-events').querySelector('[data-type="手工重复填报"]')?.textContent).toBe(
      '这份数据又填了一遍 1 次',
    );
    expect(screen.getByTestId('period-inventory-changes').textContent).toBe('本月新增 1 个，不再要求 0 个');
  });

  it('is not empty when only outside time was logged', async () => {
    await logOutsideTime({ at: at('2025-06-03', '12:00'), minutes: 30, channel: 'app:dingtalk' }, LATER);
    render(<PeriodPage kind="week" anchorDay="2025-06-04" today="2025-06-10" onNavigate={() => undefined} />);
    expect((await screen.findByTestId('period-outside-total')).textContent).toBe('30分');
    expect(screen.queryByTestId('empty-period')).toBeNull();
  });
});

describe('a period past the holiday calendar', () => {
  const viewOf = (day: string, settings: Settings = DEFAULT_SETTINGS, outsideTime: NewOutsideTime[] = []) =>
    periodView({
      period: periodOf('week', day),
      rollups: [],
      checkins: [],
      fingerprints: [],
      outsideTime,
      settings,
      describe: (id) => describePlatform(id, []),
      nameOf: (id) => id,
      othersLabel: '其他',
    });

  it('says so when China calendar is used past its last year, and not otherwise', () => {
    const past = `${calendarLastYear() + 1}-03-04`;
    expect(viewOf(past).calendarFallback).toEqual({ lastYear: calendarLastYear() });
    expect(viewOf('2025-06-04').calendarFallback).toBeNull();
    expect(viewOf(past, { ...DEFAULT_SETTINGS, workCalendar: 'weekdays' }).calendarFallback).toBeNull();
  });

  it('spreads outside minutes over the days of the period in order', () => {
    const record = (day: string, minutes: number): NewOutsideTime => ({
      day,
      at: at(day, '10:00'),
      minutes,
      channel: 'app:dingtalk',
    });
    expect(
      viewOf('2025-06-04', DEFAULT_SETTINGS, [
        record('2025-06-02', 10),
        record('2025-06-02', 5),
        record('2025-06-08', 30),
        record('2025-06-09', 99), // next week
      ]).outsideDaily,
    ).toEqual([15, 0, 0, 0, 0, 0, 30]);
  });

  it("counts time on an inventory item under the item's kind: a work group's as work groups", () => {
    const record = (channel: string, minutes: number): NewOutsideTime => ({
      day: '2025-06-03',
      at: at('2025-06-03', '10:00'),
      minutes,
      channel,
    });
    const totals = periodView({
      period: periodOf('week', '2025-06-04'),
      rollups: [],
      checkins: [],
      fingerprints: [],
      outsideTime: [record('inventory:1', 12), record('inventory:2', 7), record('inventory:9', 3)],
      inventory: [
        { id: 1, kind: 'group', name: 'G', requiredBy: '市', since: '2025-01-01', droppedOn: null },
        { id: 2, kind: 'app', name: 'A', requiredBy: '市', since: '2025-01-01', droppedOn: null },
      ],
      settings: DEFAULT_SETTINGS,
      describe: (id) => describePlatform(id, []),
      nameOf: (id) => id,
      othersLabel: '其他',
    }).totals;
    // An item deleted since (9) counts as a phone app, the default.
    expect(totals.outsideByKind).toEqual({ workGroups: 12, phoneApps: 10, offlineChores: 0 });
  });

  it('shows the note on the page', async () => {
    const day = `${calendarLastYear() + 1}-03-04`;
    await logOutsideTime({ at: at(day, '12:00'), minutes: 30, channel: 'app:dingtalk' }, at(day, '23:00'));
    render(<PeriodPage kind="week" anchorDay={day} today={day} onNavigate={() => undefined} />);
    expect((await screen.findByTestId('calendar-fallback')).textContent).toContain(
      `节假日数据只到 ${calendarLastYear()} 年`,
    );
  });
});
