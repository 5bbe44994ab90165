// The reservation sweep: pending orders past their 15 minutes give their stock back exactly once
// and their PaymentIntent is canceled. Row locks with SKIP LOCKED let several app instances sweep
// at the same time without touching the same order.
import 'server-only';
import type Stripe from 'stripe';
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { orders } from '@/db/schema';
import { expireOrder } from '@/lib/orders/stock-transitions';
import { retrievePaymentIntent, settleFromPaymentIntent } from './settle';
import { closeWaitlistOffer, offerToWaitlist } from '@/lib/replies/waitlist';

const FINAL_AT_STRIPE = new Set(['succeeded', 'processing', 'requires_capture']);

async function expireOne(db: Db, stripe: Stripe, orderId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.id, orderId), eq(orders.status, 'pending_payment')))
      .for('update', { skipLocked: true });
    if (!order) return false;
    if (order.paymentIntentId) {
      const intent = await retrievePaymentIntent(stripe, order.paymentIntentId);
      // Paid at the last second: the payment wins over the clock.
      if (FINAL_AT_STRIPE.has(intent.status)) return false;
      if (intent.status !== 'canceled') {
        await stripe.paymentIntents.cancel(order.paymentIntentId, {}, { idempotencyKey: `order-${order.id}-expire` });
      }
    }
    return expireOrder(tx, order.id);
  });
}

export interface SweepOptions {
  now?: Date;
  batch?: number;
  /** Sweep one variant's reservations only (a brand's restock, or a test that owns that variant). */
  variantId?: string;
}

export async function expireStaleOrders(db: Db, stripe: Stripe, { now = new Date(), batch = 50, variantId }: SweepOptions = {}): Promise<{ expired: number }> {
  const stale = await db
    .select({ id: orders.id, paymentIntentId: orders.paymentIntentId, variantId: orders.variantId })
    .from(orders)
    .where(and(eq(orders.status, 'pending_payment'), lte(orders.expiresAt, now), variantId ? eq(orders.variantId, variantId) : undefined))
    .orderBy(sql`${orders.expiresAt} asc`)
    .limit(batch);
  let expired = 0;
  for (const order of stale) {
    try {
      if (await expireOne(db, stripe, order.id)) {
        expired++;
        // The freed units go to the next buyer waiting for them, if any.
        await closeWaitlistOffer(db, order.id);
        await offerToWaitlist(db, stripe, order.variantId);
      }
      else if (order.paymentIntentId) await settleFromPaymentIntent(db, stripe, await retrievePaymentIntent(stripe, order.paymentIntentId));
    } catch (error) {
      console.error('reservation sweep: could not expire order', { orderId: order.id, error });
    }
  }
  return { expired };
}
