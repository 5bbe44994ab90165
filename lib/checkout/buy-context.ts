// What a Buy button or reply box needs from the page: where Stripe.js lives and whether someone
// is signed in. Built on the server, passed to client components as plain data.
import type { StripeBrowserConfig } from '@/lib/payments/stripe-config';
import { stripeBrowserConfig } from '@/lib/payments/stripe-config';
import { RESERVATION_MINUTES } from './hold';

export interface BuyContext {
  stripe: StripeBrowserConfig;
  signedIn: boolean;
  /** How long a reserved item waits for payment. */
  holdMinutes: number;
}

export function buyContextFor(signedIn: boolean): BuyContext {
  return { stripe: stripeBrowserConfig(), signedIn, holdMinutes: RESERVATION_MINUTES };
}
