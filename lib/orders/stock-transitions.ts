// Transitions that move stock with the status, in one transaction (a savepoint inside the
// caller's): a crash between the two updates would otherwise lose units or give them back twice
// (the chaos test cut exactly there). Only the call that moves the order touches the stock.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { orders, variants, type Order } from '@/db/schema';
import { forgetSoldOut } from '@/lib/checkout/sold-out';
import { canMove } from './lifecycle';
import { moveOrder, type PaymentFields } from './transitions';

async function release(db: DbOrTx, transition: 'expire' | 'cancel', orderId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const released = await moveOrder(tx, transition, orderId);
    if (!released) return false;
    await tx.update(variants).set({ stock: sql`${variants.stock} + ${released.quantity}` }).where(eq(variants.id, released.variantId));
    forgetSoldOut(released.variantId);
    return true;
  });
}

/** The reservation ran out: the order expires and its units go back. False: it was not pending. */
export function expireOrder(db: DbOrTx, orderId: string): Promise<boolean> {
  return release(db, 'expire', orderId);
}

/** The order is cancelled (pending, or a drop's authorisation) and its units go back. */
export function cancelOrder(db: DbOrTx, orderId: string): Promise<boolean> {
  return release(db, 'cancel', orderId);
}

/**
 * Paid after its reservation was released: the order takes its units again if they are still
 * there (payLate), otherwise it is refunded (refundLate) and the caller returns the money.
 * Null when the order was not released.
 */
export async function payReleasedOrder(db: DbOrTx, order: Pick<Order, 'id' | 'variantId' | 'quantity'>, payment: PaymentFields): Promise<'paid' | 'refunded' | null> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id)).for('update');
    if (!current || !canMove(current.status, 'payLate')) return null;
    const [retaken] = await tx
      .update(variants)
      .set({ stock: sql`${variants.stock} - ${order.quantity}` })
      .where(and(eq(variants.id, order.variantId), sql`${variants.stock} >= ${order.quantity}`))
      .returning({ id: variants.id });
    await moveOrder(tx, retaken ? 'payLate' : 'refundLate', order.id, { ...payment, paidAt: new Date(), lastPaymentError: null });
    return retaken ? 'paid' : 'refunded';
  });
}
