// Why a post waits for review, kept as a message key with its params (JSON in post_reviews.reasons),
// so the admin reads it in their language. Rows held before this were stored as English text.
import { moneyParams } from '@/lib/i18n/money-params';
import type { MessageParams } from '@/lib/i18n/say';

export interface HeldReason {
  key: string;
  params?: MessageParams;
}

export const NEW_BRAND_REASON = JSON.stringify({ key: 'admin.held.reasons.newBrand' } satisfies HeldReason);

export function prohibitedTermsReason(terms: string[]): string {
  return JSON.stringify({ key: 'admin.held.reasons.prohibitedTerms', params: { terms: terms.join(', ') } } satisfies HeldReason);
}

/** Both prices in the post's currency, written the reader's way ({price, number, money}). */
export function lowPriceReason(lowestMinor: number, usualMinor: number, currency: string): string {
  const params = { price: moneyParams(lowestMinor, currency).amount, usual: moneyParams(usualMinor, currency).amount, currency };
  return JSON.stringify({ key: 'admin.held.reasons.lowPrice', params } satisfies HeldReason);
}

/** A stored reason as a key and params; an old English reason comes back as null (shown as written). */
export function parseHeldReason(stored: string): HeldReason | null {
  if (!stored.startsWith('{')) return null;
  try {
    const reason = JSON.parse(stored) as Partial<HeldReason>;
    return typeof reason.key === 'string' ? { key: reason.key, params: reason.params } : null;
  } catch {
    return null;
  }
}
