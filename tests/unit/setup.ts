// Every unit test runs in the time zone of most users; tests of other zones set process.env.TZ themselves.
process.env.TZ = 'Asia/Shanghai';

// IndexedDB for Dexie, installed before any test module imports Dexie (which captures it at import).
import 'fake-indexeddb/auto';
import { beforeEach, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { useCatalogue } from '../../components/i18n';
import { zh } from '../../components/messages/zh';

// Every test starts on the Chinese pages of a Chinese browser, as most users do; a test of English installs en.ts.
beforeEach(() => {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
  useCatalogue('zh_CN', zh);
});
