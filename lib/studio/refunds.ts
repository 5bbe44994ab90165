// Refunds through Stripe's Refunds API (full or partial, optionally restocking), and the refunded
// amount kept in step with Stripe when refunds are made elsewhere.
import 'server-only';
import type Stripe from 'stripe';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { orderRefunds, orders, variants, type Order } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { moneyParams } from '@/lib/i18n/money-params';
import { postOrderCard } from '@/lib/conversations/order-cards';
import { canMove } from '@/lib/orders/lifecycle';
import { recordRefundedTotal } from '@/lib/orders/transitions';
import { getStudioOrder } from './order-list';

export interface RefundRequest {
  /** Omitted: everything not yet refunded. */
  amountMinor?: number;
  restockUnits?: number;
  /** One per refund the brand means to make (the form renders it); a repeated submit reuses it. */
  requestKey: string;
}

/** A full or partial refund through the Refunds API; the brand gives back its share and the platform its fee. */
export async function refundOrder(db: Db, stripe: Stripe, brandId: string, orderId: string, request: RefundRequest): Promise<Order> {
  const current = await getStudioOrder(db, brandId, orderId);
  if (!canMove(current.status, 'refundPart') || !current.paymentIntentId) throw new DomainError('invalid_state', 'errors.order.refundOnlyPaid');
  const refundable = current.amountMinor - current.refundedMinor;
  const amount = request.amountMinor ?? refundable;
  if (!Number.isInteger(amount) || amount < 1) throw new DomainError('invalid_input', 'errors.order.refundAboveZero', 'amount');
  if (amount > refundable) throw new DomainError('refund_too_large', 'errors.order.refundTooLarge', 'amount', { params: moneyParams(refundable, current.currency) });
  const restock = request.restockUnits ?? 0;
  if (!Number.isInteger(restock) || restock < 0 || restock > current.quantity) {
    throw new DomainError('invalid_input', 'errors.order.restockRange', 'restockUnits', { params: { max: current.quantity } });
  }
  if (!/^[\w-]{8,64}$/.test(request.requestKey)) throw new DomainError('invalid_input', 'errors.order.reload');

  const refund = await stripe.refunds.create(
    { payment_intent: current.paymentIntentId, amount, reverse_transfer: true, refund_application_fee: true, metadata: { order_id: current.id } },
    { idempotencyKey: `order-${current.id}-refund-${request.requestKey}` },
  );
  const order = await db.transaction(async (tx) => {
    // The refund row is written once per Stripe refund, so a replayed request never restocks twice.
    const [recorded] = await tx
      .insert(orderRefunds)
      .values({ orderId: current.id, stripeRefundId: refund.id, amountMinor: refund.amount, restockedUnits: restock })
      .onConflictDoNothing()
      .returning({ id: orderRefunds.id });
    if (recorded && restock > 0) {
      await tx.update(variants).set({ stock: sql`${variants.stock} + ${restock}` }).where(eq(variants.id, current.variantId));
    }
    const [sum] = await tx.select({ total: sql<number>`coalesce(sum(${orderRefunds.amountMinor}), 0)::int` }).from(orderRefunds).where(eq(orderRefunds.orderId, current.id));
    return { order: await recordRefundedTotal(tx, current.id, sum?.total ?? refund.amount), fresh: Boolean(recorded) };
  });
  if (!order.order) throw new DomainError('internal', 'errors.order.refundNotRecorded');
  if (order.fresh) {
    const whole = order.order.status === 'refunded' && refund.amount === current.amountMinor;
    await postOrderCard(db, order.order, 'order.refunded', { amountMinor: refund.amount, full: whole });
  }
  return order.order;
}

/** charge.refunded: keeps the order's refunded amount in step with Stripe (refunds made elsewhere too). */
export async function syncRefundsFromCharge(db: Db, charge: Stripe.Charge): Promise<Order | null> {
  const intentId = typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
  if (!intentId || charge.amount_refunded <= 0) return null;
  const [order] = await db.select({ id: orders.id }).from(orders).where(eq(orders.paymentIntentId, intentId));
  if (!order) return null;
  return recordRefundedTotal(db, order.id, charge.amount_refunded);
}
