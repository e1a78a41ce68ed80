/**
 * The page a fresh install opens (and Settings reopens): what is recorded and what never is, why the browser warns
 * about its permissions, and the one-minute setup. Everything on it can be skipped.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../../utils/settings';
import { saveSettingsAndNotify } from '../configChanges';
import { LanguageOptions } from '../forms/SettingChoices';
import { applyLocaleSetting, t, uiLocale } from '../i18n';
import { SampleDataBanner } from '../SampleDataBanner';
import { WelcomeSetup } from './WelcomeSetup';
import { neverRecordOverview } from './welcomeSetup';

export function WelcomePage({ settings }: { settings: Settings }) {
  const [locale, setLocale] = useState(settings.locale);
  const ledgerUrl = browser.runtime.getURL('/dashboard.html#week');
  // The language applies at once (and is saved at once, like in Settings): the reader needs it to read the rest.
  const chooseLanguage = (next: Settings['locale']) => {
    void applyLocaleSetting(next).then(() => {
      document.documentElement.lang = uiLocale() === 'zh_CN' ? 'zh-CN' : 'en';
      document.title = t('welcomeTitle');
      setLocale(next);
    });
    void saveSettingsAndNotify({ locale: next }).catch((error: unknown) =>
      console.error('[指尖账本] the language could not be saved', error),
    );
  };
  return (
    <div class="dashboard welcome" key={locale}>
      <SampleDataBanner />
      <header class="top">
        <h1>{t('welcomeTitle')}</h1>
        <label class="welcome-language">
          {t('welcomeLanguageLabel')}{' '}
          <select
            value={locale}
            data-testid="welcome-language"
            onChange={(event) =>
              chooseLanguage((event.target as HTMLSelectElement).value as Settings['locale'])
            }
          >
            <LanguageOptions />
          </select>
        </label>
      </header>
      <main id="main">
        <p class="welcome-intro">{t('welcomeIntro')}</p>
        <Recorded />
        <NeverRecorded />
        <Warnings />
        <section class="panel" aria-labelledby="welcome-setup-title">
          <h2 id="welcome-setup-title">{t('welcomeSetupTitle')}</h2>
          <p class="muted">{t('welcomeSetupIntro')}</p>
          <WelcomeSetup settings={{ ...settings, locale }} ledgerUrl={ledgerUrl} />
        </section>
        <p class="muted">{t('welcomeReopenHint')}</p>
      </main>
    </div>
  );
}

function Recorded() {
  return (
    <section class="panel" aria-labelledby="welcome-recorded-title">
      <h2 id="welcome-recorded-title">{t('welcomeRecordedTitle')}</h2>
      <ul>
        <li>{t('welcomeRecordedTime')}</li>
        <li>{t('welcomeRecordedCheckins')}</li>
        <li>{t('welcomeRecordedNot')}</li>
      </ul>
    </section>
  );
}

function NeverRecorded() {
  const { national, provincialCount } = neverRecordOverview();
  const english = uiLocale() !== 'zh_CN';
  return (
    <section class="panel" aria-labelledby="welcome-never-title" data-testid="welcome-never">
      <h2 id="welcome-never-title">{t('welcomeNeverTitle')}</h2>
      <p>{t('welcomeNeverIntro')}</p>
      <ul>
        {national.map((channel) => (
          <li key={channel.id}>{english ? channel.nameEn : channel.name}</li>
        ))}
      </ul>
      {provincialCount > 0 && <p>{t('welcomeNeverLocal', { count: provincialCount })}</p>}
    </section>
  );
}

function Warnings() {
  return (
    <section class="panel" aria-labelledby="welcome-warnings-title">
      <h2 id="welcome-warnings-title">{t('welcomeWarningsTitle')}</h2>
      <dl class="welcome-warnings">
        <dt>{t('welcomeWarningGov')}</dt>
        <dd>{t('welcomeWarningGovWhy')}</dd>
        <dt>{t('welcomeWarningHistory')}</dt>
        <dd>{t('welcomeWarningHistoryWhy')}</dd>
      </dl>
    </section>
  );
}
