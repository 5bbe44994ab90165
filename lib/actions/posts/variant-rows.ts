// The option rows of the composer and the editor (label, price, stock, SKU arrive as parallel form
// fields): one schema for them and one parse into variants, prices read in the reader's locale.
import { z } from 'zod';
import { repeated } from '@/lib/actions/form-fields';
import { DomainError } from '@/lib/errors';
import { requestLocale } from '@/lib/i18n/translator';
import { parseMoneyInput } from '@/lib/money';

export const variantRowFields = {
  variantLabel: repeated(z.string().trim().max(40, 'errors.post.labelTooLong')),
  variantPrice: repeated(z.string()),
  variantStock: repeated(z.string()),
  variantSku: repeated(z.string().trim().max(40, 'errors.post.skuTooLong')),
};

type VariantRows = { [K in keyof typeof variantRowFields]: z.output<(typeof variantRowFields)[K]> };

export async function parseVariantRows(rows: VariantRows, currency: string) {
  const locale = await requestLocale();
  return rows.variantLabel.map((label, index) => {
    const priceText = rows.variantPrice[index] ?? '';
    const priceMinor = parseMoneyInput(priceText, currency, locale);
    if (priceMinor === null) throw new DomainError('invalid_input', 'errors.post.notAPrice', `variants.${index}.price`, { params: { price: priceText } });
    const stockText = (rows.variantStock[index] ?? '').trim();
    if (!/^\d+$/.test(stockText)) throw new DomainError('invalid_input', 'errors.post.stockWhole', `variants.${index}.stock`);
    return { label, priceMinor, stock: Number(stockText), sku: rows.variantSku[index] || null };
  });
}
