// The order transitions that change one row: each is a conditional UPDATE from the statuses
// lifecycle.ts allows, RETURNING the order, or null when the order was in no such status (then
// nothing changed). Transitions that move stock are in ./stock-transitions.ts.
import 'server-only';
import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { orders, type Order, type ShippingAddress } from '@/db/schema';
import { ORDER_TRANSITIONS, type OrderTransition } from './lifecycle';

type OrderFields = Partial<Omit<typeof orders.$inferInsert, 'id' | 'status' | 'updatedAt'>>;

/** Applies one transition of the table to one order. Exported for the table's test; callers use the named ones. */
export async function moveOrder(db: DbOrTx, transition: Exclude<OrderTransition, 'reserve'>, orderId: string, fields: OrderFields = {}, also?: SQL): Promise<Order | null> {
  const { from, to } = ORDER_TRANSITIONS[transition];
  const [order] = await db
    .update(orders)
    .set({ ...fields, ...(to ? { status: to } : {}), updatedAt: new Date() })
    .where(and(eq(orders.id, orderId), inArray(orders.status, [...from]), also))
    .returning();
  return order ?? null;
}

/** What Stripe tells us when it takes (or holds) the money. */
export interface PaymentFields {
  paymentMethodSummary: string | null;
  shipping: ShippingAddress | null;
}

export function authoriseOrder(db: DbOrTx, orderId: string, payment: PaymentFields): Promise<Order | null> {
  return moveOrder(db, 'authorise', orderId, { ...payment, lastPaymentError: null });
}

export function payOrder(db: DbOrTx, orderId: string, payment: PaymentFields): Promise<Order | null> {
  return moveOrder(db, 'pay', orderId, { ...payment, paidAt: new Date(), lastPaymentError: null });
}

export function recordPaymentFailure(db: DbOrTx, orderId: string, message: string): Promise<Order | null> {
  return moveOrder(db, 'fail', orderId, { lastPaymentError: message });
}

/** Marks one of the brand's paid orders shipped, once. */
export function markOrderFulfilled(db: DbOrTx, brandId: string, orderId: string, trackingRef: string): Promise<Order | null> {
  return moveOrder(db, 'fulfil', orderId, { fulfilledAt: new Date(), trackingRef }, and(eq(orders.brandId, brandId), isNull(orders.fulfilledAt)));
}

/**
 * Stores the total Stripe says was refunded on the order's charge (it never goes down, nor past
 * the amount); the status follows the total: refundAll once it covers the amount, else refundPart.
 */
export async function recordRefundedTotal(db: DbOrTx, orderId: string, refundedMinor: number): Promise<Order | null> {
  const total = sql`greatest(${orders.refundedMinor}, ${refundedMinor})`;
  const { refundAll, refundPart } = ORDER_TRANSITIONS;
  const [order] = await db
    .update(orders)
    .set({
      refundedMinor: sql`least(${total}, ${orders.amountMinor})`,
      status: sql`case when ${total} >= ${orders.amountMinor} then ${refundAll.to} else ${refundPart.to} end::order_status`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(orders.id, orderId),
        sql`((${inArray(orders.status, [...refundAll.from])} and ${total} >= ${orders.amountMinor}) or (${inArray(orders.status, [...refundPart.from])} and ${total} < ${orders.amountMinor}))`,
      ),
    )
    .returning();
  return order ?? null;
}
