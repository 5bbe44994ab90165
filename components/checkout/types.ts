import type { StripeBrowserConfig } from '@/lib/payments/stripe-config';

/** What a Buy button needs from the page: where Stripe.js lives and whether someone is signed in. */
export interface BuyContext {
  stripe: StripeBrowserConfig;
  signedIn: boolean;
}
