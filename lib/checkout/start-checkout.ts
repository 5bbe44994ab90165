// startCheckout: reserve and open the order, then make sure it has its PaymentIntent. The amount
// always comes from the database; the browser only says which variant and how many.
import 'server-only';
import type Stripe from 'stripe';
import type { Db } from '@/db/open';
import { DomainError } from '@/lib/errors';
import { cancelOtherOpenOrders } from './cancel-order';
import { ensurePaymentIntent, type PaymentIntentOptions } from './payment-intent';
import { findOpenOrder, reserveOrder, type CheckoutRequest } from './reserve';
import { cancelOrder } from '@/lib/orders/stock-transitions';
import { knownSoldOut } from './sold-out';
import type { LeaveLine } from './admission';

export interface CheckoutSession {
  orderId: string;
  clientSecret: string;
  amountMinor: number;
  currency: string;
  itemLabel: string;
  quantity: number;
  expiresAt: string;
}

/**
 * Refuses a buyer from memory when the variant just sold out (lib/checkout/sold-out), unless they
 * hold an open order for it: one indexed read, no write, no Stripe call.
 */
export async function refuseIfSoldOut(db: Db, request: Pick<CheckoutRequest, 'buyerId' | 'variantId'>): Promise<void> {
  if (knownSoldOut(request.variantId) && !(await findOpenOrder(db, request.buyerId, request.variantId))) {
    throw new DomainError('out_of_stock', 'errors.checkout.soldOut', 'quantity');
  }
}

export interface StartCheckoutOptions extends PaymentIntentOptions {
  /** The caller's place in the variant's line (lib/checkout/admission): given up once the unit is reserved or refused. */
  leaveLine?: LeaveLine;
}

/** `options` carries who pays (the buyer's Stripe customer, a saved card); never the amount. */
export async function startCheckout(db: Db, stripe: Stripe, request: CheckoutRequest, options: StartCheckoutOptions = {}): Promise<CheckoutSession> {
  let reservation;
  try {
    await refuseIfSoldOut(db, request);
    reservation = await reserveOrder(db, request);
  } finally {
    options.leaveLine?.();
  }
  const { order, replaced, context } = reservation;
  let intent;
  try {
    intent = await ensurePaymentIntent(db, stripe, order, context, options);
  } catch (error) {
    await cancelOrder(db, order.id);
    throw new DomainError('payment_failed', 'errors.checkout.paymentNotStarted', undefined, { cause: error });
  }
  if (replaced?.paymentIntentId) {
    await stripe.paymentIntents
      .cancel(replaced.paymentIntentId, {}, { idempotencyKey: `order-${replaced.id}-replaced` })
      .catch((error: unknown) => console.error('startCheckout: could not cancel a replaced PaymentIntent', { orderId: replaced.id, error }));
  }
  if (context.otherOpenOnPost) await cancelOtherOpenOrders(db, stripe, order);
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
