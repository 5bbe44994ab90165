// Reading orders: a buyer sees their own; a brand sees the orders placed with it.
import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { orders, type Brand } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { selectOrderRows, toOrderRows, type OrderRow } from '@/lib/orders/order-row';

export async function getOrderForViewer(db: DbOrTx, viewer: { id: string; brand: Brand | null }, orderId: string): Promise<OrderRow> {
  const [order] = await selectOrderRows(db).where(eq(orders.id, orderId)).then(toOrderRows);
  if (!order) throw new DomainError('not_found', 'errors.order.notFound');
  if (order.buyerId !== viewer.id && order.brandId !== viewer.brand?.id) throw new DomainError('not_found', 'errors.order.notFound');
  return order;
}

export async function listBuyerOrders(db: DbOrTx, buyerId: string): Promise<OrderRow[]> {
  return selectOrderRows(db).where(eq(orders.buyerId, buyerId)).orderBy(desc(orders.createdAt)).limit(100).then(toOrderRows);
}
