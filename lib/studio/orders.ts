// A brand's orders in the studio: list and search, detail, fulfilment with tracking, refunds
// through Stripe's Refunds API (optionally restocking) and the CSV export. Every function takes
// the acting brand's id and touches only that brand's orders.
import 'server-only';
import type Stripe from 'stripe';
import { and, desc, eq, gte, ilike, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/open';
import { brands, orderRefunds, orders, posts, users, variants, type Order } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { currencyExponent, formatMoney } from '@/lib/money';
import { postOrderCard } from '@/lib/conversations/order-cards';
import { itemName } from '@/lib/catalog/post-title';
import { ORDER_STATUS, SHIPPED } from '@/lib/vocabulary/statuses';

export const ORDER_STATUSES = ['pending_payment', 'authorized', 'paid', 'partially_refunded', 'refunded', 'canceled', 'expired'] as const satisfies readonly Order['status'][];
const REFUNDABLE = new Set<Order['status']>(['paid', 'partially_refunded']);

export interface OrderFilters {
  status?: Order['status'];
  postId?: string;
  /** Inclusive day range, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Buyer name or email, post title, item label, SKU or order id prefix. */
  q?: string;
}

export interface StudioOrder extends Order {
  buyerName: string;
  buyerEmail: string;
  postTitle: string;
  sku: string | null;
}

/** What the brand keeps: the amount after refunds, less the platform fee. */
export function brandShareOf(order: Pick<Order, 'amountMinor' | 'platformFeeMinor'>): number {
  return order.amountMinor - order.platformFeeMinor;
}

function dayStart(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function filterConditions(brandId: string, filters: OrderFilters): SQL[] {
  const conditions: SQL[] = [eq(orders.brandId, brandId)];
  if (filters.status) conditions.push(eq(orders.status, filters.status));
  if (filters.postId) conditions.push(eq(orders.postId, filters.postId));
  const from = filters.from ? dayStart(filters.from) : null;
  const to = filters.to ? dayStart(filters.to) : null;
  if (from) conditions.push(gte(orders.createdAt, from));
  if (to) conditions.push(lt(orders.createdAt, new Date(to.getTime() + 86_400_000)));
  const q = filters.q?.trim();
  if (q) {
    const like = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(ilike(users.name, like), ilike(users.email, like), ilike(orders.itemLabel, like), ilike(posts.title, like), ilike(variants.sku, like), sql`${orders.id}::text like ${`${q.toLowerCase()}%`}`)!,
    );
  }
  return conditions;
}

function selectStudioOrders(db: DbOrTx) {
  return db
    .select({ order: orders, buyerName: users.name, buyerEmail: users.email, postTitle: posts.title, sku: variants.sku })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.buyerId))
    .innerJoin(posts, eq(posts.id, orders.postId))
    .innerJoin(variants, eq(variants.id, orders.variantId));
}

type Row = { order: Order; buyerName: string; buyerEmail: string; postTitle: string; sku: string | null };
const flatten = ({ order, ...rest }: Row): StudioOrder => ({ ...order, ...rest });

export async function listStudioOrders(db: DbOrTx, brandId: string, filters: OrderFilters = {}, limit = 200): Promise<StudioOrder[]> {
  const rows = await selectStudioOrders(db)
    .where(and(...filterConditions(brandId, filters)))
    .orderBy(desc(orders.createdAt))
    .limit(limit);
  return rows.map(flatten);
}

/** One of the brand's orders; another brand's order is reported as not found, never shown. */
export async function getStudioOrder(db: DbOrTx, brandId: string, orderId: string): Promise<StudioOrder> {
  const [row] = await selectStudioOrders(db).where(and(eq(orders.id, orderId), eq(orders.brandId, brandId)));
  if (!row) throw new DomainError('not_found', 'That order does not exist.');
  return flatten(row);
}

/** Marks a paid order shipped with its tracking reference and tells the buyer. */
export async function fulfilOrder(db: Db, brandId: string, orderId: string, trackingRef: string): Promise<Order> {
  const tracking = trackingRef.trim();
  if (!tracking || tracking.length > 100) throw new DomainError('invalid_input', 'Enter the tracking reference (up to 100 characters).', 'trackingRef');
  const current = await getStudioOrder(db, brandId, orderId);
  if (!REFUNDABLE.has(current.status)) throw new DomainError('invalid_state', 'Only paid orders can be marked fulfilled.');
  const [order] = await db
    .update(orders)
    .set({ fulfilledAt: new Date(), trackingRef: tracking, updatedAt: new Date() })
    .where(and(eq(orders.id, orderId), eq(orders.brandId, brandId), isNull(orders.fulfilledAt), inArray(orders.status, [...REFUNDABLE])))
    .returning();
  if (!order) throw new DomainError('invalid_state', 'This order is already fulfilled.');
  await postOrderCard(db, order, 'order.shipped', { tracking });
  return order;
}

/** Stores what Stripe says was refunded on an order's charge; the status follows the amount. */
async function applyRefundedAmount(db: DbOrTx, orderId: string, refundedMinor: number): Promise<Order | null> {
  const [order] = await db
    .update(orders)
    .set({
      refundedMinor: sql`least(greatest(${orders.refundedMinor}, ${refundedMinor}), ${orders.amountMinor})`,
      status: sql`case when greatest(${orders.refundedMinor}, ${refundedMinor}) >= ${orders.amountMinor} then 'refunded' else 'partially_refunded' end::order_status`,
      updatedAt: new Date(),
    })
    .where(and(eq(orders.id, orderId), inArray(orders.status, [...REFUNDABLE, 'refunded'])))
    .returning();
  return order ?? null;
}

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
  if (!REFUNDABLE.has(current.status) || !current.paymentIntentId) throw new DomainError('invalid_state', 'Only paid orders can be refunded.');
  const refundable = current.amountMinor - current.refundedMinor;
  const amount = request.amountMinor ?? refundable;
  if (!Number.isInteger(amount) || amount < 1) throw new DomainError('invalid_input', 'Enter an amount above zero.', 'amount');
  if (amount > refundable) throw new DomainError('refund_too_large', `At most ${formatMoney(refundable, current.currency)} can still be refunded.`, 'amount');
  const restock = request.restockUnits ?? 0;
  if (!Number.isInteger(restock) || restock < 0 || restock > current.quantity) {
    throw new DomainError('invalid_input', `Restock from 0 to ${current.quantity} units.`, 'restockUnits');
  }
  if (!/^[\w-]{8,64}$/.test(request.requestKey)) throw new DomainError('invalid_input', 'Reload the page and try again.');

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
    return { order: await applyRefundedAmount(tx, current.id, sum?.total ?? refund.amount), fresh: Boolean(recorded) };
  });
  if (!order.order) throw new DomainError('internal', 'The refund went through but the order could not be updated.');
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
  return applyRefundedAmount(db, order.id, charge.amount_refunded);
}

function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // Quote everything and neutralise spreadsheet formulas (a buyer chooses their own name).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The filtered orders as CSV, amounts in major units with their currency so a spreadsheet sums them right. */
export async function exportOrdersCsv(db: DbOrTx, brandId: string, filters: OrderFilters = {}): Promise<string> {
  const list = await listStudioOrders(db, brandId, filters, 10_000);
  const major = (minor: number, currency: string) => (minor / 10 ** currencyExponent(currency)).toFixed(currencyExponent(currency));
  const header = ['order_id', 'created_at', 'status', 'status_label', 'buyer_name', 'buyer_email', 'item', 'sku', 'quantity', 'currency', 'amount', 'platform_fee', 'brand_share', 'refunded', 'fulfilled_at', 'tracking', 'ship_to'];
  const lines = list.map((order) =>
    [
      order.id,
      order.createdAt.toISOString(),
      order.status,
      order.fulfilledAt && order.status === 'paid' ? SHIPPED.label : ORDER_STATUS[order.status].label,
      order.buyerName,
      order.buyerEmail,
      itemName(order.postTitle, order.itemLabel),
      order.sku,
      order.quantity,
      order.currency,
      major(order.amountMinor, order.currency),
      major(order.platformFeeMinor, order.currency),
      major(brandShareOf(order), order.currency),
      major(order.refundedMinor, order.currency),
      order.fulfilledAt?.toISOString() ?? null,
      order.trackingRef,
      order.shipping ? [order.shipping.name, order.shipping.line1, order.shipping.line2, order.shipping.postalCode, order.shipping.city, order.shipping.country].filter(Boolean).join(', ') : null,
    ]
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
