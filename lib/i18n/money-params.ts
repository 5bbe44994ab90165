import { currencyExponent } from '@/lib/money';

/**
 * Money handed to a message as `{amount, number, money}`: the amount in major units and its
 * currency, which the translator turns into the `money` number format, so the sum is written the
 * reader's way (1.234,50 € in Munich) although the refusal was raised without knowing the reader.
 */
export function moneyParams(amountMinor: number, currency: string): { amount: number; currency: string } {
  return { amount: amountMinor / 10 ** currencyExponent(currency), currency };
}
