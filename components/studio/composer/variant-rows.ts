// The variant rows a brand edits in the composer and the edit form: each row is one option with
// its price, stock and SKU as typed. Pure, so the rules (keep one row, never drop a saved one) are
// tested without a browser.

export interface VariantRow {
  /** React's key for the row; new rows count up so two rows never share one. */
  key: number;
  /** The saved variant's id; absent for a row added in this form. */
  id?: string;
  label: string;
  price: string;
  stock: string;
  sku: string;
}

export interface VariantRows {
  rows: VariantRow[];
  nextKey: number;
}

export type VariantEdit = Partial<Pick<VariantRow, 'label' | 'price' | 'stock' | 'sku'>>;

export type VariantAction =
  | { type: 'variantAdded' }
  | { type: 'variantChanged'; key: number; edit: VariantEdit }
  | { type: 'variantRemoved'; key: number };

const emptyRow = (key: number): VariantRow => ({ key, label: '', price: '', stock: '', sku: '' });

/** Rows for a form: the saved variants, or one empty row for a new post. */
export function variantRows(saved: Omit<VariantRow, 'key'>[] = []): VariantRows {
  const rows = saved.length ? saved.map((variant, index) => ({ ...variant, key: index })) : [emptyRow(0)];
  return { rows, nextKey: rows.length };
}

/** A row can go while another is left, and only if it was never saved (orders point at saved ones). */
export function canRemove(state: VariantRows, row: VariantRow): boolean {
  return state.rows.length > 1 && row.id === undefined;
}

export function variantRowsReducer(state: VariantRows, action: VariantAction): VariantRows {
  switch (action.type) {
    case 'variantAdded':
      return { rows: [...state.rows, emptyRow(state.nextKey)], nextKey: state.nextKey + 1 };
    case 'variantChanged':
      return { ...state, rows: state.rows.map((row) => (row.key === action.key ? { ...row, ...action.edit } : row)) };
    case 'variantRemoved': {
      const row = state.rows.find((item) => item.key === action.key);
      return row && canRemove(state, row) ? { ...state, rows: state.rows.filter((item) => item !== row) } : state;
    }
  }
}
