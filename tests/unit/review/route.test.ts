import { describe, expect, it } from 'vitest';
import { PAGES, type PageName, parseRoute, routeHash } from '../../../components/dashboard/route';

const ALL: ReadonlySet<PageName> = new Set(PAGES);
const OWN: ReadonlySet<PageName> = new Set<PageName>(['week', 'month', 'day', 'rules', 'settings']);

describe('dashboard navigation by hash', () => {
  it('opens the week view when there is no hash or an unknown one', () => {
    expect(parseRoute('', ALL)).toEqual({ page: 'week', day: null });
    expect(parseRoute('#nonsense', ALL)).toEqual({ page: 'week', day: null });
  });

  it('keeps a dated page and its day, and round-trips through the hash', () => {
    const route = parseRoute('#month/2025-06-02', ALL);
    expect(route).toEqual({ page: 'month', day: '2025-06-02' });
    expect(routeHash(route)).toBe('#month/2025-06-02');
  });

  it('ignores a day that does not exist', () => {
    expect(parseRoute('#day/2025-02-30', ALL)).toEqual({ page: 'day', day: null });
  });

  it('falls back to the week view for a page this version does not have', () => {
    expect(parseRoute('#share', OWN)).toEqual({ page: 'week', day: null });
    expect(parseRoute('#rules', OWN)).toEqual({ page: 'rules', day: null });
  });
});
