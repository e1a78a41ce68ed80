import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import {
  applyLocaleSetting,
  clearCatalogue,
  formatMinutes,
  loadCatalogue,
  t,
  uiLocale,
} from '../../../components/i18n';

describe('the language setting', () => {
  it('reads English messages, with their values filled in, when the user picks English', async () => {
    await applyLocaleSetting('en');
    expect(uiLocale()).toBe('en');
    expect(t('dashOutsideWeek', { afterHours: '3 h 10 min', restDays: '1 h 5 min' })).toBe(
      'This week: 3 h 10 min outside working hours, 1 h 5 min on rest days',
    );
    expect(formatMinutes(85)).toBe('1 h 25 min');
  });

  it('reads Chinese messages when the user picks Chinese, whatever the browser language', async () => {
    vi.mocked(browser.i18n.getUILanguage).mockReturnValue('en-US');
    await applyLocaleSetting('zh_CN');
    expect(t('dashOutsideWeek', { afterHours: formatMinutes(190), restDays: formatMinutes(65) })).toBe(
      '本周工作时间外 3小时10分，周末 1小时5分',
    );
    expect(t('storageError', { detail: 'QuotaExceededError' })).toBe(
      '读取本机数据出错：QuotaExceededError。数据没有被改动。',
    );
  });

  it('follows the browser on "auto": Chinese for any Chinese browser, English for every other', async () => {
    for (const [language, expected] of [
      ['zh-CN', 'zh_CN'],
      ['zh-TW', 'zh_CN'],
      ['en-US', 'en'],
      ['fr', 'en'],
    ] as const) {
      vi.mocked(browser.i18n.getUILanguage).mockReturnValue(language);
      await applyLocaleSetting('auto');
      expect(uiLocale(), language).toBe(expected);
      expect(t('dashNavSettings'), language).toBe(expected === 'en' ? 'Settings' : '设置');
    }
  });

  it('keeps the language chosen last when an earlier choice finishes loading after it', async () => {
    const first = applyLocaleSetting('en');
    const second = applyLocaleSetting('zh_CN');
    await Promise.all([second, first]);
    expect(uiLocale()).toBe('zh_CN');
    expect(t('dashNavSettings')).toBe('设置');
  });

  it('loads each catalogue once, however often a page asks for it', () => {
    expect(loadCatalogue('en')).toBe(loadCatalogue('en'));
    expect(loadCatalogue('en')).not.toBe(loadCatalogue('zh_CN'));
  });

  it('shows the key itself, never a blank, before a page has loaded any catalogue', () => {
    clearCatalogue();
    expect(t('dashNavSettings')).toBe('dashNavSettings');
  });
});
