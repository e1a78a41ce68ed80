/**
 * The vocabulary (this folder) names each fixed list (check-in types, platform categories, apps outside the
 * browser, levels, provinces) once, in one module per list, for every screen, the summary text and the merged
 * report; a new member without its names fails to compile. A list's module loads only with the pages that name it.
 */

/** The page's language (a setting) and the summary text's. */
export type Locale = 'zh_CN' | 'en';

export interface Label {
  zh: string;
  en: string;
}

export function labelIn(label: Label, locale: Locale): string {
  return locale === 'zh_CN' ? label.zh : label.en;
}
