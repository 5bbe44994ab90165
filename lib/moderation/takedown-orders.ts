// A post taken down can no longer be bought: its open checkouts are cancelled inside the
// moderation transaction (stock back, buyers told); their PaymentIntents are cancelled after it.
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/open';
import { orders } from '@/db/schema';
import { postOrderCard } from '@/lib/conversations/order-cards';
import { cancelOrder } from '@/lib/orders/stock-transitions';

/** Cancels the open checkouts of posts taken down, giving their stock back, and tells the buyers. */
export async function cancelPendingOrders(tx: Tx, postIds: string[]) {
  if (postIds.length === 0) return [];
  const pending = await tx
    .select({
      id: orders.id,
      buyerId: orders.buyerId,
      brandId: orders.brandId,
      postId: orders.postId,
      itemLabel: orders.itemLabel,
      quantity: orders.quantity,
      amountMinor: orders.amountMinor,
      currency: orders.currency,
      paymentIntentId: orders.paymentIntentId,
    })
    .from(orders)
    .where(and(inArray(orders.postId, postIds), eq(orders.status, 'pending_payment')))
    .for('update');
  const toCancel: { orderId: string; paymentIntentId: string }[] = [];
  for (const order of pending) {
    if (!(await cancelOrder(tx, order.id))) continue;
    await postOrderCard(tx, order, 'order.canceled_takedown');
    if (order.paymentIntentId) toCancel.push({ orderId: order.id, paymentIntentId: order.paymentIntentId });
  }
  return toCancel;
}
