/**
 * What the compiler refuses: `npm run check` (tsc) fails if any line marked @ts-expect-error compiles. The test
 * run only shows the right calls work; the wrong ones are in functions that are never called.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../../components/i18n';
import { type Counts, defineTranslation } from '../../../components/messages/defineTranslation';
import { en } from '../../../components/messages/en';

describe('the types of t()', () => {
  it('accept a key and exactly its params', () => {
    expect(t('dashNavWeek')).toBe('本周');
    expect(t('mergeReadCount', { summaries: 2, files: 3 })).toBe('已读入 2 份摘要，来自 3 个文件。');
    expect(t('storageError', { detail: 'QuotaExceededError' })).toContain('QuotaExceededError');
  });

  it('refuse a missing param, an extra param, a wrong key or a string where English counts', () => {
    const refused = () => [
      // @ts-expect-error `files` is missing
      t('mergeReadCount', { summaries: 2 }),
      // @ts-expect-error `folders` is not a placeholder of the message
      t('mergeReadCount', { summaries: 2, files: 3, folders: 1 }),
      // @ts-expect-error no such key
      t('mergeReadCounts', { summaries: 2, files: 3 }),
      // @ts-expect-error a message with placeholders needs its params
      t('mergeReadCount'),
      // @ts-expect-error a message without placeholders takes none
      t('dashNavWeek', { count: 1 }),
      // @ts-expect-error the English message makes a plural of it: a number, not a string
      t('mergeReadCount', { summaries: '2', files: 3 }),
    ];
    expect(typeof refused).toBe('function');
  });
});

describe('the types of a translation', () => {
  it('refuse a different placeholder, different params, a missing key and an extra key', () => {
    const { dashNavWeek: _left, ...withoutOneKey } = en;
    const refused = () => [
      // @ts-expect-error `{n}` is not the Chinese message's `{count}`
      defineTranslation({ ...en, popupCount: '{n}×' }),
      // @ts-expect-error the params lack `files`
      defineTranslation({ ...en, mergeReadCount: ({ summaries }: Counts<'summaries'>) => `${summaries}` }),
      // @ts-expect-error dashNavWeek is missing
      defineTranslation(withoutOneKey),
      // @ts-expect-error zh.ts has no such key
      defineTranslation({ ...en, dashNavYear: 'Year' }),
    ];
    expect(typeof refused).toBe('function');
  });
});
