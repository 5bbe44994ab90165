// A buyer walking away from a checkout: the PaymentIntent is cancelled at Stripe first (after
// that it can never succeed), then the reserved units go back. A payment that went through
// meanwhile wins: the order settles as paid instead.
import 'server-only';
import type Stripe from 'stripe';
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { orders, type Order } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { cancelOrder } from '@/lib/orders/stock-transitions';
import { retrievePaymentIntent, settleFromPaymentIntent } from './settle';

// PaymentIntent states in which the money is already (being) taken: too late to cancel.
const PAST_CANCELLING = new Set<Stripe.PaymentIntent.Status>(['succeeded', 'processing', 'requires_capture']);

async function cancelIntent(db: Db, stripe: Stripe, order: Order): Promise<boolean> {
  if (!order.paymentIntentId) return true;
  const intent = await retrievePaymentIntent(stripe, order.paymentIntentId);
  if (intent.status !== 'canceled' && !PAST_CANCELLING.has(intent.status)) {
    try {
      await stripe.paymentIntents.cancel(intent.id, { cancellation_reason: 'abandoned' }, { idempotencyKey: `order-${order.id}-buyer-cancel` });
      return true;
    } catch (error) {
      console.warn('cancelOrder: PaymentIntent not cancelled, re-reading it', { orderId: order.id, error });
    }
  }
  const current = await retrievePaymentIntent(stripe, order.paymentIntentId);
  if (current.status === 'canceled') return true;
  await settleFromPaymentIntent(db, stripe, current);
  return false;
}

/** Cancels the buyer's own open order; stock back, PaymentIntent cancelled. Refused once paid. */
export async function cancelOpenOrder(db: Db, stripe: Stripe, buyerId: string, orderId: string): Promise<Order> {
  const [order] = await db.select().from(orders).where(and(eq(orders.id, orderId), eq(orders.buyerId, buyerId)));
  if (!order) throw new DomainError('not_found', 'errors.order.notFound');
  if (order.status !== 'pending_payment') throw new DomainError('invalid_state', 'errors.order.cancelOnlyPending');
  if (!(await cancelIntent(db, stripe, order))) throw new DomainError('invalid_state', 'errors.order.paidMeanwhile');
  await cancelOrder(db, order.id);
  const [after] = await db.select().from(orders).where(eq(orders.id, order.id));
  return after!;
}

/**
 * One open checkout per buyer and post: starting one for another option of the same post cancels
 * the abandoned one instead of leaving it to pile up until it expires.
 */
export async function cancelOtherOpenOrders(db: Db, stripe: Stripe, keep: Pick<Order, 'id' | 'buyerId' | 'postId'>): Promise<void> {
  const others = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.buyerId, keep.buyerId), eq(orders.postId, keep.postId), eq(orders.status, 'pending_payment'), ne(orders.id, keep.id)));
  for (const other of others) {
    await cancelOpenOrder(db, stripe, keep.buyerId, other.id).catch((error: unknown) => {
      // Paid meanwhile (it settles) or cancelled by another request: nothing left to do here.
      if (!(error instanceof DomainError)) throw error;
    });
  }
}
