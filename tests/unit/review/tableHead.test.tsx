// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TableHead } from '../../../components/TableHead';

afterEach(() => {
  cleanup();
});

function headersOf(element: preact.JSX.Element): string[] {
  render(<table>{element}</table>);
  return screen.getAllByRole('columnheader').map((header) => header.textContent ?? '');
}

describe('TableHead', () => {
  it('names each column, in order, as a column header', () => {
    expect(headersOf(<TableHead columns={['日期', '时长']} />)).toEqual(['日期', '时长']);
  });

  it('ends a table of editable records with the actions column, named for screen readers only', () => {
    expect(headersOf(<TableHead columns={['日期', '时长']} actions />)).toEqual(['日期', '时长', '操作']);
    const actions = screen.getAllByRole('columnheader')[2]!;
    expect(actions.querySelector('.visually-hidden')?.textContent).toBe('操作');
  });
});
