'use client';
import type { Stripe } from '@stripe/stripe-js';
import { loadBrowserStripe } from '@/lib/payments/browser-stripe';
import type { StripeBrowserConfig } from '@/lib/payments/stripe-config';

let loaded: { key: string; promise: Promise<Stripe | null> } | null = null;

/** One Stripe.js instance per page, loaded on first use rather than on every page view. */
export function stripeForBrowser(config: StripeBrowserConfig): Promise<Stripe | null> {
  const key = `${config.publishableKey}|${config.stripeJsUrl ?? ''}`;
  if (loaded?.key !== key) loaded = { key, promise: loadBrowserStripe(config.publishableKey, config.stripeJsUrl) };
  return loaded.promise;
}
