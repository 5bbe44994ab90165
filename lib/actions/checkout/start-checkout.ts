'use server';
import { authedAction, done } from '@/lib/actions/define-action';
import { startCheckout as start } from '@/lib/checkout/start-checkout';
import { getStripe } from '@/lib/payments/stripe';
import { startCheckoutSchema } from './schemas';

export const startCheckout = authedAction({ schema: startCheckoutSchema }, async (input, { viewer, db }) => {
  const stripe = getStripe();
  // A returning buyer's Stripe customer comes with the viewer; a first-time buyer gets one only if
  // they choose to save the card (lib/payments/customers consentToSaveCard), not on every checkout.
  return done(await start(db, stripe, { ...input, buyerId: viewer.id, source: 'button' }, { extra: viewer.stripeCustomerId ? { customer: viewer.stripeCustomerId } : {} }));
});
