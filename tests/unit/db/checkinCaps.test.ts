import { describe, expect, it } from 'vitest';
import { MAX_DETECTIONS_PER_PLATFORM_PER_HOUR } from '../../../utils/checkins/detectionThrottle';
import { logDetectionWithinCap, recordFingerprintWithinCap } from '../../../utils/db/checkinStore';
import { freshDatabase } from './testDatabase';

const HOUR = 3_600_000;
const START = Date.parse('2026-11-30T09:00:00+08:00');
const cap = MAX_DETECTIONS_PER_PLATFORM_PER_HOUR;

const detection = (platformId: string, at: number) =>
  ({ at, day: '2026-11-30', platformId, type: '签到打卡', source: 'detected' }) as const;

describe('the hourly cap of detections per platform, across tabs and page loads', () => {
  it('stores at most the cap in any hour, even when detections arrive together', async () => {
    const db = freshDatabase();
    const results = await Promise.all(
      Array.from({ length: cap + 20 }, (_, index) =>
        logDetectionWithinCap(detection('xuexi', START + index), cap, START + index - HOUR),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(cap);
    expect(await db.checkins.count()).toBe(cap);
  });

  it('counts each platform on its own, leaves manual check-ins out, and opens again an hour later', async () => {
    const db = freshDatabase();
    await db.checkins.bulkAdd(
      Array.from({ length: 10 }, (_, index) => ({
        ...detection('xuexi', START + index),
        source: 'manual' as const,
      })),
    );
    for (let index = 0; index < cap; index += 1) {
      await logDetectionWithinCap(detection('xuexi', START + index), cap, START + index - HOUR);
    }
    expect(await logDetectionWithinCap(detection('xuexi', START + cap), cap, START + cap - HOUR)).toBe(false);
    expect(await logDetectionWithinCap(detection('12371', START + cap), cap, START + cap - HOUR)).toBe(true);
    const later = START + HOUR + cap;
    expect(await logDetectionWithinCap(detection('xuexi', later), cap, later - HOUR)).toBe(true);
  });

  it('caps form fingerprints per platform in the same way', async () => {
    freshDatabase();
    const fingerprint = (at: number) => ({
      hash: 'a'.repeat(64),
      platformId: 'zjzwfw',
      day: '2026-11-30',
      at,
    });
    const results = [];
    for (let index = 0; index <= cap; index += 1) {
      results.push(await recordFingerprintWithinCap(fingerprint(START + index), cap, START + index - HOUR));
    }
    expect(results.filter(Boolean)).toHaveLength(cap);
  });
});
