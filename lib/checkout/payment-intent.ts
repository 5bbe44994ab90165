// The PaymentIntent behind an order: created once, with the order's id as idempotency key, so
// retries and concurrent calls all get the same PaymentIntent.
import 'server-only';
import type Stripe from 'stripe';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { orders, type Order } from '@/db/schema';
import { destinationChargeParams } from '@/lib/payments/connect';

export interface PaymentIntentOptions {
  /** Extra parameters from later features (Connect destination, saved cards); never the amount. */
  extra?: Omit<Stripe.PaymentIntentCreateParams, 'amount' | 'currency' | 'metadata'>;
}

export async function ensurePaymentIntent(db: Db, stripe: Stripe, order: Order, options: PaymentIntentOptions = {}): Promise<{ id: string; clientSecret: string }> {
  if (order.paymentIntentId && order.clientSecret) return { id: order.paymentIntentId, clientSecret: order.clientSecret };
  const intent = await stripe.paymentIntents.create(
    {
      automatic_payment_methods: { enabled: true },
      ...options.extra,
      // Every order is a destination charge to its brand, with the platform fee fixed at checkout.
      ...(await destinationChargeParams(db, order)),
      amount: order.amountMinor,
      currency: order.currency.toLowerCase(),
      description: `${order.itemLabel} ×${order.quantity}`,
      metadata: { order_id: order.id },
    },
    { idempotencyKey: `order-${order.id}-payment-intent` },
  );
  if (!intent.client_secret) throw new Error(`PaymentIntent ${intent.id} has no client secret`);
  await db
    .update(orders)
    .set({ paymentIntentId: intent.id, clientSecret: intent.client_secret, updatedAt: new Date() })
    .where(and(eq(orders.id, order.id), isNull(orders.paymentIntentId)));
  return { id: intent.id, clientSecret: intent.client_secret };
}
