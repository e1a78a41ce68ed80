/** The dashboard (also the options page): navigation by hash, the language setting applied, one screen at a time. */
import { useEffect, useState } from 'preact/hooks';
import { readSettings } from '../../utils/db/settingsStore';
import type { Settings } from '../../utils/settings';
import { localDayOf } from '../../utils/stats/localTime';
import { applyLocaleSetting, type PlainMessageKey, preloadBrowserCatalogue, t, uiLocale } from '../i18n';
import { DayEditor } from '../review/day/DayEditor';
import { type PeriodData, PeriodPage, readPeriod } from '../review/PeriodPage';
import { SampleDataBanner } from '../SampleDataBanner';
import { useLiveQuery, useNow } from '../useLiveQuery';
import { EXTERNAL_PAGES } from './externalPages';
import { lazyPage } from './lazyPage';
import { PAGES, type PageName, parseRoute, type Route, routeHash } from './route';
import { WhatsNewNotice } from './WhatsNewNotice';

const RulesPage = lazyPage(() => import('../rules/RulesPage').then((module) => module.RulesPage));
const InventoryPage = lazyPage(() =>
  import('../inventory/InventoryPage').then((module) => module.InventoryPage),
);
const SettingsPage = lazyPage(() => import('../settings/SettingsPage').then((module) => module.SettingsPage));

const OWN_PAGES: ReadonlySet<PageName> = new Set(['week', 'month', 'day', 'inventory', 'rules', 'settings']);
const AVAILABLE: ReadonlySet<PageName> = new Set(
  PAGES.filter((page) => OWN_PAGES.has(page) || EXTERNAL_PAGES[page]),
);

const NAV_KEYS: Record<PageName, PlainMessageKey> = {
  week: 'dashNavWeek',
  month: 'dashNavMonth',
  day: 'dashNavDay',
  inventory: 'dashNavInventory',
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

/** What the page read before its first render: the settings (their language applied) and the view it opens on. */
export interface DashboardStart {
  settings: Settings;
  /** `data` is exactly what the view's live query reads, so that query's first answer redraws nothing */
  period: { anchorDay: string; data: PeriodData } | null;
}

/**
 * Reads, all at once, what the first frame of the page at `hash` needs: the settings, with the chosen language's
 * catalogue loaded, and for the week and month views their data. Undefined when a read fails: the page then reads
 * for itself and shows the error where it belongs. The charts are SVG drawn with the render: the first frame of a
 * period view has its numbers and its four charts (issue 17; docs/benchmarks.md).
 */
export async function readDashboardStart(hash: string, today: string): Promise<DashboardStart | undefined> {
  const route = parseRoute(hash, AVAILABLE);
  const periodKind = route.page === 'week' || route.page === 'month' ? route.page : null;
  const anchorDay = route.day ?? today;
  // The strings of the browser's language (nearly everyone's setting) load while the settings are read.
  preloadBrowserCatalogue();
  try {
    const [settings, period] = await Promise.all([
      readSettings().then(async (settings) => {
        await applyLocaleSetting(settings.locale);
        return settings;
      }),
      periodKind ? readPeriod(periodKind, anchorDay) : null,
    ]);
    return { settings, period: period && { anchorDay, data: period } };
  } catch {
    return undefined;
  }
}

/** Applies settings.locale before the first paint of each language, and again whenever it changes. */
function useLocaleSetting(initial: Settings | undefined): string | null {
  const settings = useLiveQuery(readSettings, [], initial);
  const wanted =
    settings.status === 'ready' ? settings.value.locale : settings.status === 'error' ? 'auto' : null;
  // The start read applied the initial language already.
  const [applied, setApplied] = useState<string | null>(initial?.locale ?? null);
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

export function Dashboard({ start }: { start?: DashboardStart }) {
  const applied = useLocaleSetting(start?.settings);
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
      <SampleDataBanner />
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
        <WhatsNewNotice />
        <CurrentPage route={route} today={today} go={go} start={start?.period ?? null} />
      </main>
      <footer class="muted">{t('dashPrivacyFooter')}</footer>
    </div>
  );
}

interface CurrentPageProps {
  route: Route;
  today: string;
  go: (route: Route) => void;
  /** the period read before the first render, used while it is still the one shown */
  start: DashboardStart['period'];
}

function CurrentPage({ route, today, go, start }: CurrentPageProps) {
  switch (route.page) {
    case 'week':
    case 'month': {
      const anchorDay = route.day ?? today;
      const initial =
        start && start.data.period.kind === route.page && start.anchorDay === anchorDay
          ? start.data
          : undefined;
      return (
        <PeriodPage
          kind={route.page}
          anchorDay={anchorDay}
          today={today}
          initial={initial}
          onNavigate={(day) => go({ page: route.page, day: day === today ? null : day })}
        />
      );
    }
    case 'day':
      return (
        <DayEditor
          day={route.day && route.day <= today ? route.day : today}
          today={today}
          onNavigate={(day) => go({ page: 'day', day: day > today ? today : day })}
        />
      );
    case 'inventory':
      return <InventoryPage today={today} />;
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
