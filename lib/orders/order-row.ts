// The order row shape: an order with its brand, its buyer, its post's title and its option's SKU,
// as the buyer's orders and order page, the studio's list, order page and CSV, refunds, fulfilment
// and the orders beside a studio conversation read it. Callers add who may see which rows.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { brands, orders, posts, users, variants, type Brand, type Order } from '@/db/schema';

export interface OrderRow extends Order {
  brand: Brand;
  buyer: { name: string; email: string };
  post: { title: string };
  sku: string | null;
}

/** The rows' select with their joins; add `.where(…)`, `.orderBy(…)`, `.limit(…)`, then `.then(toOrderRows)`. */
export function selectOrderRows(db: DbOrTx) {
  return db
    .select({ order: orders, brand: brands, buyer: { name: users.name, email: users.email }, post: { title: posts.title }, sku: variants.sku })
    .from(orders)
    .innerJoin(brands, eq(brands.id, orders.brandId))
    .innerJoin(users, eq(users.id, orders.buyerId))
    .innerJoin(posts, eq(posts.id, orders.postId))
    .innerJoin(variants, eq(variants.id, orders.variantId));
}

type Selected = Omit<OrderRow, keyof Order> & { order: Order };

export function toOrderRows(rows: Selected[]): OrderRow[] {
  return rows.map(({ order, ...joined }) => ({ ...order, ...joined }));
}
