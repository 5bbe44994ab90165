'use server';
import { z } from 'zod';
import { authedAction, done } from '@/lib/actions/define-action';
import { getOrderForViewer } from '@/lib/checkout/orders';
import { DomainError } from '@/lib/errors';
import { consentToSaveCard } from '@/lib/payments/customers';
import { getStripe } from '@/lib/payments/stripe';

/** The buyer's consent to keep the card for one-tap reply buying, set on the PaymentIntent before confirming. */
export const saveCardForOrder = authedAction({ schema: z.object({ orderId: z.uuid('errors.field.unknownOrder'), save: z.boolean() }) }, async ({ orderId, save }, { viewer, db }) => {
  const order = await getOrderForViewer(db, viewer, orderId);
  if (order.buyerId !== viewer.id || !order.paymentIntentId || order.status !== 'pending_payment') {
    throw new DomainError('not_buyable', 'errors.checkout.ended');
  }
  await consentToSaveCard(db, getStripe(), viewer.id, order.paymentIntentId, save);
  return done({ save });
});
