// The reader's locale as Stripe's Elements take it: our four languages are Stripe locales as they are,
// and a region Stripe does not know (de-CH) falls back to its language, as the Payment Element would.
import type { StripeElementLocale } from '@stripe/stripe-js';

const STRIPE_REGIONAL = new Set(['en-GB', 'fr-CA', 'es-419', 'pt-BR', 'zh-HK', 'zh-TW']);

export function stripeLocale(locale: string): StripeElementLocale {
  if (STRIPE_REGIONAL.has(locale)) return locale as StripeElementLocale;
  const language = locale.split('-')[0]!.toLowerCase();
  return (['en', 'de', 'fr', 'it'].includes(language) ? language : 'auto') as StripeElementLocale;
}
