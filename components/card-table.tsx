import type { ReactNode } from 'react';

export interface CardColumn<Row> {
  /** The column's header, and its cell's label where a phone shows each row as a card. */
  label: string;
  cell: (row: Row) => ReactNode;
  /** The header is for screen readers only, and the card shows no label (a row of buttons). */
  actions?: boolean;
  className?: string;
}

/**
 * A table of rows (orders, posts, log entries) that becomes one card per row below 760 px
 * (`.table--cards` in app/globals.css): each cell carries its column's label for the card.
 */
export function CardTable<Row>({ rows, rowKey, columns, label }: { rows: readonly Row[]; rowKey: (row: Row) => string; columns: readonly CardColumn<Row>[]; label?: string }) {
  return (
    <div className="table-scroll">
      <table className="table table--cards" aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col">
                {column.actions ? <span className="visually-hidden">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.label} data-label={column.label} className={column.actions ? 'row' : column.className}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
