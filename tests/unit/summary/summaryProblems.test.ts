import { describe, expect, it } from 'vitest';
import { parseSummary } from '../../../utils/summary/parseSummary';
import { type SummaryProblem, summaryProblemText } from '../../../utils/summary/summaryProblems';

/** One file for each kind of problem the reader can find. */
const BAD_FILES: [string, string][] = [
  ['empty', ''],
  ['badJson', '{"format": '],
  ['notSummary', 'hello,world'],
  ['csvHeader', 'format,period\r\nfingertip-summary/2,2026-W47\r\n'],
  ['noFormat', '{"period": "2026-W47"}'],
  ['unknownFormat', '{"format": "fingertip-summary/9"}'],
  ['field', '{"format": "fingertip-summary/2", "period": "2026-W47"}'],
  ['tooLarge', `{"x":"${'a'.repeat(70 * 1024)}"}`],
];

describe('the reasons a summary file is refused', () => {
  it.each(BAD_FILES)('finds the %s problem, and says it in Chinese and in English', (code, text) => {
    const parsed = parseSummary(text, 'x.json');
    if (parsed.ok) throw new Error('expected a refusal');
    expect(parsed.problem.code).toBe(code);
    expect(parsed.error).toBe(summaryProblemText(parsed.problem, 'zh_CN', 'x.json'));
    const english = summaryProblemText(parsed.problem, 'en');
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);
    expect(english.length).toBeGreaterThan(10);
  });

  it('words every law in both languages without Chinese in the English', () => {
    const laws: SummaryProblem[] = [
      { code: 'law', periodKind: 'week', law: { law: 'daysInPeriod', days: 9, periodDays: 7 } },
      {
        code: 'law',
        periodKind: 'month',
        law: { law: 'hoursInPeriod', field: 'hours.total', hours: 900, periodHours: 720 },
      },
      {
        code: 'law',
        periodKind: 'week',
        law: { law: 'partsAddUp', field: 'hours.byCategory', parts: 150, total: 1 },
      },
      {
        code: 'law',
        periodKind: 'week',
        law: { law: 'partWithinTotal', field: 'hours.mediaPlayback', part: 3, total: 1 },
      },
      {
        code: 'law',
        periodKind: 'week',
        law: { law: 'countPerDay', field: 'checkins.signIn', count: 100000, max: 2100 },
      },
      { code: 'law', periodKind: 'week', law: { law: 'duplicatePlatform', id: 'xuexi' } },
    ];
    for (const problem of laws) {
      expect(summaryProblemText(problem, 'zh_CN')).toMatch(/[\u4e00-\u9fff]/);
      expect(summaryProblemText(problem, 'en')).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('shows a planted value short and on one line', () => {
    const parsed = parseSummary(JSON.stringify({ format: `x\n${'y'.repeat(500)}` }));
    if (parsed.ok) throw new Error('expected a refusal');
    expect(parsed.error).not.toContain('\n');
    expect(parsed.error.length).toBeLessThan(120);
  });
});
