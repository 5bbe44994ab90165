// An order paid by Stripe's word: a PaymentIntent that succeeded (read from Stripe, never the
// browser's report) moves its order to paid, once, whatever order events arrive in; paid after
// its reservation was released, it takes its units again or the money goes back.
import 'server-only';
import type Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { orders, users, type Order, type ShippingAddress } from '@/db/schema';
import { postOrderCard } from '@/lib/conversations/order-cards';
import { announce } from '@/lib/live/announce';
import { payOrder, type PaymentFields } from '@/lib/orders/transitions';
import { payReleasedOrder } from '@/lib/orders/stock-transitions';
import { describePaymentIntentCard } from './payment-summary';

export type SettleOutcome = 'paid' | 'already_paid' | 'authorized' | 'released' | 'unchanged' | 'refunded_no_stock' | 'not_ours';

// Statuses an order reaches only after Stripe took the money.
const SETTLED = new Set<Order['status']>(['paid', 'refunded', 'partially_refunded']);

export function shippingOf(intent: Stripe.PaymentIntent): ShippingAddress | null {
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
export async function orderForIntent(db: Db, intent: Stripe.PaymentIntent): Promise<Order | null> {
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

/** A succeeded PaymentIntent applied to its order (already matched by orderForIntent). */
export async function settlePaid(db: Db, stripe: Stripe, order: Order, intent: Stripe.PaymentIntent): Promise<SettleOutcome> {
  if (SETTLED.has(order.status)) return 'already_paid';
  const payment: PaymentFields = { paymentMethodSummary: describePaymentIntentCard(intent), shipping: shippingOf(intent) };
  let wasAuthorized = false;
  const outcome = await db.transaction(async (tx): Promise<SettleOutcome> => {
    // The row lock serialises a webhook and a browser-triggered refresh settling the same order.
    const [current] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id)).for('update');
    if (!current || SETTLED.has(current.status)) return 'already_paid';
    wasAuthorized = current.status === 'authorized';
    // Still reserved (or held for a drop and now captured): the units are already this order's.
    if (await payOrder(tx, order.id, payment)) return 'paid';
    // Released meanwhile (expired or replaced): take the units again if they are still there.
    const late = await payReleasedOrder(tx, order, payment);
    return late === 'paid' ? 'paid' : late === 'refunded' ? 'refunded_no_stock' : 'unchanged';
  });
  if (outcome === 'paid') {
    await sendPaidMessages(db, order, payment.paymentMethodSummary, wasAuthorized);
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

/** A PaymentIntent just captured (a drop that reached its goal) applied to its order. */
export async function settleCapturedIntent(db: Db, stripe: Stripe, intent: Stripe.PaymentIntent): Promise<SettleOutcome> {
  const order = await orderForIntent(db, intent);
  return order ? settlePaid(db, stripe, order, intent) : 'not_ours';
}
