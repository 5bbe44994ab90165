'use server';
import { authedAction } from '@/lib/actions/define-action';
import { startCheckout as start } from '@/lib/checkout/start-checkout';
import { getStripe } from '@/lib/payments/stripe';
import { startCheckoutSchema } from './schemas';

export const startCheckout = authedAction({ schema: startCheckoutSchema }, (input, { viewer, db }) =>
  start(db, getStripe(), { ...input, buyerId: viewer.id, source: 'button' }),
);
