import type { createFormatter } from 'use-intl/core';
import { currencyExponent } from '@/lib/money';

/** next-intl's formatter (useFormatter / getFormatter): the reader's locale is already in it. */
export type NumberFormatter = Pick<ReturnType<typeof createFormatter>, 'number'>;

/** Minor units in the reader's way of writing money: 1.234,50 € in Munich, 1 234,50 € in Lyon. */
export function formatMoneyWith(format: NumberFormatter, amountMinor: number, currency: string): string {
  return format.number(amountMinor / 10 ** currencyExponent(currency), { style: 'currency', currency });
}
