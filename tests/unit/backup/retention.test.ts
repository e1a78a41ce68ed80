import { describe, expect, it } from 'vitest';
import { foldSpansBefore, retentionCutoffDay, runRetention } from '../../../utils/backup/retention';
import type { NewCheckin } from '../../../utils/checkins/checkin';
import { reviewData } from '../../../utils/db/reviewQueries';
import { saveSettings } from '../../../utils/db/settingsStore';
import { periodTotals } from '../../../utils/stats/computePeriodTotals';
import type { DescribePlatform } from '../../../utils/stats/describePlatform';
import { shiftDay } from '../../../utils/stats/localTime';
import { periodOf } from '../../../utils/stats/period';
import type { Period, PeriodTotals } from '../../../utils/stats/periodTotals';
import type { Span } from '../../../utils/tracking/span';
import { freshDatabase } from '../db/testDatabase';
import { at } from './ledgerFixture';

const NOW = at('2024-06-15T10:00:00');
const PLATFORMS = ['xuexi', 'zjzwfw', '12371', 'host:tjbb.someplace.gov.cn'];
const describePlatform: DescribePlatform = (platformId) => ({
  name: platformId,
  scope: platformId === 'zjzwfw' ? 'provincial' : 'national',
  category: platformId === 'xuexi' ? '学习教育' : '政务服务',
});

/** A deterministic year and a half of workdays: mornings, late evenings and weekend videos. */
function eighteenMonthsOfSpans(): Span[] {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const spans: Span[] = [];
  for (let day = '2023-01-01'; day < '2024-06-15'; day = shiftDay(day, 1)) {
    const count = 1 + Math.floor(random() * 4);
    for (let index = 0; index < count; index += 1) {
      const startMinute = Math.floor(random() * 23 * 60);
      const seconds = 30 + Math.floor(random() * 50 * 60);
      const start = at(`${day}T00:00:00`) + startMinute * 60_000 + Math.floor(random() * 60) * 1000;
      const end = Math.min(start + seconds * 1000, at(`${shiftDay(day, 1)}T00:00:00`));
      spans.push({
        platformId: PLATFORMS[index % PLATFORMS.length]!,
        start,
        end,
        day,
        kind: random() < 0.3 ? 'media' : 'active',
        source: 'auto',
      });
    }
  }
  return spans;
}

async function totalsOf(periods: Period[]): Promise<PeriodTotals[]> {
  const results: PeriodTotals[] = [];
  for (const period of periods) {
    const data = await reviewData(period.firstDay, period.lastDay);
    results.push(periodTotals({ ...data, period, working: data.settings, describe: describePlatform }));
  }
  return results;
}

/** Minutes are sums of fractions; folding may add them in another order, so compare to a millionth of a minute. */
function rounded(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, item) => (typeof item === 'number' ? Math.round(item * 1e6) / 1e6 : item)),
  );
}

describe('retention', () => {
  it("keeps today's date N months back as the first raw day, and falls back to the month's end", () => {
    expect(retentionCutoffDay(NOW, 12)).toBe('2023-06-15');
    expect(retentionCutoffDay(NOW, 6)).toBe('2023-12-15');
    expect(retentionCutoffDay(at('2024-03-31T08:00:00'), 1)).toBe('2024-02-29');
    expect(retentionCutoffDay(at('2024-01-15T08:00:00'), 1)).toBe('2023-12-15');
    expect(retentionCutoffDay(NOW, 0)).toBe('2023-06-15');
  });

  it('folds old spans into daily totals without changing any week or month total a user sees', async () => {
    const db = freshDatabase();
    await db.spans.bulkAdd(eighteenMonthsOfSpans());
    const checkin: NewCheckin = {
      at: at('2023-02-06T09:00:00'),
      day: '2023-02-06',
      platformId: 'xuexi',
      type: '签到打卡',
      source: 'detected',
    };
    await db.checkins.add(checkin);
    const periods = [
      ...['2023-01-15', '2023-02-15', '2023-06-15', '2023-12-15', '2024-05-15'].map((day) =>
        periodOf('month', day),
      ),
      ...['2023-02-06', '2023-06-14', '2023-06-15', '2024-06-10'].map((day) => periodOf('week', day)),
    ];
    const before = await totalsOf(periods);
    const spanCount = await db.spans.count();

    const result = await runRetention(NOW);
    expect(result.cutoffDay).toBe('2023-06-15');
    expect(result.foldedSpans).toBeGreaterThan(300);
    expect(await db.spans.where('day').below('2023-06-15').count()).toBe(0);
    expect(await db.spans.count()).toBe(spanCount - result.foldedSpans);
    expect(await db.dayRollups.where('day').aboveOrEqual('2023-06-15').count()).toBe(0);

    const after = await totalsOf(periods);
    expect(rounded(after)).toEqual(rounded(before));
    expect(before[0]!.totalMinutes).toBeGreaterThan(0);
  });

  it('adds to the rollups of a day folded before, and a second run the same day changes nothing', async () => {
    const db = freshDatabase();
    const day = '2023-03-01';
    const span = (from: string, to: string): Span => ({
      platformId: 'xuexi',
      start: at(`${day}T${from}`),
      end: at(`${day}T${to}`),
      day,
      kind: 'active',
      source: 'auto',
    });
    await db.spans.add(span('08:00:00', '08:30:00'));
    await foldSpansBefore('2023-06-01');
    // A span of that day comes back later (a merged backup of another computer) and is folded in turn.
    await db.spans.add(span('20:00:00', '20:45:00'));
    await foldSpansBefore('2023-06-01');
    const rollups = await db.dayRollups.toArray();
    expect(rollups).toHaveLength(1);
    expect(rollups[0]).toMatchObject({ day, platformId: 'xuexi', kind: 'active', minutes: 75, spanCount: 2 });
    expect(rollups[0]!.halfHours[16]).toBe(30);
    expect(rollups[0]!.halfHours[40]).toBe(30);
    expect(rollups[0]!.halfHours[41]).toBe(15);

    const again = await foldSpansBefore('2023-06-01');
    expect(again).toEqual({ cutoffDay: '2023-06-01', foldedSpans: 0, foldedDays: 0 });
    expect(await db.dayRollups.toArray()).toEqual(rollups);
  });

  it('uses the retention months of the settings', async () => {
    const db = freshDatabase();
    await db.spans.bulkAdd([
      {
        platformId: 'xuexi',
        start: at('2024-01-10T08:00:00'),
        end: at('2024-01-10T08:20:00'),
        day: '2024-01-10',
        kind: 'active',
        source: 'auto',
      },
      {
        platformId: 'xuexi',
        start: at('2024-04-10T08:00:00'),
        end: at('2024-04-10T08:20:00'),
        day: '2024-04-10',
        kind: 'active',
        source: 'auto',
      },
    ]);
    expect((await runRetention(NOW)).foldedSpans).toBe(0);
    await saveSettings({ retentionMonths: 3 });
    expect(await runRetention(NOW)).toEqual({ cutoffDay: '2024-03-15', foldedSpans: 1, foldedDays: 1 });
    expect((await db.spans.toArray()).map((row) => row.day)).toEqual(['2024-04-10']);
  });
});
