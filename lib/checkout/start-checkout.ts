// startCheckout: reserve and open the order, then make sure it has its PaymentIntent. The amount
// always comes from the database; the browser only says which variant and how many.
import 'server-only';
import type Stripe from 'stripe';
import type { Db } from '@/db/open';
import { DomainError } from '@/lib/errors';
import { cancelOtherOpenOrders } from './cancel-order';
import { ensurePaymentIntent, type PaymentIntentOptions } from './payment-intent';
import { releaseReservation, reserveOrder, type CheckoutRequest } from './reserve';

export interface CheckoutSession {
  orderId: string;
  clientSecret: string;
  amountMinor: number;
  currency: string;
  itemLabel: string;
  quantity: number;
  expiresAt: string;
}

/** `options` carries who pays (the buyer's Stripe customer, a saved card); never the amount. */
export async function startCheckout(db: Db, stripe: Stripe, request: CheckoutRequest, options: PaymentIntentOptions = {}): Promise<CheckoutSession> {
  const { order, replaced } = await reserveOrder(db, request);
  if (replaced?.paymentIntentId) {
    await stripe.paymentIntents
      .cancel(replaced.paymentIntentId, {}, { idempotencyKey: `order-${replaced.id}-replaced` })
      .catch((error: unknown) => console.error('startCheckout: could not cancel a replaced PaymentIntent', { orderId: replaced.id, error }));
  }
  let intent;
  try {
    intent = await ensurePaymentIntent(db, stripe, order, options);
  } catch (error) {
    await releaseReservation(db, order.id, 'canceled');
    throw new DomainError('payment_failed', 'We could not start the payment. Nothing was charged; please try again.', undefined, { cause: error });
  }
  await cancelOtherOpenOrders(db, stripe, order);
  return {
    orderId: order.id,
    clientSecret: intent.clientSecret,
    amountMinor: order.amountMinor,
    currency: order.currency,
    itemLabel: order.itemLabel,
    quantity: order.quantity,
    expiresAt: order.expiresAt.toISOString(),
  };
}
