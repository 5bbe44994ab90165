// Reserving stock and opening an order: one read of everything the checks need, then one statement
// whose conditional stock UPDATE feeds the order INSERT, so concurrent buyers can never take more
// units than exist and no unit is taken without its order.
import 'server-only';
import { and, eq, getTableColumns, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/db/open';
import { brands, draws, orders, posts, variants, type Order } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { forgetSoldOut, markSoldOut } from './sold-out';
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

export async function findOpenOrder(db: Db | Tx, buyerId: string, variantId: string): Promise<Order | null> {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.buyerId, buyerId), eq(orders.variantId, variantId), eq(orders.status, 'pending_payment'), gt(orders.expiresAt, new Date())));
  return order ?? null;
}

/** Gives an order's reserved units back, once: only the call that moves it out of pending restocks. */
export async function releaseReservation(db: Db | Tx, orderId: string, status: 'expired' | 'canceled'): Promise<boolean> {
  // One transaction (a savepoint inside the caller's): a crash between the two updates would
  // otherwise leave the order released and its units lost (the chaos test cut exactly there).
  return db.transaction(async (tx) => {
    const [released] = await tx
      .update(orders)
      .set({ status, updatedAt: new Date() })
      // An authorised drop order holds its units too, until its drop fails.
      .where(and(eq(orders.id, orderId), inArray(orders.status, ['pending_payment', 'authorized'])))
      .returning({ variantId: orders.variantId, quantity: orders.quantity });
    if (!released) return false;
    await tx.update(variants).set({ stock: sql`${variants.stock} + ${released.quantity}` }).where(eq(variants.id, released.variantId));
    forgetSoldOut(released.variantId);
    return true;
  });
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

/**
 * Takes the units and opens the order in ONE statement: the conditional stock decrement is a CTE
 * and the insert reads from it, so no units are taken without an order and the statement is its
 * own transaction (one round trip, row lock held only while it runs). No row: not enough stock.
 */
async function takeUnitsAndOpenOrder(db: Db | Tx, request: CheckoutRequest, { post, variant, brand }: CheckoutContext): Promise<Order | null> {
  const amount = variant.priceMinor * request.quantity;
  const taken = db.$with('taken').as(
    db
      .update(variants)
      .set({ stock: sql`${variants.stock} - ${request.quantity}` })
      .where(and(eq(variants.id, variant.id), sql`${variants.stock} >= ${request.quantity}`))
      .returning({ id: variants.id }),
  );
  const values: Partial<Record<keyof typeof orders.$inferInsert, SQL>> = {
    id: sql`gen_random_uuid()`,
    buyerId: sql`${request.buyerId}`,
    brandId: sql`${brand.id}`,
    postId: sql`${post.id}`,
    variantId: sql`${variant.id}`,
    itemLabel: sql`${variant.label}`,
    quantity: sql`${request.quantity}`,
    unitPriceMinor: sql`${variant.priceMinor}`,
    amountMinor: sql`${amount}`,
    currency: sql`${variant.currency}`,
    status: sql`'pending_payment'`,
    source: sql`${request.source ?? 'button'}`,
    replyId: sql`${request.replyId ?? null}`,
    expiresAt: sql`now() + make_interval(mins => ${RESERVATION_MINUTES})`,
    platformFeeMinor: sql`${platformFeeFor(amount)}`,
    refundedMinor: sql`0`,
    createdAt: sql`now()`,
    updatedAt: sql`now()`,
  };
  // INSERT … SELECT takes every column, in the table's order; parameters there are untyped, hence the casts.
  const selection = Object.fromEntries(
    Object.entries(getTableColumns(orders)).map(([key, column]) => [
      key,
      sql`(${values[key as keyof typeof values] ?? sql`null`})::${sql.raw(column.getSQLType())}`.as(column.name),
    ]),
  ) as unknown as Record<keyof typeof orders.$inferSelect, SQL.Aliased>;
  const [order] = await db
    .with(taken)
    .insert(orders)
    .select((qb) => qb.select(selection).from(taken))
    .returning();
  return order ?? null;
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
        if (!(await releaseReservation(tx, open.id, 'canceled'))) throw new DomainError('conflict', 'errors.checkout.changedMeanwhile');
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
