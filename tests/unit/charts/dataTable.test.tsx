// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable } from '../../../components/charts/DataTable';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const table = (visible?: boolean) => (
  <DataTable caption="每天" columns={['日期', '用时']} rows={[['周一', '1小时']]} visible={visible} />
);

describe('a chart’s data table', () => {
  it('when hidden, is left out of the first frame and joins the page once it is painted', async () => {
    render(table());
    expect(screen.queryByRole('table')).toBeNull();
    const joined = await screen.findByRole('table', { name: '每天' });
    expect(joined.textContent).toContain('1小时');
    expect(joined.classList.contains('visually-hidden')).toBe(true);
  });

  it('when visible, is in the first frame', () => {
    render(table(true));
    expect(screen.getByRole('table', { name: '每天' }).textContent).toContain('周一');
  });

  it('in a page painted long ago (a view opened later), is there in the first render', () => {
    const entry = { name: 'first-contentful-paint', entryType: 'paint', startTime: 80 } as PerformanceEntry;
    vi.spyOn(performance, 'getEntriesByName').mockImplementation((name) =>
      name === 'first-contentful-paint' ? [entry] : [],
    );
    render(table());
    expect(screen.getByRole('table', { name: '每天' })).toBeTruthy();
  });
});
