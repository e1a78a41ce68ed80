/** The dashboard (also the options page): navigation by hash, the language setting applied, one screen at a time. */
import { useEffect, useState } from 'preact/hooks';
import { readSettings } from '../../utils/db/settingsStore';
import { localDayOf } from '../../utils/stats/localTime';
import { applyLocaleSetting, type MessageKey, t, uiLocale } from '../i18n';
import { DayEditor } from '../review/DayEditor';
import { PeriodPage } from '../review/PeriodPage';
import { useLiveQuery, useNow } from '../useLiveQuery';
import { EXTERNAL_PAGES } from './externalPages';
import { lazyPage } from './lazyPage';
import { PAGES, type PageName, parseRoute, type Route, routeHash } from './route';

const RulesPage = lazyPage(() => import('../rules/RulesPage').then((module) => module.RulesPage));
const SettingsPage = lazyPage(() => import('../settings/SettingsPage').then((module) => module.SettingsPage));

const OWN_PAGES: ReadonlySet<PageName> = new Set(['week', 'month', 'day', 'rules', 'settings']);
const AVAILABLE: ReadonlySet<PageName> = new Set(
  PAGES.filter((page) => OWN_PAGES.has(page) || EXTERNAL_PAGES[page]),
);

const NAV_KEYS: Record<PageName, MessageKey> = {
  week: 'dashNavWeek',
  month: 'dashNavMonth',
  day: 'dashNavDay',
  share: 'dashNavShare',
  merge: 'dashNavMerge',
  rules: 'dashNavRules',
  data: 'dashNavData',
  settings: 'dashNavSettings',
};

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash, AVAILABLE));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash, AVAILABLE));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Applies settings.locale before the first paint of each language, and again whenever it changes. */
function useLocaleSetting(): string | null {
  const settings = useLiveQuery(readSettings, []);
  const wanted =
    settings.status === 'ready' ? settings.value.locale : settings.status === 'error' ? 'auto' : null;
  const [applied, setApplied] = useState<string | null>(null);
  useEffect(() => {
    if (wanted === null) return;
    let current = true;
    applyLocaleSetting(wanted).then(
      () => current && setApplied(wanted),
      () => current && setApplied('auto'),
    );
    return () => {
      current = false;
    };
  }, [wanted]);
  useEffect(() => {
    if (applied === null) return;
    document.documentElement.lang = uiLocale() === 'zh_CN' ? 'zh-CN' : 'en';
    document.title = t('dashTitle');
  }, [applied]);
  return applied;
}

export function Dashboard() {
  const applied = useLocaleSetting();
  const route = useRoute();
  // Today moves at midnight while the page stays open.
  const today = localDayOf(useNow(60_000));
  if (applied === null) return null;
  const go = (next: Route) => {
    location.hash = routeHash(next);
  };
  return (
    <div class="dashboard" key={applied}>
      <a class="skip-link" href="#main">
        {t('dashSkipToContent')}
      </a>
      <header class="top">
        <h1>{t('extName')}</h1>
        <nav aria-label={t('dashNavLabel')}>
          <ul>
            {PAGES.filter((page) => AVAILABLE.has(page)).map((page) => (
              <li key={page}>
                <a href={`#${page}`} aria-current={route.page === page ? 'page' : undefined}>
                  {t(NAV_KEYS[page])}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <CurrentPage route={route} today={today} go={go} />
      </main>
      <footer class="muted">{t('dashPrivacyFooter')}</footer>
    </div>
  );
}

function CurrentPage({ route, today, go }: { route: Route; today: string; go: (route: Route) => void }) {
  switch (route.page) {
    case 'week':
    case 'month':
      return (
        <PeriodPage
          kind={route.page}
          anchorDay={route.day ?? today}
          today={today}
          onNavigate={(day) => go({ page: route.page, day: day === today ? null : day })}
        />
      );
    case 'day':
      return (
        <DayEditor
          day={route.day && route.day <= today ? route.day : today}
          today={today}
          onNavigate={(day) => go({ page: 'day', day: day > today ? today : day })}
        />
      );
    case 'rules':
      return <RulesPage />;
    case 'settings':
      return <SettingsPage />;
    default: {
      const External = EXTERNAL_PAGES[route.page];
      return External ? <External /> : null;
    }
  }
}
