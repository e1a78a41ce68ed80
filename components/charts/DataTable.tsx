/** The numbers behind a chart as a table: visually hidden, read by screen readers and copied by keyboard users. */
import type { ComponentChildren } from 'preact';
import { TableHead } from '../TableHead';
import { useFirstPaintDone } from '../useFirstPaintDone';

export interface DataTableProps {
  caption: string;
  columns: readonly string[];
  /** the first cell of each row is its header */
  rows: readonly (readonly ComponentChildren[])[];
  visible?: boolean;
}

export function DataTable({ caption, columns, rows, visible = false }: DataTableProps) {
  // A hidden table is about a third of a period view's elements and shows nothing to the eye: it joins the page in
  // the frame after the first paint, so the cards and charts are laid out and painted without it (issue 17).
  const firstPaintDone = useFirstPaintDone();
  if (!visible && !firstPaintDone) return null;
  return (
    <table class={visible ? 'data-table' : 'data-table visually-hidden'}>
      <caption>{caption}</caption>
      <TableHead columns={columns} />
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            <th scope="row">{row[0]}</th>
            {row.slice(1).map((cell, cellIndex) => (
              <td key={cellIndex}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
