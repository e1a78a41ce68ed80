import { afterEach, describe, expect, it } from 'vitest';
import { applyLocaleSetting, clearMessageTable, formatMinutes, t, uiLocale } from '../../../components/i18n';

afterEach(() => clearMessageTable());

describe('the dashboard language switch', () => {
  it('reads English messages, with substitutions, when the user picks English', async () => {
    await applyLocaleSetting('en');
    expect(uiLocale()).toBe('en');
    expect(t('dashOutsideWeek', '3 h 10 min', '1 h 5 min')).toBe(
      'This week: 3 h 10 min outside working hours, 1 h 5 min on rest days',
    );
    expect(formatMinutes(85)).toBe('1 h 25 min');
  });

  it('reads Chinese messages when the user picks Chinese, whatever the browser language', async () => {
    await applyLocaleSetting('zh_CN');
    expect(t('dashOutsideWeek', formatMinutes(190), formatMinutes(65))).toBe(
      '本周工作时间外 3小时10分，周末 1小时5分',
    );
    expect(t('storageError', 'QuotaExceededError')).toBe(
      '读取本机数据出错：QuotaExceededError。数据没有被改动。',
    );
  });
});
