import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SUMMARY_CHARS, parseSummary } from '../../../utils/summary/parseSummary';
import { isCurrentSummary, SUMMARY_FORMAT, type Summary } from '../../../utils/summary/summary';
import { CSV_BOM, summaryToCsvFile, summaryToCsvRow } from '../../../utils/summary/summaryToCsvRow';
import { summaryToJson } from '../../../utils/summary/summaryToJson';
import { summaryArb } from './arbitraries';
import { ZERO_CATEGORIES, ZERO_CHECKINS, ZERO_V2_EXTRAS } from './zeroCounts';

const VALID: Summary = {
  format: SUMMARY_FORMAT,
  period: '2026-W47',
  daysWithRecords: 5,
  platformsUsed: 3,
  hours: {
    total: 12.5,
    workingHours: 9.5,
    outsideWorkingHours: 2,
    weekends: 1,
    mediaPlayback: 1,
    byCategory: { ...ZERO_CATEGORIES, learning: 3.5, govServices: 4.5, otherGov: 4.5 },
    nationalPlatforms: [{ id: 'xuexi', name: '学习强国', hours: 3.5 }],
    otherNational: 0,
    provincialLocal: 9,
  },
  ...ZERO_V2_EXTRAS,
  checkins: { ...ZERO_CHECKINS, signIn: 5, screenshot: 3, studyPoints: 12 },
  duplicateEntries: 2,
  profile: { level: '乡镇/街道', province: '浙江省' },
  anonymization: { roundingHours: 0.5, epsilon: null },
};

/** The valid summary as a JSON object, changed by `edit`, as file text. */
// biome-ignore lint/suspicious/noExplicitAny: the edits break the file on purpose, in ways no type allows
function editedJson(edit: (json: Record<string, any>) => void): string {
  const json = JSON.parse(summaryToJson(VALID));
  edit(json);
  return JSON.stringify(json);
}

function errorOf(text: string, fileName?: string): string {
  const result = parseSummary(text, fileName);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.error;
}

describe('parseSummary', () => {
  it('reads back what summaryToJson wrote', () => {
    expect(parseSummary(summaryToJson(VALID))).toEqual({ ok: true, summary: VALID });
  });

  it('reads back what summaryToCsvRow wrote, with or without the BOM Excel needs, with CRLF or LF', () => {
    const file = summaryToCsvFile(VALID);
    expect(parseSummary(file)).toEqual({ ok: true, summary: VALID });
    expect(parseSummary(CSV_BOM + file)).toEqual({ ok: true, summary: VALID });
    expect(parseSummary(file.replaceAll('\r\n', '\n'))).toEqual({ ok: true, summary: VALID });
    expect(parseSummary(CSV_BOM + summaryToJson(VALID))).toEqual({ ok: true, summary: VALID });
  });

  it('round-trips every summary buildSummary can make, through JSON and through CSV (property)', () => {
    fc.assert(
      fc.property(summaryArb, (summary) => {
        expect(parseSummary(summaryToJson(summary))).toEqual({ ok: true, summary });
        expect(parseSummary(CSV_BOM + summaryToCsvFile(summary))).toEqual({ ok: true, summary });
      }),
      { numRuns: 200 },
    );
  });

  it('says a file without a format field is not a summary', () => {
    expect(errorOf('{"period":"2026-W47"}')).toBe('不是指尖账本摘要文件（缺少 format 字段）。');
  });

  it('names the file in the error when given its name', () => {
    expect(errorOf('{}', 'week47.json')).toBe(
      '文件“week47.json”：不是指尖账本摘要文件（缺少 format 字段）。',
    );
  });

  it('rejects another format or version', () => {
    expect(errorOf(editedJson((json) => (json.format = 'fingertip-summary/3')))).toContain('不支持的格式');
    // A version 1 file must have version 1's fields: version 2's are unknown to it.
    expect(errorOf(editedJson((json) => (json.format = 'fingertip-summary/1')))).toContain('不认识的字段');
  });

  it('rejects a malformed period or a week the calendar does not have', () => {
    for (const period of ['2026-47', '2026-W5', '2026-W00', '2027-W53', '2026-13', '1999-01', '2026-W47 ']) {
      expect(errorOf(editedJson((json) => (json.period = period)))).toContain('周期格式不正确');
    }
    // 2026 is a 53-week ISO year.
    expect(parseSummary(editedJson((json) => (json.period = '2026-W53'))).ok).toBe(true);
  });

  it('rejects unknown keys instead of carrying them along', () => {
    expect(errorOf(editedJson((json) => (json.installId = 'abc')))).toContain('不认识的字段“installId”');
    expect(errorOf(editedJson((json) => (json.hours.nationalPlatforms[0].url = 'https://x.cn')))).toContain(
      '“hours.nationalPlatforms.0.url”',
    );
  });

  it('rejects missing, negative, fractional and impossible numbers', () => {
    expect(errorOf(editedJson((json) => delete json.hours.weekends))).toContain('缺少字段“hours.weekends”');
    expect(errorOf(editedJson((json) => (json.hours.total = -1)))).toContain('“hours.total”');
    expect(errorOf(editedJson((json) => (json.checkins.signIn = 2.5)))).toContain('应为整数');
    expect(errorOf(editedJson((json) => (json.hours.total = '12')))).toContain('应为数字');
    expect(errorOf(editedJson((json) => (json.hours.total = 169)))).toContain('超过了一周的 168 小时');
    expect(errorOf(editedJson((json) => (json.daysWithRecords = 8)))).toContain('超过了一周的 7 天');
    expect(errorOf(editedJson((json) => (json.anonymization.epsilon = 0)))).toContain(
      'anonymization.epsilon',
    );
  });

  it('allows a month its own larger bounds', () => {
    const month = editedJson((json) => {
      json.period = '2026-03';
      json.hours.total = 300;
      json.hours.workingHours = 300 - 3;
      json.hours.byCategory.otherGov = 300 - 8;
      json.hours.provincialLocal = 300 - 3.5;
      json.daysWithRecords = 31;
    });
    expect(parseSummary(month).ok).toBe(true);
    expect(errorOf(month.replace('"2026-03"', '"2026-02"'))).toContain('超过了这个月的 28 天');
  });

  it('accepts a level and a province only from the fixed lists', () => {
    expect(errorOf(editedJson((json) => (json.profile.province = '浙江省杭州市')))).toContain(
      'profile.province',
    );
    expect(errorOf(editedJson((json) => (json.profile.level = '村')))).toContain('profile.level');
  });

  it('rejects a national platform whose id or name looks like a URL or a formula, and duplicate platforms', () => {
    const withPlatform = (platform: object) =>
      editedJson((json) => json.hours.nationalPlatforms.push(platform));
    expect(parseSummary(withPlatform({ id: 'host:oa.xihu.gov.cn', name: 'OA', hours: 1 })).ok).toBe(false);
    expect(parseSummary(withPlatform({ id: 'oa', name: 'https://oa.xihu.gov.cn', hours: 1 })).ok).toBe(false);
    expect(errorOf(withPlatform({ id: 'xuexi', name: '学习强国', hours: 1 }))).toContain('不止一次');
    // A formula planted in a file must not reach the collector's spreadsheet.
    expect(parseSummary(withPlatform({ id: 'evil', name: '=HYPERLINK("http://x.cn")', hours: 1 })).ok).toBe(
      false,
    );
  });

  it('rejects a CSV with a changed header, more than one row, or a broken platform cell', () => {
    const { header, row } = summaryToCsvRow(VALID);
    expect(errorOf(`${header.replace('hours.total', 'hours.sum')}\r\n${row}\r\n`)).toContain('表头');
    expect(errorOf(`${header}\r\n${row}\r\n${row}\r\n`)).toContain('实际有 2 行');
    expect(errorOf(`${header}\r\n${row.replace('"[{', '"[{{')}\r\n`)).toContain('hours.nationalPlatforms');
    expect(errorOf(`${header}\r\n${row},extra\r\n`)).toContain('列');
  });

  it('says so for an empty file, a file of blanks, and text that is neither JSON nor CSV', () => {
    expect(errorOf('')).toBe('文件是空的。');
    expect(errorOf(`${CSV_BOM}  \r\n `)).toBe('文件是空的。');
    expect(errorOf('hello, world')).toContain('不是指尖账本摘要文件');
    expect(errorOf('{"format": "fingertip-summary/1"')).toContain('JSON 格式有误');
    expect(errorOf('[1, 2, 3]')).toContain('不是指尖账本摘要文件');
  });

  it('rejects 50 MB of junk at once, by its size', () => {
    const junk = 'x'.repeat(50 * 1024 * 1024);
    const started = performance.now();
    expect(errorOf(junk)).toContain('文件太大');
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('rejects deep nesting and near-limit junk quickly without throwing', () => {
    const nearLimit = MAX_SUMMARY_CHARS - 10;
    for (const junk of ['{'.repeat(nearLimit), `{"a":${'['.repeat(nearLimit - 10)}`, '"'.repeat(nearLimit)]) {
      const started = performance.now();
      expect(parseSummary(junk).ok).toBe(false);
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  it('never throws, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.json()), (text) => {
        expect(parseSummary(text).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (value, fileName) => {
        const result = parseSummary(value as string, fileName as string);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a real summary with bytes changed (property)', () => {
    fc.assert(
      fc.property(
        summaryArb,
        fc.boolean(),
        fc.nat(),
        fc.string({ maxLength: 3 }),
        (summary, asCsv, position, inserted) => {
          const text = asCsv ? summaryToCsvFile(summary) : summaryToJson(summary);
          const at = position % (text.length + 1);
          const result = parseSummary(text.slice(0, at) + inserted + text.slice(at + 1));
          if (result.ok && isCurrentSummary(result.summary))
            expect(parseSummary(summaryToJson(result.summary))).toEqual(result);
          else if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const VALID_V1 = {
  format: 'fingertip-summary/1',
  period: '2026-W47',
  daysWithRecords: 5,
  platformsUsed: 3,
  hours: {
    total: 12.5,
    outsideWorkingHours: 2,
    weekends: 1,
    mediaPlayback: 1,
    byCategory: { ...ZERO_CATEGORIES, learning: 3.5, govServices: 4.5, otherGov: 4.5 },
    nationalPlatforms: [{ id: 'xuexi', name: '学习强国', hours: 3.5 }],
    provincialLocal: 9,
  },
  checkins: { ...ZERO_CHECKINS, signIn: 5, screenshot: 3, studyPoints: 12 },
  duplicateEntries: 2,
  profile: { level: '乡镇/街道', province: '浙江省' },
  anonymization: { roundingHours: 0.5, epsilon: null },
};

const V1_CSV_HEADER =
  'format,period,daysWithRecords,platformsUsed,hours.total,hours.outsideWorkingHours,hours.weekends,hours.mediaPlayback,hours.byCategory.learning,hours.byCategory.partyBuilding,hours.byCategory.govServices,hours.byCategory.dataReporting,hours.byCategory.assessment,hours.byCategory.officeCollaboration,hours.byCategory.training,hours.byCategory.otherGov,hours.nationalPlatforms,hours.provincialLocal,checkins.signIn,checkins.screenshot,checkins.photo,checkins.dataEntry,checkins.studyPoints,checkins.groupReply,checkins.likeShareVote,checkins.questionnaire,checkins.videoMeeting,checkins.other,duplicateEntries,profile.level,profile.province,anonymization.roundingHours,anonymization.epsilon';

describe('parseSummary of version 1 files, as earlier versions wrote them', () => {
  it('reads a version 1 JSON and a version 1 CSV', () => {
    expect(parseSummary(JSON.stringify(VALID_V1))).toEqual({ ok: true, summary: VALID_V1 });
    const row =
      'fingertip-summary/1,2026-W47,5,3,12.5,2,1,1,3.5,0,4.5,0,0,0,0,4.5,"[{""id"":""xuexi"",""name"":""学习强国"",""hours"":3.5}]",9,5,3,0,0,12,0,0,0,0,0,2,乡镇/街道,浙江省,0.5,';
    expect(parseSummary(`${V1_CSV_HEADER}\r\n${row}\r\n`)).toEqual({ ok: true, summary: VALID_V1 });
  });

  it('refuses a version 1 file whose parts exceed its total, unless noise could explain it', () => {
    const bent = {
      ...VALID_V1,
      hours: { ...VALID_V1.hours, total: 1, byCategory: { ...ZERO_CATEGORIES, learning: 150 } },
    };
    expect(errorOf(JSON.stringify(bent))).toContain('对不上');
  });
});

describe('the laws every summary obeys', () => {
  it('refuses parts that add up to more or less than their total: 1 h in total and 150 h of learning', () => {
    expect(
      errorOf(
        editedJson((json) => {
          json.hours.byCategory.learning = 150;
        }),
      ),
    ).toContain('hours.byCategory');
    expect(errorOf(editedJson((json) => (json.hours.workingHours = 20)))).toContain('hours.workingHours');
    expect(errorOf(editedJson((json) => (json.hours.provincialLocal = 1)))).toContain(
      'hours.provincialLocal',
    );
    expect(errorOf(editedJson((json) => (json.outsideBrowser.byChannel.dingtalk = 2)))).toContain(
      'outsideBrowser',
    );
  });

  it('refuses media playback over the total', () => {
    expect(errorOf(editedJson((json) => (json.hours.mediaPlayback = 13)))).toContain('hours.mediaPlayback');
  });

  it('refuses counts no person can reach in the period: 100,000 sign-ins in a week', () => {
    expect(errorOf(editedJson((json) => (json.checkins.signIn = 100_000)))).toContain('checkins.signIn');
    expect(errorOf(editedJson((json) => (json.checkins.signIn = 2101)))).toContain('上限 2100');
    expect(parseSummary(editedJson((json) => (json.checkins.signIn = 2100))).ok).toBe(true);
    expect(errorOf(editedJson((json) => (json.burdenEvents.rankings = 5000)))).toContain(
      'burdenEvents.rankings',
    );
    expect(errorOf(editedJson((json) => (json.inventory.groups = 5000)))).toContain('inventory.groups');
  });

  it('never accepts a file that breaks a law, whatever the edit (property)', () => {
    fc.assert(
      fc.property(summaryArb, fc.double({ min: 0.5, max: 50, noNaN: true }), (summary, extra) => {
        const json = JSON.parse(summaryToJson(summary));
        json.hours.byCategory.learning += Math.round(extra * 2) / 2;
        expect(parseSummary(JSON.stringify(json)).ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
