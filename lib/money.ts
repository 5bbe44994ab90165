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

/** The mark a locale writes before decimals: "." in en and de-CH, "," in de, fr and it. */
function decimalMarkOf(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/**
 * Which of "." and "," separates the decimals in a typed number, or null when none does. The last
 * mark does when both appear (1.234,50 · 1,234.50); one repeated mark only groups (1.234.567); a
 * single mark before exactly three digits groups unless it is the reader's decimal mark, so
 * "1.999" is 1999 in Munich but a price with three decimals (refused) in London.
 */
function decimalMarkIn(text: string, localeDecimal: string): '.' | ',' | null {
  const last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  if (last < 0) return null;
  const mark = text[last] as '.' | ',';
  if (text.includes(mark === '.' ? ',' : '.')) return mark;
  if (text.indexOf(mark) !== last) return null;
  return mark !== localeDecimal && text.length - last - 1 === 3 ? null : mark;
}

/**
 * Parses what a person types as a price into minor units; null when it is not a price. The
 * reader's own way is read as well as the English one in every locale: "25,50", "1.234,50" (de),
 * "1 234,50" (fr), "1’234.50" (de-CH), "25.50", "1,299.99".
 */
export function parseMoneyInput(input: string, currency: string, locale = 'en'): number | null {
  const text = input.trim();
  if (!/^\d[\d.,\s'’]*$/.test(text) || /\D$/.test(text)) return null;
  const exponent = currencyExponent(currency);
  const mark = decimalMarkIn(text, decimalMarkOf(locale));
  const cut = mark ? text.lastIndexOf(mark) : text.length;
  const fraction = text.slice(cut + 1);
  // Thousands are grouped by one mark, in groups of three: "12.34.56" is not a price in any language.
  const wholeText = text.slice(0, cut);
  const groups = wholeText.split(/[.,\s'’]/);
  if (new Set(wholeText.replace(/\d/g, '')).size > 1) return null;
  if (groups.length > 1 && groups.some((group, index) => !(index === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(group))) return null;
  const whole = groups.join('');
  if (!/^\d{1,9}$/.test(whole) || fraction.length > exponent || (mark && !/^\d+$/.test(fraction))) return null;
  return Number(whole) * 10 ** exponent + Number(fraction.padEnd(exponent, '0') || '0');
}

/** Minor units as a price field shows them to this reader: "25,50" in de, "25.50" in en, "2500" for JPY. */
export function formatMoneyInput(amountMinor: number, currency: string, locale = 'en'): string {
  const exponent = currencyExponent(currency);
  return new Intl.NumberFormat(locale, { minimumFractionDigits: exponent, maximumFractionDigits: exponent, useGrouping: false }).format(amountMinor / 10 ** exponent);
}
