// The waitlist for sold-out variants: first come, first served. When units come back (a restock, a
// lapsed reservation) the oldest waiting buyer is offered a reserved checkout for 15 minutes.
import 'server-only';
import type Stripe from 'stripe';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { brands, posts, variants, waitlistEntries } from '@/db/schema';
import { startCheckout } from '@/lib/checkout/start-checkout';
import { forgetSoldOut } from '@/lib/checkout/sold-out';
import { isDomainError } from '@/lib/errors';
import { postOrderCard } from '@/lib/conversations/order-cards';
import { ensureStripeCustomer } from '@/lib/payments/customers';

export async function joinWaitlist(db: Db, entry: { variantId: string; userId: string; replyId: string | null; quantity: number }): Promise<void> {
  await db.insert(waitlistEntries).values(entry).onConflictDoNothing();
}

/** Ends the waitlist entry behind an offer that lapsed or was paid. */
export async function closeWaitlistOffer(db: Db, orderId: string): Promise<void> {
  await db.update(waitlistEntries).set({ status: 'done' }).where(eq(waitlistEntries.offeredOrderId, orderId));
}

/** Offers freed units to waiting buyers in turn, until the units or the waiting buyers run out. */
export async function offerToWaitlist(db: Db, stripe: Stripe, variantId: string): Promise<number> {
  // Units came back: this process must not answer "sold out" from memory any more.
  forgetSoldOut(variantId);
  let offered = 0;
  for (;;) {
    const [next] = await db
      .select({ entry: waitlistEntries, postId: variants.postId, brandId: brands.id })
      .from(waitlistEntries)
      .innerJoin(variants, eq(variants.id, waitlistEntries.variantId))
      .innerJoin(posts, eq(posts.id, variants.postId))
      .innerJoin(brands, eq(brands.id, posts.brandId))
      .where(and(eq(waitlistEntries.variantId, variantId), eq(waitlistEntries.status, 'waiting')))
      .orderBy(asc(waitlistEntries.createdAt))
      .limit(1);
    if (!next) return offered;
    // Claim the entry first, so two restocks at once never offer the same buyer twice.
    const [claimed] = await db
      .update(waitlistEntries)
      .set({ status: 'offered' })
      .where(and(eq(waitlistEntries.id, next.entry.id), eq(waitlistEntries.status, 'waiting')))
      .returning();
    if (!claimed) continue;
    try {
      const customer = await ensureStripeCustomer(db, stripe, claimed.userId);
      const session = await startCheckout(
        db,
        stripe,
        { buyerId: claimed.userId, postId: next.postId, variantId, quantity: claimed.quantity, source: 'reply', replyId: claimed.replyId ?? undefined },
        { extra: { customer } },
      );
      await db.update(waitlistEntries).set({ offeredOrderId: session.orderId }).where(eq(waitlistEntries.id, claimed.id));
      const order = { ...session, id: session.orderId, buyerId: claimed.userId, brandId: next.brandId, postId: next.postId };
      await postOrderCard(db, order, 'order.waitlist_offer', { expiresAt: session.expiresAt });
      offered++;
    } catch (error) {
      // Not enough units for this buyer's quantity (or they can no longer buy): put them back and stop.
      await db.update(waitlistEntries).set({ status: 'waiting' }).where(eq(waitlistEntries.id, claimed.id));
      if (isDomainError(error) && error.code === 'out_of_stock') return offered;
      throw error;
    }
  }
}
