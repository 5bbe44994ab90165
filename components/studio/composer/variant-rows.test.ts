import { describe, expect, it } from 'vitest';
import { canRemove, variantRows, variantRowsReducer, type VariantAction, type VariantRows } from './variant-rows';

const run = (state: VariantRows, ...actions: VariantAction[]) => actions.reduce(variantRowsReducer, state);
const saved = { id: '6f1c1f8e-6a55-4b43-9f0e-0d2c1d1b7a11', label: 'M', price: '25.00', stock: '5', sku: 'TEE-M' };

describe('variant rows', () => {
  it('a new post starts with one empty row; an edited post with its saved variants', () => {
    expect(variantRows().rows).toEqual([{ key: 0, label: '', price: '', stock: '', sku: '' }]);
    expect(variantRows([saved]).rows).toEqual([{ ...saved, key: 0 }]);
  });

  it('added rows get keys no other row has, even after a removal', () => {
    const state = run(variantRows(), { type: 'variantAdded' }, { type: 'variantRemoved', key: 1 }, { type: 'variantAdded' }, { type: 'variantAdded' });
    const keys = state.rows.map((row) => row.key);
    expect(keys).toEqual([0, 2, 3]);
  });

  it('an edit changes only its own row and only the fields given', () => {
    const state = run(variantRows(), { type: 'variantAdded' }, { type: 'variantChanged', key: 1, edit: { price: '27,50' } }, { type: 'variantChanged', key: 0, edit: { label: 'S' } });
    expect(state.rows.map(({ label, price }) => [label, price])).toEqual([
      ['S', ''],
      ['', '27,50'],
    ]);
  });

  it('keeps the last row and every saved row; removes a new one', () => {
    expect(run(variantRows(), { type: 'variantRemoved', key: 0 }).rows).toHaveLength(1);
    const edited = run(variantRows([saved]), { type: 'variantAdded' });
    expect(canRemove(edited, edited.rows[0]!)).toBe(false);
    expect(canRemove(edited, edited.rows[1]!)).toBe(true);
    expect(run(edited, { type: 'variantRemoved', key: 0 }).rows.map((row) => row.key)).toEqual([0, 1]);
    expect(run(edited, { type: 'variantRemoved', key: 1 }).rows.map((row) => row.id)).toEqual([saved.id]);
  });

  it('an edit or removal of a row that is gone changes nothing', () => {
    const state = variantRows();
    expect(run(state, { type: 'variantChanged', key: 9, edit: { label: 'X' } }).rows).toEqual(state.rows);
    expect(run(state, { type: 'variantRemoved', key: 9 })).toBe(state);
  });
});
