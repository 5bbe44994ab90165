// Entering and leaving a draw. An entry names the option wanted and a saved card that can be
// charged later without the entrant present; one live entry per person and per card.
import 'server-only';
import type Stripe from 'stripe';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { drawEntries, draws, drawVariants, follows, users, brands, type Draw, type DrawEntry } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { describeCard } from '@/lib/checkout/payment-summary';
import { ENTRIES_PER_DRAW, ENTRIES_PER_HOUR } from './rules';

export interface EntryRequest {
  userId: string;
  postId: string;
  variantId: string;
  paymentMethodId: string;
}

export async function requireDrawForPost(db: Db, postId: string): Promise<Draw> {
  const [draw] = await db.select().from(draws).where(eq(draws.postId, postId));
  if (!draw) throw new DomainError('not_found', 'errors.draw.notADraw');
  return draw;
}

function checkWindow(draw: Draw, now: Date): void {
  if (draw.status !== 'open' || draw.closesAt <= now) throw new DomainError('draw_closed', 'errors.draw.closed');
  if (draw.opensAt > now) throw new DomainError('draw_closed', 'errors.draw.opensAt', undefined, { params: { opensAt: draw.opensAt.getTime() } });
}

/**
 * Everything an entry is checked against, in ONE read: the draw, the option, the entrant (with the
 * follow the rules may ask for), their live entry and the counts the rate limits look at.
 */
async function loadEntryContext(db: Db, request: EntryRequest, now: Date) {
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const [row] = await db
    .select({
      draw: draws,
      optionUnits: drawVariants.units,
      ownerId: brands.ownerId,
      // A left-joined object is null when its first column is, so it starts with the id.
      user: { id: users.id, bannedAt: users.bannedAt, createdAt: users.createdAt, emailVerified: users.emailVerified, customerId: users.stripeCustomerId },
      followedAt: follows.createdAt,
      mine: drawEntries,
      enteredLastHour: sql<number>`(select count(*) from ${drawEntries} recent where recent.user_id = ${request.userId} and recent.created_at >= ${hourAgo.toISOString()}::timestamptz)::int`,
      enteredHere: sql<number>`(select count(*) from ${drawEntries} here where here.draw_id = ${draws.id} and here.user_id = ${request.userId})::int`,
    })
    .from(draws)
    .innerJoin(brands, eq(brands.id, draws.brandId))
    .leftJoin(users, eq(users.id, request.userId))
    .leftJoin(drawVariants, and(eq(drawVariants.drawId, draws.id), eq(drawVariants.variantId, request.variantId)))
    .leftJoin(follows, and(eq(follows.followerId, request.userId), eq(follows.brandId, draws.brandId)))
    .leftJoin(drawEntries, and(eq(drawEntries.drawId, draws.id), eq(drawEntries.userId, request.userId), ne(drawEntries.status, 'withdrawn')))
    .where(eq(draws.postId, request.postId));
  if (!row) throw new DomainError('not_found', 'errors.draw.notADraw');
  return row;
}

type EntryContext = Awaited<ReturnType<typeof loadEntryContext>>;

/** The draw's entry rules, with the reason a person does not meet them. */
function checkEligibility({ draw, user, ownerId, followedAt }: EntryContext, userId: string, now: Date): void {
  if (!user || user.bannedAt) throw new DomainError('banned', 'errors.draw.accountCannotEnter');
  if (ownerId === userId) throw new DomainError('not_eligible', 'errors.draw.ownDraw');
  if (draw.minAccountAgeDays && now.getTime() - user.createdAt.getTime() < draw.minAccountAgeDays * 86_400_000) {
    throw new DomainError('not_eligible', 'errors.draw.accountAge', undefined, { params: { days: draw.minAccountAgeDays } });
  }
  if (draw.requireVerifiedEmail && !user.emailVerified) throw new DomainError('not_eligible', 'errors.draw.verifiedEmail');
  if (draw.requireFollower && (!followedAt || followedAt >= draw.opensAt)) {
    throw new DomainError('not_eligible', 'errors.draw.followersOnly');
  }
}

function checkRate({ enteredLastHour, enteredHere }: EntryContext): void {
  if (enteredLastHour >= ENTRIES_PER_HOUR) throw new DomainError('rate_limited', 'errors.draw.tooManyEntries');
  if (enteredHere >= ENTRIES_PER_DRAW) throw new DomainError('rate_limited', 'errors.draw.entriesPerDraw', undefined, { params: { max: ENTRIES_PER_DRAW } });
}

/** The card must be saved on the entrant's own Stripe customer, so it can be charged off-session. */
async function requireChargeableCard(stripe: Stripe, customerId: string | null, paymentMethodId: string): Promise<Stripe.PaymentMethod & { card: Stripe.PaymentMethod.Card }> {
  const method = customerId ? await stripe.paymentMethods.retrieve(paymentMethodId).catch(() => null) : null;
  if (!method || method.customer !== customerId || !method.card?.fingerprint) {
    throw new DomainError('not_found', 'errors.payment.cardNotSaved', 'paymentMethodId');
  }
  return method as Stripe.PaymentMethod & { card: Stripe.PaymentMethod.Card };
}

async function liveEntry(db: Db, drawId: string, column: 'user' | 'card', value: string): Promise<DrawEntry | null> {
  const [entry] = await db
    .select()
    .from(drawEntries)
    .where(and(eq(drawEntries.drawId, drawId), eq(column === 'user' ? drawEntries.userId : drawEntries.cardFingerprint, value), ne(drawEntries.status, 'withdrawn')));
  return entry ?? null;
}

async function refuseSharedCard(db: Db, draw: Draw): Promise<never> {
  // Counted for the admin queue: several accounts behind one card is how bots multiply entries.
  await db.update(draws).set({ sharedCardAttempts: sql`${draws.sharedCardAttempts} + 1` }).where(eq(draws.id, draw.id));
  throw new DomainError('card_in_use', 'errors.draw.cardInUse', 'paymentMethodId');
}

/**
 * Inserts the entry in ONE statement, only while the draw is open: the draw row is read FOR SHARE
 * (the lock the close takes exclusively, so an entry is either in the draw or refused) and the
 * unique indexes (one live entry per person, per card) turn a duplicate into no row.
 */
async function insertEntryWhileOpen(db: Db, drawId: string, request: EntryRequest, method: Stripe.PaymentMethod & { card: Stripe.PaymentMethod.Card }, now: Date): Promise<DrawEntry | null> {
  const cardSummary = describeCard(method.card) ?? 'Card';
  // Raw SQL: drizzle's INSERT … SELECT must name the identity column, which Postgres refuses.
  type Inserted = { id: string | number; created_at: string | Date };
  const result = await db.execute<Inserted>(sql`
    insert into ${drawEntries} (draw_id, user_id, variant_id, payment_method_id, card_fingerprint, card_summary)
    select ${draws.id}, ${request.userId}, ${request.variantId}::uuid, ${method.id}, ${method.card.fingerprint}, ${cardSummary}
    from ${draws}
    where ${draws.id} = ${drawId} and ${draws.status} = 'open' and ${draws.opensAt} <= ${now.toISOString()}::timestamptz and ${draws.closesAt} > ${now.toISOString()}::timestamptz
    for share
    on conflict do nothing
    returning id, created_at`);
  // postgres.js answers with the rows, PGlite with { rows }.
  const [row] = (Array.isArray(result) ? result : (result as unknown as { rows: Inserted[] }).rows) as Inserted[];
  if (!row) return null;
  const createdAt = new Date(row.created_at);
  return {
    id: Number(row.id),
    drawId,
    userId: request.userId,
    variantId: request.variantId,
    paymentMethodId: method.id,
    cardFingerprint: method.card.fingerprint!,
    cardSummary,
    status: 'entered',
    rank: null,
    orderId: null,
    offerExpiresAt: null,
    createdAt,
    updatedAt: createdAt,
  };
}

/** Enters the draw; entering again with the same option and card returns the same entry. */
export async function enterDraw(db: Db, stripe: Stripe, request: EntryRequest, now = new Date()): Promise<DrawEntry> {
  // The common case is two database round trips (this read and the insert) and one Stripe retrieve.
  const context = await loadEntryContext(db, request, now);
  const { draw, mine } = context;
  checkWindow(draw, now);
  if (context.optionUnits === null) throw new DomainError('invalid_input', 'errors.draw.optionNotInDraw', 'variantId');
  checkEligibility(context, request.userId, now);
  if (mine) {
    if (mine.variantId === request.variantId && mine.paymentMethodId === request.paymentMethodId) return mine;
    throw new DomainError('already_entered', 'errors.draw.alreadyEntered');
  }
  checkRate(context);
  const method = await requireChargeableCard(stripe, context.user!.customerId, request.paymentMethodId);
  const entry = await insertEntryWhileOpen(db, draw.id, request, method, now);
  if (entry) return entry;
  // No row: the window closed meanwhile, or a live entry (a second request, or another account's
  // with the same card) took the place first.
  const again = await liveEntry(db, draw.id, 'user', request.userId);
  if (again) {
    if (again.variantId === request.variantId && again.paymentMethodId === request.paymentMethodId) return again;
    throw new DomainError('already_entered', 'errors.draw.alreadyEntered');
  }
  if (await liveEntry(db, draw.id, 'card', method.card.fingerprint!)) await refuseSharedCard(db, draw);
  throw new DomainError('draw_closed', 'errors.draw.closed');
}

export async function withdrawEntry(db: Db, userId: string, postId: string): Promise<void> {
  const draw = await requireDrawForPost(db, postId);
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(draws).where(eq(draws.id, draw.id)).for('share');
    const now = new Date();
    if (current!.status !== 'open' || current!.closesAt <= now) throw new DomainError('draw_closed', 'errors.draw.withdrawClosed');
    const withdrawn = await tx
      .update(drawEntries)
      .set({ status: 'withdrawn', updatedAt: now })
      .where(and(eq(drawEntries.drawId, draw.id), eq(drawEntries.userId, userId), eq(drawEntries.status, 'entered')))
      .returning({ id: drawEntries.id });
    if (withdrawn.length === 0) throw new DomainError('not_found', 'errors.draw.noEntry');
  });
}
