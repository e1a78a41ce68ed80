import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriodKey, periodDays } from '../../../utils/summary/periodKey';
import { SUMMARY_FORMAT, type Summary } from '../../../utils/summary/summary';
import { summaryToText } from '../../../utils/summary/summaryToText';
import { summaryArb } from './arbitraries';
import { ZERO_CATEGORIES, ZERO_CHECKINS } from './zeroCounts';

function summaryWith(changes: Partial<Summary> & { hours?: Partial<Summary['hours']> }): Summary {
  const base: Summary = {
    format: SUMMARY_FORMAT,
    period: '2026-W47',
    daysWithRecords: 0,
    platformsUsed: 0,
    hours: {
      total: 0,
      outsideWorkingHours: 0,
      weekends: 0,
      mediaPlayback: 0,
      byCategory: ZERO_CATEGORIES,
      nationalPlatforms: [],
      provincialLocal: 0,
    },
    checkins: ZERO_CHECKINS,
    duplicateEntries: 0,
    profile: { level: null, province: null },
    anonymization: { roundingHours: 0.5, epsilon: null },
  };
  return { ...base, ...changes, hours: { ...base.hours, ...changes.hours } };
}

const BUSY_WEEK = summaryWith({
  daysWithRecords: 6,
  platformsUsed: 5,
  hours: {
    total: 14.5,
    outsideWorkingHours: 3,
    weekends: 2.5,
    mediaPlayback: 4,
    byCategory: { ...ZERO_CATEGORIES, learning: 6, govServices: 8.5 },
    nationalPlatforms: [{ id: 'xuexi', name: '学习强国', hours: 6 }],
    provincialLocal: 8.5,
  },
  checkins: { ...ZERO_CHECKINS, signIn: 5, studyPoints: 12, screenshot: 3, groupReply: 9, questionnaire: 1 },
  duplicateEntries: 2,
  profile: { level: '村/社区', province: '四川省' },
});

/** The lines of one section, from its title to the next title or blank line. */
function section(text: string, title: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(title);
  if (start < 0) return [];
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line === '' || line.startsWith('【') || line.startsWith('['));
  return end < 0 ? rest : rest.slice(0, end);
}

describe('summaryToText in Chinese', () => {
  const text = summaryToText(BUSY_WEEK, 'zh_CN');

  it('opens with the period and its dates, then a paragraph with days, hours and chores', () => {
    const [title, , paragraph] = text.split('\n');
    expect(title).toBe('指尖账本匿名摘要｜2026年第47周（11月16日至11月22日）');
    expect(paragraph).toBe(
      '这一周有 6 天留有记录，在政务平台上共用时 14.5 小时，其中工作日非工作时间 3 小时、周末及休息日 2.5 小时；' +
        '记录打卡、截图、填报等事项 30 次，同一数据重复填报 2 次。',
    );
  });

  it('lists the overview with categories, named national platforms and the provincial/local bucket', () => {
    expect(section(text, '【总体】')).toEqual([
      '· 有记录的天数：6 天',
      '· 政务平台用时合计：14.5 小时',
      '· 工作日非工作时间：3 小时',
      '· 周末及休息日：2.5 小时',
      '· 按类别：学习教育 6 小时，政务服务 8.5 小时',
      '· 按平台：学习强国 6 小时，省/市级平台 8.5 小时',
      '· 填报人：村/社区，四川省',
    ]);
  });

  it('groups findings the way burden-reporting channels classify them', () => {
    expect(section(text, '【推广类】')).toEqual([
      '· 用过的政务平台：5 个（本工具看不到被要求下载、注册的情况，未作统计）',
    ]);
    expect(section(text, '【考核类】')).toEqual(['· 学习积分：12 次', '· 学习教育类平台用时：6 小时']);
    expect(section(text, '【打卡类】')).toEqual([
      '· 签到打卡：5 次',
      '· 群内接龙/回复收到：9 次',
      '· 视频、音频播放用时：4 小时',
    ]);
    expect(section(text, '【过度留痕类】')).toEqual(['· 截图上报：3 次', '· 重复填报：2 次']);
    expect(section(text, '【其它】')).toEqual(['· 问卷调查：1 次']);
  });

  it('ends by saying how the numbers were anonymized', () => {
    const lastLine = text.trimEnd().split('\n').at(-1);
    expect(lastLine).toContain('时长按 0.5 小时取整');
    expect(lastLine).not.toContain('噪声');
    const noisy = summaryToText({ ...BUSY_WEEK, anonymization: { roundingHours: 0.5, epsilon: 1 } }, 'zh_CN');
    expect(noisy.trimEnd().split('\n').at(-1)).toContain('加入了随机噪声（拉普拉斯机制，ε = 1）');
  });

  it('omits empty sections and zero lines but always states days and total hours', () => {
    const empty = summaryToText(summaryWith({}), 'zh_CN');
    expect(empty).toContain('这一周有 0 天留有记录，在政务平台上共用时 0 小时。');
    expect(section(empty, '【总体】')).toEqual(['· 有记录的天数：0 天', '· 政务平台用时合计：0 小时']);
    for (const title of ['【推广类】', '【考核类】', '【打卡类】', '【过度留痕类】', '【其它】']) {
      expect(empty).not.toContain(title);
    }
    expect(empty).not.toContain('周末');
  });

  it('names a month by year and month', () => {
    expect(summaryToText(summaryWith({ period: '2026-11' }), 'zh_CN')).toMatch(
      /^指尖账本匿名摘要｜2026年11月\n/,
    );
    expect(summaryToText(summaryWith({ period: '2026-11' }), 'zh_CN')).toContain('这个月有 0 天');
  });
});

describe('summaryToText in English', () => {
  const text = summaryToText(BUSY_WEEK, 'en');

  it('says the same things in English', () => {
    expect(text.split('\n')[0]).toBe(
      'Fingertip Ledger anonymized summary | week 47 of 2026 (16 Nov to 22 Nov 2026)',
    );
    expect(text).toContain('records were kept on 6 days and 14.5 hours were spent on government platforms');
    expect(text).toContain('- By platform: 学习强国 6 hours, provincial/local platforms 8.5 hours');
    expect(text).toContain('- Respondent: village / community, Sichuan');
    expect(text).toContain(
      '[Excessive traces]\n- Screenshot report: 3 times\n- Duplicate data entry: 2 times',
    );
    expect(text).toContain('hours rounded to the nearest 0.5 h');
    expect(text).not.toMatch(/[小时次天]/);
  });

  it('names a month in words', () => {
    expect(summaryToText(summaryWith({ period: '2026-11' }), 'en')).toMatch(
      /^Fingertip Ledger anonymized summary \| November 2026\n/,
    );
  });
});

describe('summaryToText for any summary (property)', () => {
  it('mentions no date but the first and last day of the period, and no time of day', () => {
    fc.assert(
      fc.property(summaryArb, (summary) => {
        const key = parsePeriodKey(summary.period)!;
        const { first, last } = periodDays(key);
        const allowed = new Set([
          `${first.getMonth() + 1}月${first.getDate()}日`,
          `${last.getMonth() + 1}月${last.getDate()}日`,
        ]);
        const zh = summaryToText(summary, 'zh_CN');
        for (const date of zh.match(/\d+月\d+日/g) ?? []) expect(allowed.has(date)).toBe(true);
        for (const text of [zh, summaryToText(summary, 'en')]) {
          expect(text).not.toMatch(/\d{1,2}:\d{2}/);
          expect(text).toContain(String(summary.daysWithRecords));
        }
      }),
      { numRuns: 100 },
    );
  });
});
