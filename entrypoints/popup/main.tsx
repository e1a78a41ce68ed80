import { render } from 'preact';
import { applyLocaleSetting, preloadBrowserCatalogue, uiLocale } from '../../components/i18n';
import { PopupView } from '../../components/popup/PopupView';
import { type TodayView, todayViewOf } from '../../components/popup/todayView';
import { whenIdle } from '../../components/whenIdle';
import { readTodayRecords } from '../../utils/db/todayFirstRead';
import { localDayOf } from '../../utils/stats/localTime';

const app = document.getElementById('app')!;
const openedAt = Date.now();
// The strings of the browser's language (the one nearly every user keeps) load while the database is read.
preloadBrowserCatalogue();
// The first frame is drawn from one bare IndexedDB read; the live popup (with Dexie, most of the script) loads
// after it, so that compiling it does not hold up the read (docs/benchmarks.md).
const firstView: Promise<TodayView | undefined> = readTodayRecords(localDayOf(openedAt))
  .then(async (records) => {
    if (records === null) return undefined;
    await applyLocaleSetting(records.settings.locale);
    return todayViewOf(records, openedAt);
  })
  .catch(() => undefined);

firstView
  .then(async (view) => {
    if (view === undefined) {
      // No first read (a database the worker has not created yet, or a failed read): the live popup reads the
      // language and shows loading, then the numbers or the error (in the browser's language if even that fails).
      const { readSettings } = await import('../../utils/db/settingsStore');
      await readSettings()
        .then(
          (settings) => applyLocaleSetting(settings.locale),
          () => applyLocaleSetting('auto'),
        )
        .catch(() => undefined);
    }
    document.documentElement.lang = uiLocale() === 'zh_CN' ? 'zh-CN' : 'en';
    if (view !== undefined) {
      render(<PopupView result={{ status: 'ready', value: view }} now={openedAt} />, app);
      // The numbers are painted first; the live popup (controls, subscriptions) takes over once that is done.
      await new Promise<void>((resolve) => whenIdle(resolve));
    }
    const { Popup } = await import('../../components/popup/Popup');
    render(<Popup initialView={view} />, app);
  })
  .catch((error: unknown) => console.error('[指尖账本] the popup could not start', error));
