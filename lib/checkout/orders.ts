// Reading orders: a buyer sees their own; a brand sees the orders placed with it.
import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { orders, type Brand, type Order } from '@/db/schema';
import { DomainError } from '@/lib/errors';

export interface OrderView extends Order {
  brand: Brand;
  post: { title: string };
}

const WITH_BRAND_AND_TITLE = { brand: true, post: { columns: { title: true } } } as const;

export async function getOrderForViewer(db: DbOrTx, viewer: { id: string; brand: Brand | null }, orderId: string): Promise<OrderView> {
  const order = await db.query.orders.findFirst({ where: eq(orders.id, orderId), with: WITH_BRAND_AND_TITLE });
  if (!order) throw new DomainError('not_found', 'errors.order.notFound');
  if (order.buyerId !== viewer.id && order.brandId !== viewer.brand?.id) throw new DomainError('not_found', 'errors.order.notFound');
  return order;
}

export async function listBuyerOrders(db: DbOrTx, buyerId: string): Promise<OrderView[]> {
  return db.query.orders.findMany({ where: eq(orders.buyerId, buyerId), with: WITH_BRAND_AND_TITLE, orderBy: [desc(orders.createdAt)], limit: 100 });
}
