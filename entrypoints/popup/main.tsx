import { render } from 'preact';
import { applyLocaleSetting, uiLocale } from '../../components/i18n';
import { Popup } from '../../components/popup/Popup';
import { type TodayView, todayView } from '../../components/popup/todayView';
import { readSettings } from '../../utils/db/settingsStore';

// The language setting and today's numbers are read together, so the first frame is already complete; if
// either read fails, the browser's language is used and the popup's live query shows the error.
Promise.all([
  readSettings().then((settings) => applyLocaleSetting(settings.locale)),
  todayView(Date.now()),
] as const)
  .then(([, view]) => view)
  .catch((): TodayView | undefined => undefined)
  .then((view) => {
    document.documentElement.lang = uiLocale() === 'zh_CN' ? 'zh-CN' : 'en';
    render(<Popup initialView={view} />, document.getElementById('app')!);
  });
