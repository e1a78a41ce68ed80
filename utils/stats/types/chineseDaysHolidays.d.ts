/**
 * The types of chinese-days' holiday module, which utils/stats/chinaCalendar.ts imports from the package's source
 * (see why there). tsconfig.json points the import here, so tsc checks our use of it, not the package's own source
 * under this project's stricter settings; the bundler still compiles the real module.
 */
export function isWorkday(date: string): boolean;
export function getDayDetail(date: string): { work: boolean; name: string; date: string };
