// Order outcomes decided by Stripe's word: a PaymentIntent read from Stripe (never the browser's
// report) moves an order to paid or gives its stock back. Each transition happens at most once,
// whatever order events arrive in.
import 'server-only';
import type Stripe from 'stripe';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { orders, users, variants, type Order, type ShippingAddress } from '@/db/schema';
import { postOrderCard } from '@/lib/conversations/order-cards';
import { announce } from '@/lib/live/announce';
import { describePaymentIntentCard } from './payment-summary';
import { releaseReservation } from './reserve';
import { afterDropAuthorization } from '@/lib/studio/drops';

export type SettleOutcome = 'paid' | 'already_paid' | 'authorized' | 'released' | 'unchanged' | 'refunded_no_stock' | 'not_ours';

// Statuses an order reaches only after Stripe took the money.
const SETTLED = new Set<Order['status']>(['paid', 'refunded', 'partially_refunded']);

export async function retrievePaymentIntent(stripe: Stripe, id: string): Promise<Stripe.PaymentIntent> {
  return stripe.paymentIntents.retrieve(id, { expand: ['latest_charge', 'payment_method'] });
}

function shippingOf(intent: Stripe.PaymentIntent): ShippingAddress | null {
  const address = intent.shipping?.address;
  if (!intent.shipping || !address?.line1) return null;
  return {
    name: intent.shipping.name ?? '',
    line1: address.line1,
    line2: address.line2 ?? null,
    city: address.city ?? '',
    postalCode: address.postal_code ?? '',
    country: address.country ?? '',
  };
}

/**
 * The order this PaymentIntent was made for, or null. The order must name the PaymentIntent itself,
 * and the PaymentIntent must ask for exactly the order's amount and currency: metadata alone is
 * anyone's to write (any PaymentIntent on the account can claim an order id).
 */
async function orderForIntent(db: Db, intent: Stripe.PaymentIntent): Promise<Order | null> {
  const [order] = await db.select().from(orders).where(eq(orders.paymentIntentId, intent.id));
  if (!order) return null;
  const claimed = intent.metadata?.order_id;
  if ((claimed && claimed !== order.id) || intent.amount !== order.amountMinor || intent.currency !== order.currency.toLowerCase()) {
    console.warn('settle: PaymentIntent does not match its order', { intentId: intent.id, orderId: order.id });
    return null;
  }
  return order;
}

async function sendPaidMessages(db: Db, order: Order, card: string | null, wasAuthorized: boolean) {
  const [buyer] = await db.select({ name: users.name }).from(users).where(eq(users.id, order.buyerId));
  // The brand hears of a new order from the same card the buyer keeps as a receipt.
  await postOrderCard(db, order, wasAuthorized ? 'order.drop_captured' : 'order.receipt', { card, buyerName: buyer?.name ?? null }, ['buyer', 'brand']);
}

/** Applies what Stripe says about a PaymentIntent to its order. Safe to call any number of times. */
export async function settleFromPaymentIntent(db: Db, stripe: Stripe, intent: Stripe.PaymentIntent): Promise<SettleOutcome> {
  const order = await orderForIntent(db, intent);
  if (!order) return 'not_ours';

  if (intent.status === 'succeeded') {
    if (SETTLED.has(order.status)) return 'already_paid';
    const card = describePaymentIntentCard(intent);
    const shipping = shippingOf(intent);
    let wasAuthorized = false;
    const outcome = await db.transaction(async (tx): Promise<SettleOutcome> => {
      // The row lock serialises a webhook and a browser-triggered refresh settling the same order.
      const [current] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id)).for('update');
      if (!current || SETTLED.has(current.status)) return 'already_paid';
      wasAuthorized = current.status === 'authorized';
      const paidFields = { paidAt: new Date(), paymentMethodSummary: card, shipping, lastPaymentError: null, updatedAt: new Date() };
      if (current.status === 'pending_payment' || current.status === 'authorized') {
        // Still reserved (or held for a drop and now captured): the units are already this order's.
        await tx.update(orders).set({ status: 'paid', ...paidFields }).where(eq(orders.id, order.id));
        return 'paid';
      }
      // Released meanwhile (expired or replaced): take the units again if they are still there.
      const [retaken] = await tx
        .update(variants)
        .set({ stock: sql`${variants.stock} - ${order.quantity}` })
        .where(and(eq(variants.id, order.variantId), sql`${variants.stock} >= ${order.quantity}`))
        .returning({ id: variants.id });
      await tx.update(orders).set({ status: retaken ? 'paid' : 'refunded', ...paidFields }).where(eq(orders.id, order.id));
      return retaken ? 'paid' : 'refunded_no_stock';
    });
    if (outcome === 'paid') {
      await sendPaidMessages(db, order, card, wasAuthorized);
      // A paid buying reply gets its "bought" badge on every open page of the post.
      if (order.replyId) await announce(db, { t: 'replies', post: order.postId });
    }
    if (outcome === 'refunded_no_stock') {
      // Paid after the reservation lapsed and the units sold to someone else: the money goes back.
      await stripe.refunds.create({ payment_intent: intent.id, reason: 'requested_by_customer' }, { idempotencyKey: `order-${order.id}-late-refund` });
      await postOrderCard(db, order, 'order.late_refund');
    }
    return outcome;
  }

  if (intent.status === 'requires_capture') {
    // A drop order: authorised now, captured only when the drop reaches its goal.
    const card = describePaymentIntentCard(intent);
    const [authorized] = await db
      .update(orders)
      .set({ status: 'authorized', paymentMethodSummary: card, shipping: shippingOf(intent), lastPaymentError: null, updatedAt: new Date() })
      .where(and(eq(orders.id, order.id), eq(orders.status, 'pending_payment')))
      .returning({ id: orders.id });
    if (authorized) {
      await postOrderCard(db, order, 'order.authorized', { card });
    }
    await afterDropAuthorization(db, stripe, order.postId);
    return authorized ? 'authorized' : 'unchanged';
  }

  if (intent.status === 'canceled') {
    return (await releaseReservation(db, order.id, 'canceled')) ? 'released' : 'unchanged';
  }

  if (intent.status === 'requires_payment_method' && intent.last_payment_error && order.status === 'pending_payment') {
    await db
      .update(orders)
      .set({ lastPaymentError: intent.last_payment_error.message ?? 'The payment failed.', updatedAt: new Date() })
      .where(and(eq(orders.id, order.id), eq(orders.status, 'pending_payment')));
  }
  return 'unchanged';
}
