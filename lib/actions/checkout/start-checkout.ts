'use server';
import { authedAction } from '@/lib/actions/define-action';
import { startCheckout as start } from '@/lib/checkout/start-checkout';
import { ensureStripeCustomer } from '@/lib/payments/customers';
import { getStripe } from '@/lib/payments/stripe';
import { startCheckoutSchema } from './schemas';

export const startCheckout = authedAction({ schema: startCheckoutSchema }, async (input, { viewer, db }) => {
  const stripe = getStripe();
  return start(db, stripe, { ...input, buyerId: viewer.id, source: 'button' }, {
    // The buyer's Stripe customer lets them choose to save the card for one-tap reply buying;
    // looked up (or created) only once a unit is theirs.
    extra: async () => ({ customer: viewer.stripeCustomerId ?? (await ensureStripeCustomer(db, stripe, viewer.id)) }),
  });
});
