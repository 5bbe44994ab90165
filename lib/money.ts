// Money is integer minor units plus an ISO 4217 currency; these helpers are the only place that
// knows how many decimals a currency has (JPY has none, EUR two, …).

export interface Money {
  amountMinor: number;
  currency: string;
}

export function currencyExponent(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function isKnownCurrency(currency: string): boolean {
  if (!/^[A-Z]{3}$/.test(currency)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency });
    return true;
  } catch {
    return false;
  }
}

export function formatMoney(amountMinor: number, currency: string, locale = 'en-US'): string {
  const exponent = currencyExponent(currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountMinor / 10 ** exponent);
}

/** Parses what a person types as a price ("25", "25.50", "1,299.99") into minor units; null when it is not a price. */
export function parseMoneyInput(input: string, currency: string): number | null {
  const cleaned = input.trim().replace(/[\s,]/g, '');
  const exponent = currencyExponent(currency);
  const pattern = exponent === 0 ? /^\d{1,9}$/ : new RegExp(`^\\d{1,9}(\\.\\d{1,${exponent}})?$`);
  if (!pattern.test(cleaned)) return null;
  const [whole = '0', fraction = ''] = cleaned.split('.');
  return Number(whole) * 10 ** exponent + Number(fraction.padEnd(exponent, '0') || '0');
}
