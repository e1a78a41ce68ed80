import { describe, expect, it } from 'vitest';
import type { DescribePlatform, PlatformDescription } from '../../../utils/stats/describePlatform';
import { todayByPlatform } from '../../../utils/stats/todayByPlatform';
import type { OpenSpan, Span } from '../../../utils/tracking/span';

function at(day: string, time: string): number {
  return new Date(`${day}T${time}:00`).getTime();
}

function span(platformId: string, start: number, end: number): Span {
  return { platformId, start, end, day: '', kind: 'active', source: 'auto' };
}

const PLATFORMS: Record<string, PlatformDescription> = {
  xuexi: { name: '学习强国', nameEn: 'Xuexi Qiangguo', scope: 'national', category: '学习教育' },
  zwfw: { name: '国家政务服务平台', scope: 'national', category: '政务服务' },
};
const describePlatform: DescribePlatform = (platformId) => PLATFORMS[platformId] ?? null;

describe('todayByPlatform', () => {
  it('adds the running span up to now to what was recorded today', () => {
    const now = at('2024-05-07', '09:30') + 30_000;
    const open: OpenSpan = {
      platformId: 'xuexi',
      kind: 'media',
      start: at('2024-05-07', '09:00'),
      lastBeat: now - 5_000,
    };
    const today = todayByPlatform(
      [
        span('xuexi', at('2024-05-07', '08:00'), at('2024-05-07', '08:20')),
        span('zwfw', at('2024-05-07', '08:20'), at('2024-05-07', '09:00')),
      ],
      open,
      now,
      describePlatform,
    );
    expect(today).toEqual({
      day: '2024-05-07',
      totalMinutes: 90.5,
      byPlatform: [
        {
          platformId: 'xuexi',
          name: '学习强国',
          nameEn: 'Xuexi Qiangguo',
          scope: 'national',
          category: '学习教育',
          minutes: 50.5,
          running: true,
        },
        {
          platformId: 'zwfw',
          name: '国家政务服务平台',
          scope: 'national',
          category: '政务服务',
          minutes: 40,
          running: false,
        },
      ],
    });
  });

  it('counts only the part after midnight of spans and of an open span that began yesterday', () => {
    const now = at('2024-05-07', '00:20');
    const open: OpenSpan = {
      platformId: 'xuexi',
      kind: 'active',
      start: at('2024-05-06', '23:50'),
      lastBeat: now,
    };
    const today = todayByPlatform(
      [
        span('zwfw', at('2024-05-06', '21:00'), at('2024-05-06', '22:00')),
        span('host:a.gov.cn', at('2024-05-06', '23:30'), at('2024-05-07', '00:10')),
      ],
      open,
      now,
      describePlatform,
    );
    expect(today.totalMinutes).toBe(30);
    expect(today.byPlatform.map((entry) => [entry.platformId, entry.minutes, entry.running])).toEqual([
      ['xuexi', 20, true],
      ['host:a.gov.cn', 10, false],
    ]);
    expect(today.byPlatform[1]).toMatchObject({
      name: 'host:a.gov.cn',
      scope: 'local',
      category: '其他政务',
    });
  });

  it('shows a span opened this very moment as running with zero minutes', () => {
    const now = at('2024-05-07', '10:00');
    const today = todayByPlatform(
      [],
      { platformId: 'zwfw', kind: 'active', start: now, lastBeat: now },
      now,
      describePlatform,
    );
    expect(today.byPlatform).toEqual([
      expect.objectContaining({ platformId: 'zwfw', minutes: 0, running: true }),
    ]);
  });

  it('is empty, with a total of zero, before anything is tracked today', () => {
    expect(todayByPlatform([], null, at('2024-05-07', '07:00'), describePlatform)).toEqual({
      day: '2024-05-07',
      totalMinutes: 0,
      byPlatform: [],
    });
  });
});
