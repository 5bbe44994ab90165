// Fulfilment: a paid order marked shipped with its tracking reference; the buyer is told.
import 'server-only';
import type { Db } from '@/db/open';
import type { Order } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { postOrderCard } from '@/lib/conversations/order-cards';
import { canMove } from '@/lib/orders/lifecycle';
import { markOrderFulfilled } from '@/lib/orders/transitions';
import { getStudioOrder } from './order-list';

/** Marks a paid order shipped with its tracking reference and tells the buyer. */
export async function fulfilOrder(db: Db, brandId: string, orderId: string, trackingRef: string): Promise<Order> {
  const tracking = trackingRef.trim();
  if (!tracking || tracking.length > 100) throw new DomainError('invalid_input', 'errors.order.trackingRequired', 'trackingRef');
  const current = await getStudioOrder(db, brandId, orderId);
  if (!canMove(current.status, 'fulfil')) throw new DomainError('invalid_state', 'errors.order.fulfilOnlyPaid');
  const order = await markOrderFulfilled(db, brandId, orderId, tracking);
  if (!order) throw new DomainError('invalid_state', 'errors.order.alreadyFulfilled');
  await postOrderCard(db, order, 'order.shipped', { tracking });
  return order;
}
