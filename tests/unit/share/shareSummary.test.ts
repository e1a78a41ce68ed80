import { describe, expect, it } from 'vitest';
import {
  csvFileText,
  periodOfKey,
  pickablePeriods,
  shareSummary,
  summaryFileName,
} from '../../../components/share/shareSummary';
import type { SummaryInputs } from '../../../utils/db/summaryQueries';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { noOffBrowserTotals, type PeriodTotals } from '../../../utils/stats/periodTotals';
import { noiseStream } from '../../../utils/summary/noiseStream';
import { parseSummary } from '../../../utils/summary/parseSummary';

const WEEK_47: PeriodTotals = {
  period: { kind: 'week', isoYear: 2026, isoWeek: 47, firstDay: '2026-11-16', lastDay: '2026-11-22' },
  daysWithRecords: 4,
  totalMinutes: 400,
  byPlatform: [
    {
      platformId: 'xuexi',
      name: '学习强国',
      scope: 'national',
      category: '学习教育',
      activeMinutes: 100,
      mediaMinutes: 50,
    },
    {
      platformId: 'host:tjbb.someplace.gov.cn',
      name: 'tjbb.someplace.gov.cn',
      scope: 'local',
      category: '其他政务',
      activeMinutes: 250,
      mediaMinutes: 0,
    },
  ],
  byCategory: { 学习教育: 150, 其他政务: 250 },
  afterHoursMinutes: 70,
  weekendMinutes: 40,
  checkinsByType: { 签到打卡: 3, 截图上报: 1 },
  duplicateEntries: 2,
  ...noOffBrowserTotals(),
};

function inputs(
  summary: Partial<Settings['summary']>,
  noiseDraws: number[] = [],
): SummaryInputs & { noiseDraws: number[] } {
  return {
    totals: WEEK_47,
    settings: { ...DEFAULT_SETTINGS, summary: { ...DEFAULT_SETTINGS.summary, ...summary } },
    noiseDraws,
  };
}

const KEY = 'ab'.repeat(32);

describe('the shared summary', () => {
  it('without noise, rounds to half hours and needs no draw', () => {
    const shared = shareSummary(inputs({}), 'zh_CN');
    expect(shared.summary.hours.total).toBe(6.5); // 400 min = 6.67 h
    expect(shared.summary.hours.provincialLocal).toBe(4); // 250 min = 4.17 h
    expect(shared.summary.hours.nationalPlatforms).toEqual([{ id: 'xuexi', name: '学习强国', hours: 2.5 }]);
    expect(shared.period).toBe('2026-W47');
  });

  it('shows the same text, JSON and CSV that parse back to the same summary', () => {
    const shared = shareSummary(inputs({ level: '乡镇/街道', province: '浙江省' }), 'zh_CN');
    const fromJson = parseSummary(shared.json);
    const fromCsv = parseSummary(csvFileText(shared.csv));
    expect(fromJson).toEqual({ ok: true, summary: shared.summary });
    expect(fromCsv).toEqual({ ok: true, summary: shared.summary });
    expect(shared.text).toContain('乡镇/街道');
    expect(shared.text).toContain('2026年第47周');
  });

  it('never names the catch-all host, only the national platform', () => {
    const shared = shareSummary(inputs({}), 'zh_CN');
    for (const form of [shared.text, shared.json, shared.csv]) {
      expect(form).not.toContain('someplace');
      expect(form).not.toContain('host:');
    }
    expect(shared.text).toContain('学习强国');
    expect(shared.text).toContain('省/市级平台');
  });

  it('with noise, the period’s keyed stream gives exactly the same summary however often it is made', async () => {
    const draws = await noiseStream(KEY, '2026-W47', 1);
    const first = shareSummary(inputs({ epsilon: 1 }, draws), 'zh_CN');
    const again = shareSummary(inputs({ epsilon: 1 }, await noiseStream(KEY, '2026-W47', 1)), 'zh_CN');
    expect(again.json).toBe(first.json);
    expect(first.json).not.toBe(shareSummary(inputs({}), 'zh_CN').json);
  });

  it('with another key, another period or another epsilon, the noise is another', async () => {
    const summaryWith = async (key: string, period: string, epsilon: number) =>
      shareSummary(inputs({ epsilon }, await noiseStream(key, period, epsilon)), 'zh_CN').summary.hours;
    const base = await summaryWith(KEY, '2026-W47', 0.5);
    expect(await summaryWith('cd'.repeat(32), '2026-W47', 0.5)).not.toEqual(base);
    expect(await summaryWith(KEY, '2026-W46', 0.5)).not.toEqual(base);
    expect(await noiseStream(KEY, '2026-W47', 1)).not.toEqual(await noiseStream(KEY, '2026-W47', 0.5));
  });

  it('changing the rounding keeps the same noise: rounding the same noisy value another way reveals nothing more', async () => {
    const draws = await noiseStream(KEY, '2026-W47', 1);
    const coarser = shareSummary(inputs({ epsilon: 1, roundingHours: 1 }, draws), 'zh_CN');
    expect(coarser.summary.anonymization).toEqual({ roundingHours: 1, epsilon: 1 });
  });

  it('refuses to make a noisy summary from a stream that runs out, rather than from other randomness', () => {
    expect(() => shareSummary(inputs({ epsilon: 1 }, [0.5, 0.5]), 'zh_CN')).toThrow(/NOISE_DRAWS/);
  });

  it('writes the text in English when the page is English, and the files stay the same', () => {
    const chinese = shareSummary(inputs({}), 'zh_CN');
    const english = shareSummary(inputs({}), 'en');
    expect(english.text).toContain('Anonymized figures on the digital burden of grassroots work');
    expect(english.text).toContain('provincial/local platforms');
    expect(english.json).toBe(chinese.json);
    expect(english.csv).toBe(chinese.csv);
  });

  it('says a period with nothing recorded is empty', () => {
    const empty: PeriodTotals = {
      ...WEEK_47,
      daysWithRecords: 0,
      totalMinutes: 0,
      byPlatform: [],
      byCategory: {},
      afterHoursMinutes: 0,
      weekendMinutes: 0,
      checkinsByType: {},
      duplicateEntries: 0,
    };
    expect(shareSummary({ ...inputs({}), totals: empty }, 'zh_CN').isEmpty).toBe(true);
    expect(shareSummary(inputs({}), 'zh_CN').isEmpty).toBe(false);
  });

  it('throws on stored settings outside the bounds, rather than sharing without the noise asked for', () => {
    expect(() => shareSummary(inputs({ epsilon: 1000 }), 'zh_CN')).toThrow(RangeError);
  });
});

describe('files and periods', () => {
  it('names files after the product and the period only', () => {
    expect(summaryFileName('指尖账本', '2026-W47', 'json')).toBe('指尖账本-2026-W47.json');
    expect(summaryFileName('指尖账本', '2026-11', 'csv')).toBe('指尖账本-2026-11.csv');
  });

  it('starts a saved CSV with the byte-order mark Excel needs', () => {
    expect(csvFileText('a,b\r\n').charCodeAt(0)).toBe(0xfeff);
  });

  it('offers last complete ISO week first, whatever the weekday today', () => {
    // Monday 2026-11-23 and Sunday 2026-11-29 are both in week 48: the last complete week is 47.
    for (const today of ['2026-11-23', '2026-11-29']) {
      const [newest, before] = pickablePeriods('week', today);
      expect(newest).toMatchObject({
        isoYear: 2026,
        isoWeek: 47,
        firstDay: '2026-11-16',
        lastDay: '2026-11-22',
      });
      expect(before).toMatchObject({ isoWeek: 46, firstDay: '2026-11-09' });
    }
  });

  it('offers last complete month first, across a year boundary', () => {
    const months = pickablePeriods('month', '2027-01-05');
    expect(months[0]).toMatchObject({ year: 2026, month: 12 });
    expect(months[1]).toMatchObject({ year: 2026, month: 11 });
    expect(months).toHaveLength(12);
  });

  it('reads a summary period back into the Monday-first week or the month it names', () => {
    expect(periodOfKey('2026-W01')).toMatchObject({
      kind: 'week',
      firstDay: '2025-12-29',
      lastDay: '2026-01-04',
    });
    expect(periodOfKey('2026-02')).toMatchObject({
      kind: 'month',
      firstDay: '2026-02-01',
      lastDay: '2026-02-28',
    });
    expect(periodOfKey('2026-W60')).toBeNull();
  });
});
