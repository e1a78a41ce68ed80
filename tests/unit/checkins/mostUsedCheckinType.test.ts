import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKIN_TYPES, type CheckinType, type NewCheckin } from '../../../utils/checkins/checkin';
import { DEFAULT_SHORTCUT_TYPE, mostUsedCheckinType } from '../../../utils/checkins/mostUsedCheckinType';

const entry = (
  type: CheckinType,
  day: string,
  at: number,
  source: NewCheckin['source'] = 'manual',
): NewCheckin => ({
  at,
  day,
  platformId: null,
  type,
  source,
});

describe('the check-in type the shortcut logs', () => {
  it('is 签到打卡 for a new user', () => {
    expect(mostUsedCheckinType([], '2026-10-25')).toBe('签到打卡');
    expect(DEFAULT_SHORTCUT_TYPE).toBe('签到打卡');
  });

  it('is the type logged by hand most often since the first day', () => {
    const checkins = [
      entry('截图上报', '2026-11-20', 3),
      entry('签到打卡', '2026-11-21', 4),
      entry('截图上报', '2026-11-22', 5),
    ];
    expect(mostUsedCheckinType(checkins, '2026-10-25')).toBe('截图上报');
  });

  it('leaves out detections and anything before the first day', () => {
    const checkins = [
      entry('学习积分', '2026-10-20', 1),
      entry('学习积分', '2026-10-21', 2),
      entry('学习积分', '2026-10-24', 3),
      entry('点赞转发投票', '2026-11-22', 10, 'detected'),
      entry('点赞转发投票', '2026-11-22', 11, 'detected'),
      entry('群内接龙/回复收到', '2026-10-25', 12),
    ];
    expect(mostUsedCheckinType(checkins, '2026-10-25')).toBe('群内接龙/回复收到');
  });

  it('gives a tie to the type logged last, so a new habit wins', () => {
    const checkins = [
      entry('签到打卡', '2026-11-01', 100),
      entry('拍照留痕', '2026-11-02', 200),
      entry('签到打卡', '2026-11-03', 300),
      entry('拍照留痕', '2026-11-04', 400),
    ];
    expect(mostUsedCheckinType(checkins, '2026-10-25')).toBe('拍照留痕');
  });

  it('does not depend on the order the check-ins were read in', () => {
    const arbitraryCheckin = fc.record({
      type: fc.constantFrom(...CHECKIN_TYPES),
      day: fc.constantFrom('2026-10-24', '2026-10-25', '2026-11-01'),
      at: fc.integer({ min: 0, max: 20 }),
      source: fc.constantFrom('manual' as const, 'detected' as const),
    });
    const readTwice = fc
      .array(arbitraryCheckin, { maxLength: 30 })
      .chain((records) =>
        fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length })),
      );
    fc.assert(
      fc.property(readTwice, ([records, shuffled]) => {
        const asCheckins = (list: typeof records) => list.map((r) => entry(r.type, r.day, r.at, r.source));
        expect(mostUsedCheckinType(asCheckins(shuffled), '2026-10-25')).toBe(
          mostUsedCheckinType(asCheckins(records), '2026-10-25'),
        );
      }),
    );
  });
});
