/**
 * Strings for people come from _locales (zh_CN first); this is the one way components read them.
 * chrome.i18n follows the browser's language and cannot switch at run time, so a page that honours the
 * language setting loads that locale's messages.json into its bundle (no network: the page CSP forbids it)
 * and `t()` reads that table first.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../utils/settings';
import { formatMinutesEn, formatMinutesZh } from '../utils/stats/formatDuration';

/** Every key of public/_locales/zh_CN/messages.json (WXT generates the union), so a typo fails to compile. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export type UiLocale = 'zh_CN' | 'en';

/** The shape of a _locales/<lang>/messages.json file. */
export type MessageTable = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> } | undefined
>;

let chosen: { locale: UiLocale; table: MessageTable } | null = null;

export function t(key: MessageKey, ...substitutions: string[]): string {
  const entry = chosen?.table[key];
  if (entry) return substitute(entry, substitutions);
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** 'zh_CN' unless the chosen language (or, on 'auto', the browser's UI language) is not Chinese. */
export function uiLocale(): UiLocale {
  if (chosen) return chosen.locale;
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

/** Makes `t()` read `table` first; null goes back to the browser's language. */
export function useMessageTable(locale: UiLocale, table: MessageTable): void {
  chosen = { locale, table };
}

export function clearMessageTable(): void {
  chosen = null;
}

/**
 * Applies settings.locale. The tables are separate chunks, loaded only when the user picked a language, so
 * a page that follows the browser pays nothing for them.
 */
export async function applyLocaleSetting(locale: Settings['locale']): Promise<void> {
  if (locale === 'auto') {
    clearMessageTable();
    return;
  }
  const table =
    locale === 'en'
      ? (await import('../public/_locales/en/messages.json')).default
      : (await import('../public/_locales/zh_CN/messages.json')).default;
  useMessageTable(locale, table as MessageTable);
}

/** Minutes in the page's language: 1小时25分 or 1 h 25 min. */
export function formatMinutes(minutes: number): string {
  return uiLocale() === 'zh_CN' ? formatMinutesZh(minutes) : formatMinutesEn(minutes);
}

/** Chrome's rules: `$NAME$` is the named placeholder's content, `$1`..`$9` a substitution, `$$` a dollar. */
function substitute(
  entry: { message: string; placeholders?: Record<string, { content: string }> },
  substitutions: readonly string[],
): string {
  const numbered = (text: string) =>
    text.replace(/\$(\d)/g, (_match, digit: string) => substitutions[Number(digit) - 1] ?? '');
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  return entry.message.replace(
    /\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g,
    (match, name: string | undefined, digit: string | undefined) => {
      if (match === '$$') return '$';
      if (name !== undefined) return numbered(placeholders.get(name.toLowerCase()) ?? '');
      return substitutions[Number(digit) - 1] ?? '';
    },
  );
}
