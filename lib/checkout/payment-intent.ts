// The PaymentIntent behind an order: created once, with the order's id as idempotency key, so
// retries and concurrent calls all get the same PaymentIntent. Created after the reservation has
// committed, so it never holds a lock.
import 'server-only';
import type Stripe from 'stripe';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { orders, type Brand, type Order, type Post } from '@/db/schema';
import { destinationChargeFor } from '@/lib/payments/connect';

type PayerParams = Omit<Stripe.PaymentIntentCreateParams, 'amount' | 'currency' | 'metadata'>;

export interface PaymentIntentOptions {
  /**
   * Who pays (the buyer's Stripe customer, a saved card); never the amount. A function is called
   * only when a new PaymentIntent is needed, so a refused or repeated request looks nothing up.
   */
  extra?: PayerParams | (() => Promise<PayerParams>);
}

export async function ensurePaymentIntent(
  db: Db,
  stripe: Stripe,
  order: Order,
  { brand, post }: { brand: Pick<Brand, 'stripeAccountId'>; post: Pick<Post, 'dropGoal'> },
  options: PaymentIntentOptions = {},
): Promise<{ id: string; clientSecret: string }> {
  if (order.paymentIntentId && order.clientSecret) return { id: order.paymentIntentId, clientSecret: order.clientSecret };
  const extra = typeof options.extra === 'function' ? await options.extra() : options.extra;
  const intent = await stripe.paymentIntents.create(
    {
      automatic_payment_methods: { enabled: true },
      ...extra,
      // Every order is a destination charge to its brand, with the platform fee fixed at checkout.
      ...destinationChargeFor({ account: brand.stripeAccountId, dropGoal: post.dropGoal }, order),
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
