// The app's one Stripe SDK client.
import 'server-only';
import Stripe from 'stripe';
import { stripeServerConfig } from './stripe-config';

const globalForStripe = globalThis as unknown as { hashcartStripe?: Stripe };

export function getStripe(): Stripe {
  if (!globalForStripe.hashcartStripe) {
    const { secretKey, sdkOptions } = stripeServerConfig();
    globalForStripe.hashcartStripe = new Stripe(secretKey, sdkOptions);
  }
  return globalForStripe.hashcartStripe;
}
