import { render } from 'preact';
import { applyLocaleSetting, uiLocale } from '../../components/i18n';
import { Popup } from '../../components/popup/Popup';
import { readSettings } from '../../utils/db/settingsStore';

// The language setting first (one small read); if it cannot be read, the browser's language is used.
readSettings()
  .then((settings) => applyLocaleSetting(settings.locale))
  .catch(() => undefined)
  .finally(() => {
    document.documentElement.lang = uiLocale() === 'zh_CN' ? 'zh-CN' : 'en';
    render(<Popup />, document.getElementById('app')!);
  });
