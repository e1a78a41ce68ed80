// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearMessageTable, type MessageTable, useMessageTable } from '../../../components/i18n';
import { TableHead } from '../../../components/TableHead';
import zhMessages from '../../../public/_locales/zh_CN/messages.json';

beforeEach(() => useMessageTable('zh_CN', zhMessages as MessageTable));
afterEach(() => {
  cleanup();
  clearMessageTable();
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
