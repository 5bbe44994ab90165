// Reserving stock and opening an order: one read of everything the checks need, then one statement
// whose conditional stock UPDATE feeds the order INSERT, so concurrent buyers can never take more
// units than exist and no unit is taken without its order.
import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/open';
import { brands, draws, orders, posts, variants, type Order } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { RESERVATION_MINUTES } from './hold';
import { markSoldOut } from './sold-out';
import { isPayoutsReady, platformFeeFor } from '@/lib/payments/connect';
import { openOrder } from '@/lib/orders/open';
import { cancelOrder } from '@/lib/orders/stock-transitions';

export interface CheckoutRequest {
  buyerId: string;
  postId: string;
  variantId: string;
  quantity: number;
  source?: Order['source'];
  /** The #buy reply this purchase came from. */
  replyId?: string;
}

function isUniqueViolation(error: unknown): boolean {
  const cause = error && typeof error === 'object' && 'cause' in error ? (error as { cause: unknown }).cause : error;
  return Boolean(cause && typeof cause === 'object' && 'code' in cause && (cause as { code: unknown }).code === '23505');
}

export async function findOpenOrder(db: Db | Tx, buyerId: string, variantId: string): Promise<Order | null> {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.buyerId, buyerId), eq(orders.variantId, variantId), eq(orders.status, 'pending_payment'), gt(orders.expiresAt, new Date())));
  return order ?? null;
}

/** The post, variant and brand behind a request, and the buyer's open order for it: one read. */
async function loadCheckoutContext(db: Db | Tx, request: CheckoutRequest) {
  const [row] = await db
    .select({
      post: posts,
      variant: variants,
      brand: brands,
      open: orders,
      drawStatus: draws.status,
      // Another option of this post the buyer left open (startCheckout cancels it).
      otherOpenOnPost: sql<boolean>`exists (select 1 from ${orders} other where other.buyer_id = ${request.buyerId} and other.post_id = ${posts.id} and other.status = 'pending_payment' and other.variant_id <> ${variants.id})`,
    })
    .from(variants)
    .innerJoin(posts, eq(posts.id, variants.postId))
    .innerJoin(brands, eq(brands.id, posts.brandId))
    .leftJoin(draws, eq(draws.postId, posts.id))
    .leftJoin(
      orders,
      and(eq(orders.variantId, variants.id), eq(orders.buyerId, request.buyerId), eq(orders.status, 'pending_payment'), gt(orders.expiresAt, new Date())),
    )
    .where(and(eq(variants.id, request.variantId), eq(posts.id, request.postId)));
  if (!row) throw new DomainError('not_found', 'errors.checkout.optionNotOnPost', 'variantId');
  const { post, variant, brand } = row;
  if (post.status !== 'published' || !post.publishedAt || post.publishedAt > new Date()) {
    throw new DomainError('not_buyable', 'errors.checkout.notForSale');
  }
  // A draw's units go to its winners; once it is finished, what is left sells as usual.
  if (row.drawStatus && row.drawStatus !== 'finished') throw new DomainError('not_buyable', 'errors.checkout.isDraw');
  if (post.dropGoal && (post.dropOutcome || (post.dropEndsAt && post.dropEndsAt <= new Date()))) {
    throw new DomainError('not_buyable', 'errors.checkout.dropEnded');
  }
  // Payments are destination charges to the brand's Connect account, so it must be able to take them.
  if (!isPayoutsReady(brand)) throw new DomainError('payouts_not_ready', 'errors.checkout.payoutsNotReady', undefined, { params: { handle: brand.handle } });
  if (brand.ownerId === request.buyerId) throw new DomainError('not_buyable', 'errors.checkout.ownBrand');
  if (!Number.isInteger(request.quantity) || request.quantity < 1 || request.quantity > post.maxPerOrder) {
    throw new DomainError('invalid_input', 'errors.checkout.quantityRange', 'quantity', { params: { max: post.maxPerOrder } });
  }
  return row;
}

export type CheckoutContext = Awaited<ReturnType<typeof loadCheckoutContext>>;

/** The reserve transition (lib/orders): the units and the order in ONE statement. No row: not enough stock. */
function takeUnitsAndOpenOrder(db: Db | Tx, request: CheckoutRequest, { post, variant, brand }: CheckoutContext): Promise<Order | null> {
  const amount = variant.priceMinor * request.quantity;
  return openOrder(db, {
    buyerId: request.buyerId,
    brandId: brand.id,
    postId: post.id,
    variantId: variant.id,
    itemLabel: variant.label,
    quantity: request.quantity,
    unitPriceMinor: variant.priceMinor,
    amountMinor: amount,
    currency: variant.currency,
    source: request.source ?? 'button',
    replyId: request.replyId ?? null,
    expiresAt: sql`now() + make_interval(mins => ${RESERVATION_MINUTES})`,
    platformFeeMinor: platformFeeFor(amount),
  });
}

function outOfStock(variant: CheckoutContext['variant'], quantity: number): DomainError {
  // Failing to take a single unit means none were left: remember it, so the next buyers are told without a write.
  if (quantity === 1) markSoldOut(variant.id);
  return new DomainError('out_of_stock', variant.stock < quantity && variant.stock > 0 ? 'errors.checkout.fewLeft' : 'errors.checkout.variantSoldOut', 'quantity', { params: { stock: variant.stock, label: variant.label } });
}

export interface Reservation {
  order: Order;
  replaced: Order | null;
  context: CheckoutContext;
}

/**
 * The buyer's open order for this variant: the existing one when they already have it (a double
 * click, a retry), otherwise a new one with its units reserved. The common case is two round
 * trips: one read, one write statement.
 */
export async function reserveOrder(db: Db, request: CheckoutRequest): Promise<Reservation> {
  const context = await loadCheckoutContext(db, request);
  const { open } = context;
  if (open && open.quantity === request.quantity) return { order: open, replaced: null, context };
  try {
    if (open) {
      // A different quantity replaces the open checkout: its units go back before new ones are taken.
      return await db.transaction(async (tx) => {
        if (!(await cancelOrder(tx, open.id))) throw new DomainError('conflict', 'errors.checkout.changedMeanwhile');
        const order = await takeUnitsAndOpenOrder(tx, request, context);
        if (!order) throw outOfStock(context.variant, request.quantity);
        return { order, replaced: open, context };
      });
    }
    const order = await takeUnitsAndOpenOrder(db, request, context);
    if (!order) throw outOfStock(context.variant, request.quantity);
    return { order, replaced: null, context };
  } catch (error) {
    // Two simultaneous requests from the same buyer: the unique index let one in; use its order.
    if (isUniqueViolation(error)) {
      const existing = await findOpenOrder(db, request.buyerId, request.variantId);
      if (existing) return { order: existing, replaced: null, context };
    }
    throw error;
  }
}
