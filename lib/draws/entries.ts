// Entering and leaving a draw. An entry names the option wanted and a saved card that can be
// charged later without the entrant present; one live entry per person and per card.
import 'server-only';
import type Stripe from 'stripe';
import { and, count, eq, gte, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { drawEntries, draws, drawVariants, follows, users, brands, type Draw, type DrawEntry } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { describeCard } from '@/lib/checkout/payment-summary';
import { ensureStripeCustomer } from '@/lib/payments/customers';
import { ENTRIES_PER_DRAW, ENTRIES_PER_HOUR } from './rules';

export interface EntryRequest {
  userId: string;
  postId: string;
  variantId: string;
  paymentMethodId: string;
}

export async function requireDrawForPost(db: Db, postId: string): Promise<Draw> {
  const [draw] = await db.select().from(draws).where(eq(draws.postId, postId));
  if (!draw) throw new DomainError('not_found', 'This post is not a draw.');
  return draw;
}

function checkWindow(draw: Draw, now: Date): void {
  if (draw.status !== 'open' || draw.closesAt <= now) throw new DomainError('draw_closed', 'Entries for this draw are closed.');
  if (draw.opensAt > now) throw new DomainError('draw_closed', `Entries open ${draw.opensAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`);
}

/** The draw's entry rules, with the reason a person does not meet them. */
async function checkEligibility(db: Db, draw: Draw, userId: string, now: Date): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.bannedAt) throw new DomainError('banned', 'This account cannot enter draws.');
  const [brand] = await db.select({ ownerId: brands.ownerId }).from(brands).where(eq(brands.id, draw.brandId));
  if (brand?.ownerId === userId) throw new DomainError('not_eligible', 'You cannot enter your own draw.');
  if (draw.minAccountAgeDays && now.getTime() - user.createdAt.getTime() < draw.minAccountAgeDays * 86_400_000) {
    throw new DomainError('not_eligible', `This draw is for accounts older than ${draw.minAccountAgeDays} days.`);
  }
  if (draw.requireVerifiedEmail && !user.emailVerified) throw new DomainError('not_eligible', 'This draw needs a verified email address.');
  if (draw.requireFollower) {
    const [follow] = await db.select({ at: follows.createdAt }).from(follows).where(and(eq(follows.followerId, userId), eq(follows.brandId, draw.brandId)));
    if (!follow || follow.at >= draw.opensAt) throw new DomainError('not_eligible', 'This draw is for people who followed the brand before it opened.');
  }
}

async function checkRate(db: Db, draw: Draw, userId: string, now: Date): Promise<void> {
  const [recent] = await db
    .select({ n: count() })
    .from(drawEntries)
    .where(and(eq(drawEntries.userId, userId), gte(drawEntries.createdAt, new Date(now.getTime() - 3_600_000))));
  if ((recent?.n ?? 0) >= ENTRIES_PER_HOUR) throw new DomainError('rate_limited', 'You have entered a lot of draws in the last hour. Try again later.');
  const [here] = await db.select({ n: count() }).from(drawEntries).where(and(eq(drawEntries.drawId, draw.id), eq(drawEntries.userId, userId)));
  if ((here?.n ?? 0) >= ENTRIES_PER_DRAW) throw new DomainError('rate_limited', `You can enter this draw at most ${ENTRIES_PER_DRAW} times.`);
}

/** The card must be saved on the entrant's own Stripe customer, so it can be charged off-session. */
async function requireChargeableCard(db: Db, stripe: Stripe, userId: string, paymentMethodId: string): Promise<Stripe.PaymentMethod & { card: Stripe.PaymentMethod.Card }> {
  const customerId = await ensureStripeCustomer(db, stripe, userId);
  const method = await stripe.paymentMethods.retrieve(paymentMethodId).catch(() => null);
  if (!method || method.customer !== customerId || !method.card?.fingerprint) {
    throw new DomainError('not_found', 'That card is not saved on your account.', 'paymentMethodId');
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
  throw new DomainError('card_in_use', 'That card is already entered in this draw by another account.', 'paymentMethodId');
}

/** Enters the draw; entering again with the same option and card returns the same entry. */
export async function enterDraw(db: Db, stripe: Stripe, request: EntryRequest, now = new Date()): Promise<DrawEntry> {
  const draw = await requireDrawForPost(db, request.postId);
  checkWindow(draw, now);
  // Independent reads run together: an entry is a burst-time request.
  const [[option], , mine] = await Promise.all([
    db.select().from(drawVariants).where(and(eq(drawVariants.drawId, draw.id), eq(drawVariants.variantId, request.variantId))),
    checkEligibility(db, draw, request.userId, now),
    liveEntry(db, draw.id, 'user', request.userId),
  ]);
  if (!option) throw new DomainError('invalid_input', 'That option is not in this draw.', 'variantId');
  if (mine) {
    if (mine.variantId === request.variantId && mine.paymentMethodId === request.paymentMethodId) return mine;
    throw new DomainError('already_entered', 'You have already entered this draw. Withdraw first to change your option or card.');
  }
  const [, method] = await Promise.all([checkRate(db, draw, request.userId, now), requireChargeableCard(db, stripe, request.userId, request.paymentMethodId)]);
  if (await liveEntry(db, draw.id, 'card', method.card.fingerprint!)) await refuseSharedCard(db, draw);

  try {
    return await db.transaction(async (tx) => {
      // Shares the lock the close takes exclusively: an entry is either in the draw or refused.
      const [current] = await tx.select().from(draws).where(eq(draws.id, draw.id)).for('share');
      checkWindow(current!, now);
      const [entry] = await tx
        .insert(drawEntries)
        .values({
          drawId: draw.id,
          userId: request.userId,
          variantId: request.variantId,
          paymentMethodId: method.id,
          cardFingerprint: method.card.fingerprint!,
          cardSummary: describeCard(method.card) ?? 'Card',
        })
        .returning();
      return entry!;
    });
  } catch (error) {
    // Lost a race with a second request: the unique indexes decide who is in.
    const again = await liveEntry(db, draw.id, 'user', request.userId);
    if (again) return again;
    if (await liveEntry(db, draw.id, 'card', method.card.fingerprint!)) await refuseSharedCard(db, draw);
    throw error;
  }
}

export async function withdrawEntry(db: Db, userId: string, postId: string): Promise<void> {
  const draw = await requireDrawForPost(db, postId);
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(draws).where(eq(draws.id, draw.id)).for('share');
    const now = new Date();
    if (current!.status !== 'open' || current!.closesAt <= now) throw new DomainError('draw_closed', 'The draw has closed; entries can no longer be withdrawn.');
    const withdrawn = await tx
      .update(drawEntries)
      .set({ status: 'withdrawn', updatedAt: now })
      .where(and(eq(drawEntries.drawId, draw.id), eq(drawEntries.userId, userId), eq(drawEntries.status, 'entered')))
      .returning({ id: drawEntries.id });
    if (withdrawn.length === 0) throw new DomainError('not_found', 'You have no entry in this draw.');
  });
}
