import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Catalogue, type MessageKey, t, useCatalogue } from '../../../components/i18n';
import { en } from '../../../components/messages/en';
import { zh } from '../../../components/messages/zh';

const KEYS = Object.keys(zh) as MessageKey[];

function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

/** A value for every placeholder of the Chinese message: `count` for each (a count of 1 or 2 reads as one). */
function sampleParams(key: MessageKey, count: number): Record<string, number> {
  return Object.fromEntries(placeholdersOf(zh[key]).map((name) => [name, count]));
}

/** `t` with sample values, for keys whatever their params (the types are checked in messageTypes.test.ts). */
const anyT = t as (key: MessageKey, params?: Record<string, number>) => string;

describe('the message catalogues', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual([...KEYS].sort());
  });

  it('give each English template exactly the placeholders of the Chinese message', () => {
    for (const key of KEYS) {
      const message = en[key];
      if (typeof message === 'string') expect(placeholdersOf(message), key).toEqual(placeholdersOf(zh[key]));
    }
  });

  it.each([
    ['en', en],
    ['zh_CN', zh],
  ] as const)('never leave a key or an unfilled placeholder on the %s pages', (locale, catalogue) => {
    useCatalogue(locale, catalogue as Catalogue);
    for (const key of KEYS) {
      for (const count of [1, 2]) {
        const text = anyT(key, sampleParams(key, count));
        expect(text, key).not.toBe(key);
        expect(text.trim(), key).not.toBe('');
        expect(text, key).not.toMatch(/\{\w*\}|undefined|NaN|\$\w+\$/);
      }
    }
  });

  it('keep the product name of the manifest', () => {
    for (const [locale, catalogue] of [
      ['zh_CN', zh],
      ['en', en],
    ] as const) {
      const manifestMessages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
      expect(catalogue.extName).toBe(manifestMessages.extName.message);
    }
  });
});

describe('placeholders', () => {
  it('are filled by name, in the order each language puts them', () => {
    useCatalogue('zh_CN', zh);
    expect(t('dashWeekTitle', { year: 2025, week: 23, firstDay: '6月2日', lastDay: '6月8日' })).toBe(
      '2025年第23周（6月2日–6月8日）',
    );
    useCatalogue('en', en);
    expect(t('dashWeekTitle', { year: 2025, week: 23, firstDay: 'Jun 2', lastDay: 'Jun 8' })).toBe(
      'Week 23, 2025 (Jun 2 – Jun 8)',
    );
    expect(t('dashDayTitle', { date: 'Jun 2', weekday: 'Mon' })).toBe('Mon, Jun 2');
  });

  it('take numbers and strings, and leave braces and dollars in a value alone', () => {
    useCatalogue('zh_CN', zh);
    expect(t('popupCount', { count: 3 })).toBe('3 次');
    expect(t('rulesSaved', { platform: '{platform} $1 $$' })).toBe(
      '已添加「{platform} $1 $$」，打开它的网页时会开始计时。',
    );
  });

  it('name months in English and count them in Chinese', () => {
    useCatalogue('en', en);
    expect(t('dashMonthTitle', { year: 2025, month: 6 })).toBe('Jun 2025');
    expect(t('dashDate', { month: 12, dayOfMonth: 24 })).toBe('Dec 24');
    useCatalogue('zh_CN', zh);
    expect(t('dashMonthTitle', { year: 2025, month: 6 })).toBe('2025年6月');
    expect(t('dashDate', { month: 12, dayOfMonth: 24 })).toBe('12月24日');
  });
});

describe('English plurals', () => {
  it('count one summary and one file in the singular', () => {
    useCatalogue('en', en);
    expect(t('mergeReadCount', { summaries: 1, files: 1 })).toBe('1 summary read from 1 file.');
    expect(t('mergeReadCount', { summaries: 2, files: 3 })).toBe('2 summaries read from 3 files.');
    expect(t('mergeReadCount', { summaries: 0, files: 0 })).toBe('0 summaries read from 0 files.');
  });

  it('agree the verb with the count', () => {
    useCatalogue('en', en);
    expect(t('dataRetentionDue', { count: 1 })).toBe('1 record is past the period and waiting to be tidied.');
    expect(t('dataRetentionDue', { count: 4 })).toBe(
      '4 records are past the period and waiting to be tidied.',
    );
  });

  it('say one minute, one month and one time', () => {
    useCatalogue('en', en);
    expect(t('settingsMinutes', { minutes: 1 })).toBe('1 minute');
    expect(t('settingsMinutes', { minutes: 5 })).toBe('5 minutes');
    expect(t('dataRetentionSaved', { months: 1 })).toBe('Retention set to 1 month.');
    expect(t('mergePeriodTitle', { period: '2026-W47', count: 1 })).toBe('2026-W47 · 1 summary');
    expect(t('dashDuplicatesSentence', { count: 1 })).toBe(
      'Duplicate entry: the same data typed into another system 1 time.',
    );
    expect(t('dataRestoreDoneReplace', { spans: 1, checkins: 2, rollups: 1, others: 1, rules: 0 })).toBe(
      'Replaced: there are now 1 time record, 2 check-ins, 1 daily total, 1 other record (time outside the browser and the like) and 0 platform rules.',
    );
  });

  it('leave the Chinese, which has no plural, as it was', () => {
    useCatalogue('zh_CN', zh);
    expect(t('mergeReadCount', { summaries: 1, files: 1 })).toBe('已读入 1 份摘要，来自 1 个文件。');
  });
});

describe('the manifest strings in _locales', () => {
  // The background's browser.i18n.getMessage keys are typed from these files: one it needs cannot go missing.
  const MANIFEST_AND_BADGE = [
    'extName',
    'extShortName',
    'extDescription',
    'actionTitle',
    'checkinCommandDescription',
    'badgeTiming',
    'badgeTimingMedia',
  ];

  it.each(['zh_CN', 'en'])('hold in %s only what the manifest and the toolbar badge show', (locale) => {
    const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
    expect(Object.keys(messages).sort()).toEqual([...MANIFEST_AND_BADGE].sort());
    for (const [, key] of readFileSync('wxt.config.ts', 'utf8').matchAll(/__MSG_(\w+)__/g)) {
      expect(messages, key).toHaveProperty([key!, 'message']);
    }
  });
});
