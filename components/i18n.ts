/**
 * Strings for people, in the page's language: `t(key)` and `t(key, { name: value })` read the active catalogue
 * (components/messages/zh.ts or en.ts, whichever the language setting picks; a page loads only that one).
 * `_locales` keeps only what the manifest and the background's `browser.i18n.getMessage` need: chrome.i18n follows
 * the browser's language and cannot switch at run time. Why this design: docs/i18n.md.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../utils/settings';
import { formatMinutesEn, formatMinutesZh } from '../utils/stats/formatDuration';
import type { Locale } from '../utils/vocabulary/label';
import type { ChineseCatalogue, PlaceholdersOf } from './messages/defineTranslation';
import type { en } from './messages/en';

export type MessageKey = keyof ChineseCatalogue;

export type UiLocale = Locale;

/** Messages without placeholders: `t(key)`. */
export type PlainMessageKey = {
  [Key in MessageKey]: [PlaceholdersOf<ChineseCatalogue[Key]>] extends [never] ? Key : never;
}[MessageKey];

/** Messages with placeholders: `t(key, params)`. */
export type ParamMessageKey = Exclude<MessageKey, PlainMessageKey>;

type EnglishParams<Key extends MessageKey> = (typeof en)[Key] extends (params: infer Params) => string
  ? Params
  : unknown;

/**
 * One value per placeholder of the Chinese message, no more, no fewer; a number where the English message counts
 * it (its plural needs the number), a string or a number elsewhere.
 */
export type MessageParams<Key extends ParamMessageKey> = {
  [Name in PlaceholdersOf<ChineseCatalogue[Key]>]: string | number;
} & EnglishParams<Key>;

type Params = Readonly<Record<string, string | number>>;

/** A language's messages: zh.ts, or en.ts (whose functions take their own params). */
export type Catalogue = { readonly [Key in MessageKey]: string | ((params: never) => string) };

let active: { locale: UiLocale; catalogue: Catalogue } | null = null;

export function t(key: PlainMessageKey): string;
export function t<Key extends ParamMessageKey>(key: Key, params: MessageParams<Key>): string;
export function t(key: MessageKey, params: Params = {}): string {
  const message = active?.catalogue[key];
  // Only before a page has loaded its catalogue, which every page awaits before its first render.
  if (message === undefined) return key;
  if (typeof message === 'function') return (message as (params: Params) => string)(params);
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** The language the pages follow on 'auto': Chinese for any Chinese browser, English for every other. */
export function browserLocale(): UiLocale {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

/** The language of the active catalogue; before one is loaded, the browser's. */
export function uiLocale(): UiLocale {
  return active ? active.locale : browserLocale();
}

/** Makes `t()` read `catalogue`, at once (the tests install one this way). */
export function useCatalogue(locale: UiLocale, catalogue: Catalogue): void {
  active = { locale, catalogue };
}

export function clearCatalogue(): void {
  active = null;
}

const loading = new Map<UiLocale, Promise<Catalogue>>();

/** The catalogue of `locale`, a chunk of its own; loaded once per page, however often it is asked for. */
export function loadCatalogue(locale: UiLocale): Promise<Catalogue> {
  let load = loading.get(locale);
  if (!load) {
    load =
      locale === 'en'
        ? import('./messages/en').then((module) => module.en)
        : import('./messages/zh').then((module) => module.zh);
    // A failed load is not remembered: the next call tries again.
    load.catch(() => loading.delete(locale));
    loading.set(locale, load);
  }
  return load;
}

/**
 * Starts loading the browser's language while a page reads its settings: the setting is 'auto' (or names that
 * language) for nearly everyone, so the catalogue is there when the setting is.
 */
export function preloadBrowserCatalogue(): void {
  loadCatalogue(browserLocale()).catch(() => undefined);
}

let latestRequest = 0;

/** Applies settings.locale: loads that language's catalogue and makes it the active one. */
export async function applyLocaleSetting(locale: Settings['locale']): Promise<void> {
  const request = ++latestRequest;
  const wanted = locale === 'auto' ? browserLocale() : locale;
  const catalogue = await loadCatalogue(wanted);
  // A language chosen while this one loaded wins, whichever arrives first.
  if (request === latestRequest) useCatalogue(wanted, catalogue);
}

/** Minutes in the page's language: 1小时25分 or 1 h 25 min. */
export function formatMinutes(minutes: number): string {
  return uiLocale() === 'zh_CN' ? formatMinutesZh(minutes) : formatMinutesEn(minutes);
}
