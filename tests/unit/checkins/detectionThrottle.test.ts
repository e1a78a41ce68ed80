import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKIN_TYPES, type CheckinType } from '../../../utils/checkins/checkin';
import {
  createDetectionThrottle,
  DEFAULT_DETECTION_WINDOW_MS,
  MAX_DETECTIONS_PER_HOUR,
} from '../../../utils/checkins/detectionThrottle';

const START = Date.UTC(2024, 4, 6, 1, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('createDetectionThrottle', () => {
  it('turns 1,000 clicks on 签到 in a minute into a handful of detections', () => {
    const shouldSend = createDetectionThrottle(DEFAULT_DETECTION_WINDOW_MS);
    let sent = 0;
    for (let click = 0; click < 1000; click++) if (shouldSend('签到打卡', START + click * 60)) sent++;
    expect(sent).toBe(6);
  });

  it('caps a page that spams every type at the hourly limit', () => {
    const shouldSend = createDetectionThrottle(DEFAULT_DETECTION_WINDOW_MS);
    let sent = 0;
    for (let click = 0; click < 10_000; click++) {
      if (shouldSend(CHECKIN_TYPES[click % CHECKIN_TYPES.length]!, START + click * 100)) sent++;
    }
    expect(sent).toBe(MAX_DETECTIONS_PER_HOUR);
  });

  it('lets different check-ins through at once: 签到 then 数据填报', () => {
    const shouldSend = createDetectionThrottle(10_000);
    expect(shouldSend('签到打卡', START)).toBe(true);
    expect(shouldSend('数据填报', START + 500)).toBe(true);
    expect(shouldSend('签到打卡', START + 9_999)).toBe(false);
    expect(shouldSend('签到打卡', START + 10_000)).toBe(true);
  });

  it('opens again once the oldest detection of the hour is an hour old', () => {
    const shouldSend = createDetectionThrottle(1_000, 3);
    expect([0, 1, 2, 3].map((minute) => shouldSend('点赞转发投票', START + minute * MINUTE))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(shouldSend('点赞转发投票', START + HOUR - 1)).toBe(false);
    expect(shouldSend('点赞转发投票', START + HOUR)).toBe(true);
  });

  it('is not shut for hours when the clock is set back', () => {
    const shouldSend = createDetectionThrottle(10_000);
    expect(shouldSend('签到打卡', START)).toBe(true);
    expect(shouldSend('签到打卡', START - 2 * HOUR)).toBe(true);
  });

  it('never sends two of a type within the window, nor more than the cap in any hour', () => {
    const clicks = fc.array(
      fc.record({ type: fc.constantFrom(...CHECKIN_TYPES), gap: fc.integer({ min: 0, max: 5 * MINUTE }) }),
      { maxLength: 300 },
    );
    fc.assert(
      fc.property(clicks, (drawn) => {
        const shouldSend = createDetectionThrottle(DEFAULT_DETECTION_WINDOW_MS);
        const sent: { type: CheckinType; at: number }[] = [];
        let now = START;
        for (const { type, gap } of drawn) {
          now += gap;
          if (shouldSend(type, now)) sent.push({ type, at: now });
        }
        for (const [index, detection] of sent.entries()) {
          const inHour = sent.filter(({ at }) => at >= detection.at && at - detection.at < HOUR);
          expect(inHour.length).toBeLessThanOrEqual(MAX_DETECTIONS_PER_HOUR);
          const next = sent.slice(index + 1).find(({ type }) => type === detection.type);
          if (next) expect(next.at - detection.at).toBeGreaterThanOrEqual(DEFAULT_DETECTION_WINDOW_MS);
        }
      }),
    );
  });
});
