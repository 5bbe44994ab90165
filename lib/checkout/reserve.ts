// Reserving stock and opening an order happen in one transaction: the stock decrement is a
// conditional UPDATE, so concurrent buyers can never take more units than exist.
import 'server-only';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/open';
import { brands, draws, orders, posts, variants, type Order } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { isPayoutsReady, platformFeeFor } from '@/lib/payments/connect';

export const RESERVATION_MINUTES = 15;

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

async function findOpenOrder(db: Db | Tx, buyerId: string, variantId: string): Promise<Order | null> {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.buyerId, buyerId), eq(orders.variantId, variantId), eq(orders.status, 'pending_payment'), gt(orders.expiresAt, new Date())));
  return order ?? null;
}

/** Gives an order's reserved units back, once: only the call that moves it out of pending restocks. */
export async function releaseReservation(tx: Db | Tx, orderId: string, status: 'expired' | 'canceled'): Promise<boolean> {
  const [released] = await tx
    .update(orders)
    .set({ status, updatedAt: new Date() })
    // An authorised drop order holds its units too, until its drop fails.
    .where(and(eq(orders.id, orderId), inArray(orders.status, ['pending_payment', 'authorized'])))
    .returning({ variantId: orders.variantId, quantity: orders.quantity });
  if (!released) return false;
  await tx.update(variants).set({ stock: sql`${variants.stock} + ${released.quantity}` }).where(eq(variants.id, released.variantId));
  return true;
}

async function reserveInTransaction(tx: Tx, request: CheckoutRequest): Promise<{ order: Order; replaced: Order | null }> {
  const [row] = await tx
    .select({ post: posts, variant: variants, brand: brands })
    .from(variants)
    .innerJoin(posts, eq(posts.id, variants.postId))
    .innerJoin(brands, eq(brands.id, posts.brandId))
    .where(and(eq(variants.id, request.variantId), eq(posts.id, request.postId)));
  if (!row) throw new DomainError('not_found', 'That option is not on this post.', 'variantId');
  const { post, variant, brand } = row;
  if (post.status !== 'published' || !post.publishedAt || post.publishedAt > new Date()) {
    throw new DomainError('not_buyable', 'This post is not for sale right now.');
  }
  // A draw's units go to its winners; once it is finished, what is left sells as usual.
  const [draw] = await tx.select({ status: draws.status }).from(draws).where(eq(draws.postId, post.id));
  if (draw && draw.status !== 'finished') throw new DomainError('not_buyable', 'This is a draw: enter it instead of buying.');
  if (post.dropGoal && (post.dropOutcome || (post.dropEndsAt && post.dropEndsAt <= new Date()))) {
    throw new DomainError('not_buyable', 'This drop has ended.');
  }
  // Payments are destination charges to the brand's Connect account, so it must be able to take them.
  if (!isPayoutsReady(brand)) throw new DomainError('payouts_not_ready', `@${brand.handle} hasn't finished setting up payouts yet.`);
  if (brand.ownerId === request.buyerId) throw new DomainError('not_buyable', 'You cannot buy from your own brand.');
  if (!Number.isInteger(request.quantity) || request.quantity < 1 || request.quantity > post.maxPerOrder) {
    throw new DomainError('invalid_input', `Choose a quantity from 1 to ${post.maxPerOrder}.`, 'quantity');
  }

  let replaced: Order | null = null;
  const open = await findOpenOrder(tx, request.buyerId, request.variantId);
  if (open && open.quantity === request.quantity) return { order: open, replaced: null };
  if (open) {
    // A different quantity replaces the open checkout: its units go back before new ones are taken.
    await releaseReservation(tx, open.id, 'canceled');
    replaced = open;
  }

  const [reserved] = await tx
    .update(variants)
    .set({ stock: sql`${variants.stock} - ${request.quantity}` })
    .where(and(eq(variants.id, variant.id), sql`${variants.stock} >= ${request.quantity}`))
    .returning({ stock: variants.stock });
  if (!reserved) {
    throw new DomainError('out_of_stock', variant.stock === 0 ? `${variant.label} is sold out.` : `Only ${variant.stock} of ${variant.label} left.`, 'quantity');
  }

  const [order] = await tx
    .insert(orders)
    .values({
      buyerId: request.buyerId,
      brandId: brand.id,
      postId: post.id,
      variantId: variant.id,
      itemLabel: variant.label,
      quantity: request.quantity,
      unitPriceMinor: variant.priceMinor,
      amountMinor: variant.priceMinor * request.quantity,
      platformFeeMinor: platformFeeFor(variant.priceMinor * request.quantity),
      currency: variant.currency,
      source: request.source ?? 'button',
      replyId: request.replyId ?? null,
      expiresAt: new Date(Date.now() + RESERVATION_MINUTES * 60_000),
    })
    .returning();
  if (!order) throw new DomainError('internal', 'The order could not be created.');
  return { order, replaced };
}

/**
 * The buyer's open order for this variant: the existing one when they already have it (a double
 * click, a retry), otherwise a new one with its units reserved.
 */
export async function reserveOrder(db: Db, request: CheckoutRequest): Promise<{ order: Order; replaced: Order | null }> {
  try {
    return await db.transaction((tx) => reserveInTransaction(tx, request));
  } catch (error) {
    // Two simultaneous requests from the same buyer: the unique index let one in; use its order.
    if (isUniqueViolation(error)) {
      const open = await findOpenOrder(db, request.buyerId, request.variantId);
      if (open) return { order: open, replaced: null };
    }
    throw error;
  }
}
