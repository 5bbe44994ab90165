// A brand's orders in the studio: filtered list and search, and one order's detail. Every
// function takes the acting brand's id and reads only that brand's orders.
import 'server-only';
import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { orders, posts, users, variants, type Order } from '@/db/schema';
import { selectOrderRows, toOrderRows, type OrderRow } from '@/lib/orders/order-row';
import { DomainError } from '@/lib/errors';
import { wallClockToInstant } from '@/lib/i18n/wall-clock';

export interface OrderFilters {
  status?: Order['status'];
  postId?: string;
  /** Inclusive day range, YYYY-MM-DD, in `timeZone` (the reader's; UTC when absent). */
  from?: string;
  to?: string;
  timeZone?: string;
  /** Buyer name or email, post title, item label, SKU or order id prefix. */
  q?: string;
}

/** What the brand keeps: the amount after refunds, less the platform fee. */
export function brandShareOf(order: Pick<Order, 'amountMinor' | 'platformFeeMinor'>): number {
  return order.amountMinor - order.platformFeeMinor;
}

/** When a calendar day (plus `after` days) starts on the reader's clock: an order placed at 00:30 in Paris is that day's. */
function dayStart(day: string, timeZone = 'UTC', after = 0): Date | null {
  const date = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) return null;
  date.setUTCDate(date.getUTCDate() + after);
  return wallClockToInstant(`${date.toISOString().slice(0, 10)}T00:00`, timeZone);
}

function filterConditions(brandId: string, filters: OrderFilters): SQL[] {
  const conditions: SQL[] = [eq(orders.brandId, brandId)];
  if (filters.status) conditions.push(eq(orders.status, filters.status));
  if (filters.postId) conditions.push(eq(orders.postId, filters.postId));
  const from = filters.from ? dayStart(filters.from, filters.timeZone) : null;
  const to = filters.to ? dayStart(filters.to, filters.timeZone, 1) : null;
  if (from) conditions.push(gte(orders.createdAt, from));
  if (to) conditions.push(lt(orders.createdAt, to));
  const q = filters.q?.trim();
  if (q) {
    const like = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(ilike(users.name, like), ilike(users.email, like), ilike(orders.itemLabel, like), ilike(posts.title, like), ilike(variants.sku, like), sql`${orders.id}::text like ${`${q.toLowerCase()}%`}`)!,
    );
  }
  return conditions;
}

export async function listStudioOrders(db: DbOrTx, brandId: string, filters: OrderFilters = {}, limit = 200): Promise<OrderRow[]> {
  return selectOrderRows(db)
    .where(and(...filterConditions(brandId, filters)))
    .orderBy(desc(orders.createdAt))
    .limit(limit)
    .then(toOrderRows);
}

/** One of the brand's orders; another brand's order is reported as not found, never shown. */
export async function getStudioOrder(db: DbOrTx, brandId: string, orderId: string): Promise<OrderRow> {
  const [order] = await selectOrderRows(db).where(and(eq(orders.id, orderId), eq(orders.brandId, brandId))).then(toOrderRows);
  if (!order) throw new DomainError('not_found', 'errors.order.notFound');
  return order;
}
