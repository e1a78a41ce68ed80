import { render } from 'preact';
import { applyLocaleSetting, preloadBrowserCatalogue, t, uiLocale } from '../../components/i18n';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { readSettings } from '../../utils/db/settingsStore';
import { DEFAULT_SETTINGS } from '../../utils/settings';

preloadBrowserCatalogue();
// A first install has no settings row yet: the defaults, in the browser's language.
readSettings()
  .catch(() => DEFAULT_SETTINGS)
  .then(async (settings) => {
    await applyLocaleSetting(settings.locale);
    document.documentElement.lang = uiLocale() === 'zh_CN' ? 'zh-CN' : 'en';
    document.title = t('welcomeTitle');
    render(<WelcomePage settings={settings} />, document.getElementById('app')!);
  })
  .catch((error: unknown) => console.error('[指尖账本] the welcome page could not start', error));
