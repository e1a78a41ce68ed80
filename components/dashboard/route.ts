/** The dashboard's navigation lives in the URL hash (#week, #month/2025-06-02, #day/2025-06-02...), so reload and links keep the place. */

export const PAGES = [
  'week',
  'month',
  'day',
  'inventory',
  'share',
  'merge',
  'rules',
  'data',
  'settings',
] as const;
export type PageName = (typeof PAGES)[number];

export interface Route {
  page: PageName;
  /** for week, month and day: a day inside the period or the day itself; null = today */
  day: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** '#month/2025-06-02' -> month with that day; an unknown page, or a page not built into this version, is the week view. */
export function parseRoute(hash: string, available: ReadonlySet<PageName>): Route {
  const [name = '', parameter = ''] = hash.replace(/^#/, '').split('/');
  const page = (PAGES as readonly string[]).includes(name) ? (name as PageName) : 'week';
  if (!available.has(page)) return { page: 'week', day: null };
  const datedPage = page === 'week' || page === 'month' || page === 'day';
  return { page, day: datedPage && DAY.test(parameter) && isRealDay(parameter) ? parameter : null };
}

export function routeHash(route: Route): string {
  return route.day ? `#${route.page}/${route.day}` : `#${route.page}`;
}

function isRealDay(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number);
  const at = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1));
  return at.getUTCFullYear() === year && at.getUTCMonth() + 1 === month && at.getUTCDate() === date;
}
