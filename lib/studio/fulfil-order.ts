// Fulfilment: a paid order marked shipped with its tracking reference; the buyer is told.
import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { orders, type Order } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { postOrderCard } from '@/lib/conversations/order-cards';
import { getStudioOrder } from './order-list';

const REFUNDABLE = new Set<Order['status']>(['paid', 'partially_refunded']);

/** Marks a paid order shipped with its tracking reference and tells the buyer. */
export async function fulfilOrder(db: Db, brandId: string, orderId: string, trackingRef: string): Promise<Order> {
  const tracking = trackingRef.trim();
  if (!tracking || tracking.length > 100) throw new DomainError('invalid_input', 'errors.order.trackingRequired', 'trackingRef');
  const current = await getStudioOrder(db, brandId, orderId);
  if (!REFUNDABLE.has(current.status)) throw new DomainError('invalid_state', 'errors.order.fulfilOnlyPaid');
  const [order] = await db
    .update(orders)
    .set({ fulfilledAt: new Date(), trackingRef: tracking, updatedAt: new Date() })
    .where(and(eq(orders.id, orderId), eq(orders.brandId, brandId), isNull(orders.fulfilledAt), inArray(orders.status, [...REFUNDABLE])))
    .returning();
  if (!order) throw new DomainError('invalid_state', 'errors.order.alreadyFulfilled');
  await postOrderCard(db, order, 'order.shipped', { tracking });
  return order;
}
