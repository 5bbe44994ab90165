// After the window closes: the draw is made once (seed revealed, entries ranked), then each option's
// units are offered in rank order. An offer reserves the unit as an order and charges the entered
// card off-session; a winner whose bank wants authentication (or whose card is declined) has 30
// minutes to pay, after which the unit goes to the next entrant. When every unit is sold, or nobody
// is left, the rest hear "not this time". Each step is a conditional update or runs under a row
// lock, so concurrent ticks, retries and webhooks never offer, charge or sell a unit twice.
import 'server-only';
import type Stripe from 'stripe';
import { and, asc, count, eq, inArray, isNotNull, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { drawEntries, draws, drawVariants, orders, posts, users, variants, type Draw, type DrawEntry, type Order } from '@/db/schema';
import { openOrder } from '@/lib/orders/open';
import { expireOrder } from '@/lib/orders/stock-transitions';
import { retrievePaymentIntent, settleFromPaymentIntent } from '@/lib/checkout/settle';
import { postOrderCard, sendNotice } from '@/lib/conversations/order-cards';
import { destinationChargeParams, platformFeeFor } from '@/lib/payments/connect';
import { cardErrorWithIntent } from '@/lib/payments/card-error';
import { storedDecline } from '@/lib/payments/decline-messages';
import { OFFER_MINUTES } from './rules';
import { shuffleEntries } from './shuffle';

/** Charges (and notices) in flight at once: enough to allocate 1,000 units quickly, few enough for the pool. */
const CHARGE_CONCURRENCY = 8;

/** Closes the draw if its window has passed: voids banned entrants, reveals the seed, ranks the rest. Only one caller gets true. */
export async function makeDraw(db: Db, drawId: string, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [draw] = await tx.select().from(draws).where(eq(draws.id, drawId)).for('update');
    if (!draw || draw.status !== 'open' || draw.closesAt > now) return false;
    await tx
      .update(drawEntries)
      .set({ status: 'void', updatedAt: now })
      .where(and(eq(drawEntries.drawId, drawId), eq(drawEntries.status, 'entered'), inArray(drawEntries.userId, tx.select({ id: users.id }).from(users).where(isNotNull(users.bannedAt)))));
    const valid = await tx
      .select({ id: drawEntries.id })
      .from(drawEntries)
      .where(and(eq(drawEntries.drawId, drawId), eq(drawEntries.status, 'entered')))
      .orderBy(asc(drawEntries.id));
    const order = shuffleEntries(draw.seed, valid.map((entry) => entry.id));
    if (order.length > 0) {
      const ids = `{${order.join(',')}}`;
      const ranks = `{${order.map((_, rank) => rank).join(',')}}`;
      await tx.execute(
        sql`update draw_entries set rank = ranked.rank from unnest(${ids}::bigint[], ${ranks}::int[]) as ranked(id, rank) where draw_entries.id = ranked.id`,
      );
    }
    await tx.update(draws).set({ status: 'drawn', drawnAt: now, updatedAt: now }).where(eq(draws.id, drawId));
    return true;
  });
}

async function markWon(db: Db, entryId: number): Promise<boolean> {
  const won = await db
    .update(drawEntries)
    .set({ status: 'won', updatedAt: new Date() })
    .where(and(eq(drawEntries.id, entryId), eq(drawEntries.status, 'offered')))
    .returning({ id: drawEntries.id });
  return won.length > 0;
}

/**
 * Offers free units of one option to the next entrants in rank order, each as a reserved order.
 * The option's row lock makes offers one at a time, so offered + won never exceeds the units.
 */
export async function offerUnits(db: Db, drawId: string, variantId: string, now = new Date()): Promise<number[]> {
  return db.transaction(async (tx) => {
    const [option] = await tx
      .select()
      .from(drawVariants)
      .where(and(eq(drawVariants.drawId, drawId), eq(drawVariants.variantId, variantId)))
      .for('update');
    const [draw] = await tx.select().from(draws).where(eq(draws.id, drawId));
    if (!option || draw?.status !== 'drawn') return [];
    const [taken] = await tx
      .select({ n: count() })
      .from(drawEntries)
      .where(and(eq(drawEntries.drawId, drawId), eq(drawEntries.variantId, variantId), inArray(drawEntries.status, ['offered', 'won'])));
    const free = option.units - (taken?.n ?? 0);
    if (free <= 0) return [];
    const candidates = await tx
      .select({ entry: drawEntries, bannedAt: users.bannedAt })
      .from(drawEntries)
      .innerJoin(users, eq(users.id, drawEntries.userId))
      .where(and(eq(drawEntries.drawId, drawId), eq(drawEntries.variantId, variantId), eq(drawEntries.status, 'entered'), isNotNull(drawEntries.rank)))
      .orderBy(asc(drawEntries.rank))
      .limit(free + 20);
    const [row] = await tx
      .select({ variant: variants, brandId: posts.brandId })
      .from(variants)
      .innerJoin(posts, eq(posts.id, variants.postId))
      .where(eq(variants.id, variantId));
    if (!row) return [];
    const offered: number[] = [];
    const expiresAt = new Date(now.getTime() + OFFER_MINUTES * 60_000);
    for (const { entry, bannedAt } of candidates) {
      if (offered.length >= free) break;
      if (bannedAt) {
        // Banned after the draw was made: the entry is void and the unit goes on down the list.
        await tx.update(drawEntries).set({ status: 'void', updatedAt: now }).where(eq(drawEntries.id, entry.id));
        continue;
      }
      const order = await openOrder(tx, {
        buyerId: entry.userId,
        brandId: row.brandId,
        postId: row.variant.postId,
        variantId,
        itemLabel: row.variant.label,
        quantity: 1,
        unitPriceMinor: row.variant.priceMinor,
        amountMinor: row.variant.priceMinor,
        platformFeeMinor: platformFeeFor(row.variant.priceMinor),
        currency: row.variant.currency,
        paymentMethodSummary: entry.cardSummary,
        expiresAt,
      });
      if (!order) break;
      await tx.update(drawEntries).set({ status: 'offered', orderId: order.id, offerExpiresAt: expiresAt, updatedAt: now }).where(eq(drawEntries.id, entry.id));
      offered.push(entry.id);
    }
    return offered;
  });
}

async function loadOffer(db: Db, entryId: number): Promise<{ entry: DrawEntry; order: Order; customerId: string | null } | null> {
  const [row] = await db
    .select({ entry: drawEntries, order: orders, customerId: users.stripeCustomerId })
    .from(drawEntries)
    .innerJoin(orders, eq(orders.id, drawEntries.orderId))
    .innerJoin(users, eq(users.id, drawEntries.userId))
    .where(eq(drawEntries.id, entryId));
  return row ?? null;
}

async function recordWin(db: Db, stripe: Stripe, entry: DrawEntry, order: Order, intent: Stripe.PaymentIntent): Promise<boolean> {
  const outcome = await settleFromPaymentIntent(db, stripe, intent);
  if (outcome !== 'paid' && outcome !== 'already_paid') return false;
  if (await markWon(db, entry.id)) await postOrderCard(db, order, 'draw.won', { card: entry.cardSummary });
  return true;
}

export type ChargeOutcome = 'won' | 'needs_buyer' | 'not_offered';

/**
 * Charges an offered unit to the entered card, off-session. The idempotency key is the entry's, so
 * a retry after a crash gets the same PaymentIntent rather than a second charge.
 */
export async function chargeOffer(db: Db, stripe: Stripe, entryId: number): Promise<ChargeOutcome> {
  const offer = await loadOffer(db, entryId);
  if (!offer || offer.entry.status !== 'offered' || offer.order.status !== 'pending_payment') {
    if (offer?.entry.status === 'offered' && offer.order.status === 'paid' && (await markWon(db, entryId))) {
      await postOrderCard(db, offer.order, 'draw.won', { card: offer.entry.cardSummary });
    }
    return offer?.entry.status === 'won' || offer?.order.status === 'paid' ? 'won' : 'not_offered';
  }
  const { entry, order } = offer;
  if (order.paymentIntentId) {
    // Tried already: the winner is finishing it (or the payment landed and the webhook is on its way).
    const intent = await retrievePaymentIntent(stripe, order.paymentIntentId);
    if (intent.status === 'succeeded' && (await recordWin(db, stripe, entry, order, intent))) return 'won';
    return 'needs_buyer';
  }
  let intent: Stripe.PaymentIntent;
  try {
    intent = await stripe.paymentIntents.create(
      {
        ...(await destinationChargeParams(db, order)),
        amount: order.amountMinor,
        currency: order.currency.toLowerCase(),
        customer: offer.customerId ?? undefined,
        payment_method: entry.paymentMethodId,
        off_session: true,
        confirm: true,
        description: `${order.itemLabel} ×1 (draw)`,
        metadata: { order_id: order.id, draw_entry_id: String(entry.id) },
      },
      { idempotencyKey: `draw-entry-${entry.id}-charge` },
    );
  } catch (caught) {
    const error = cardErrorWithIntent(caught);
    if (!error) throw caught;
    // Authentication needed or declined: the intent stays open for the winner, for 30 minutes.
    const failed = error.payment_intent;
    const [saved] = await db
      .update(orders)
      .set({ paymentIntentId: failed.id, clientSecret: failed.client_secret, lastPaymentError: storedDecline(error), updatedAt: new Date() })
      .where(and(eq(orders.id, order.id), sql`${orders.paymentIntentId} is null`))
      .returning({ id: orders.id });
    // Stripe's code (authentication_required, or the decline code), worded in the reader's language when read.
    if (saved) await postOrderCard(db, order, 'draw.pay_needed', { code: error.decline_code ?? error.code ?? 'card_declined' });
    return 'needs_buyer';
  }
  await db
    .update(orders)
    .set({ paymentIntentId: intent.id, clientSecret: intent.client_secret, updatedAt: new Date() })
    .where(and(eq(orders.id, order.id), sql`${orders.paymentIntentId} is null`));
  return (await recordWin(db, stripe, entry, order, intent)) ? 'won' : 'needs_buyer';
}

/** Offers whose 30 minutes passed: paid at the last second wins; otherwise the unit is released. */
export async function lapseOffers(db: Db, stripe: Stripe, drawId: string, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: drawEntries.id })
    .from(drawEntries)
    .where(and(eq(drawEntries.drawId, drawId), eq(drawEntries.status, 'offered'), lte(drawEntries.offerExpiresAt, now)));
  let lapsed = 0;
  for (const { id } of due) {
    const offer = await loadOffer(db, id);
    if (!offer) continue;
    const { entry, order } = offer;
    if (order.paymentIntentId) {
      const intent = await retrievePaymentIntent(stripe, order.paymentIntentId);
      if (intent.status === 'succeeded' && (await recordWin(db, stripe, entry, order, intent))) continue;
      if (intent.status !== 'canceled') await stripe.paymentIntents.cancel(intent.id, {}, { idempotencyKey: `draw-entry-${entry.id}-lapse` });
    }
    await expireOrder(db, order.id);
    const [current] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id));
    // The reservation sweep may have expired the order first; either way it is no longer payable.
    if (current?.status === 'paid') {
      if (await markWon(db, entry.id)) await postOrderCard(db, order, 'draw.won', { card: entry.cardSummary });
      continue;
    }
    const moved = await db
      .update(drawEntries)
      .set({ status: 'lapsed', updatedAt: now })
      .where(and(eq(drawEntries.id, entry.id), eq(drawEntries.status, 'offered')))
      .returning({ id: drawEntries.id });
    if (moved.length > 0) {
      lapsed++;
      await postOrderCard(db, order, 'draw.lapsed');
    }
  }
  return lapsed;
}

/**
 * An option is done when nothing is on offer and either every unit is won or nobody is left; then
 * the remaining entrants lose, once. Returns true when the whole draw is finished.
 */
export async function finishDraw(db: Db, draw: Pick<Draw, 'id' | 'postId'>, now = new Date()): Promise<boolean> {
  const options = await db.select().from(drawVariants).where(eq(drawVariants.drawId, draw.id));
  const [post] = await db.select({ title: posts.title }).from(posts).where(eq(posts.id, draw.postId));
  const title = post?.title ?? '';
  let done = 0;
  for (const option of options) {
    const losers = await db.transaction(async (tx) => {
      await tx.select().from(drawVariants).where(and(eq(drawVariants.drawId, draw.id), eq(drawVariants.variantId, option.variantId))).for('update');
      const tally = await tx
        .select({ status: drawEntries.status, n: count() })
        .from(drawEntries)
        .where(and(eq(drawEntries.drawId, draw.id), eq(drawEntries.variantId, option.variantId), inArray(drawEntries.status, ['offered', 'won', 'entered'])))
        .groupBy(drawEntries.status);
      const n = (status: string) => tally.find((row) => row.status === status)?.n ?? 0;
      if (n('offered') > 0) return null;
      if (n('won') < option.units && n('entered') > 0) {
        // Units left and people waiting: only stock running out ends the option early.
        const [stock] = await tx.select({ stock: variants.stock }).from(variants).where(eq(variants.id, option.variantId));
        if ((stock?.stock ?? 0) > 0) return null;
      }
      return tx
        .update(drawEntries)
        .set({ status: 'lost', updatedAt: now })
        .where(and(eq(drawEntries.drawId, draw.id), eq(drawEntries.variantId, option.variantId), eq(drawEntries.status, 'entered')))
        .returning({ userId: drawEntries.userId });
    });
    if (losers === null) continue;
    done++;
    for (let i = 0; i < losers.length; i += CHARGE_CONCURRENCY) {
      await Promise.all(losers.slice(i, i + CHARGE_CONCURRENCY).map((loser) => sendNotice(db, loser.userId, 'draw.lost', { postId: draw.postId, title })));
    }
  }
  if (done < options.length) return false;
  const finished = await db
    .update(draws)
    .set({ status: 'finished', finishedAt: now, updatedAt: now })
    .where(and(eq(draws.id, draw.id), eq(draws.status, 'drawn')))
    .returning({ id: draws.id });
  return finished.length > 0;
}

/** One pass over a drawn draw: lapse overdue offers, retry unfinished charges, offer free units, finish. */
export async function advanceDraw(db: Db, stripe: Stripe, draw: Pick<Draw, 'id' | 'postId'>, now = new Date()): Promise<void> {
  await lapseOffers(db, stripe, draw.id, now);
  const options = await db.select({ variantId: drawVariants.variantId }).from(drawVariants).where(eq(drawVariants.drawId, draw.id));
  for (const { variantId } of options) {
    // Charges that never completed (a crash between offering and charging) are retried first.
    const open = await db
      .select({ id: drawEntries.id })
      .from(drawEntries)
      .innerJoin(orders, eq(orders.id, drawEntries.orderId))
      .where(and(eq(drawEntries.drawId, draw.id), eq(drawEntries.variantId, variantId), eq(drawEntries.status, 'offered')))
      .orderBy(asc(drawEntries.rank));
    for (const { id } of open) await chargeOffer(db, stripe, id);
    // A charge that needs the winner keeps its unit on offer for 30 minutes, so one round suffices.
    const offered = await offerUnits(db, draw.id, variantId, now);
    for (let i = 0; i < offered.length; i += CHARGE_CONCURRENCY) {
      await Promise.all(offered.slice(i, i + CHARGE_CONCURRENCY).map((id) => chargeOffer(db, stripe, id)));
    }
  }
  await finishDraw(db, draw, now);
}

/** The close tick: draws whose window passed are made, and drawn ones move on. */
export async function tickDraws(db: Db, stripe: Stripe, now = new Date(), batch = 20): Promise<{ drawn: number; advanced: number }> {
  const due = await db
    .select({ id: draws.id, postId: draws.postId, status: draws.status })
    .from(draws)
    .where(and(ne(draws.status, 'finished'), lte(draws.closesAt, now)))
    .orderBy(asc(draws.closesAt))
    .limit(batch);
  let drawn = 0;
  for (const draw of due) {
    try {
      if (draw.status === 'open' && (await makeDraw(db, draw.id, now))) drawn++;
      await advanceDraw(db, stripe, draw, now);
    } catch (error) {
      // Left as it is: every step can be retried, and the next tick does.
      console.error('draw tick: could not advance a draw', { drawId: draw.id, error });
    }
  }
  return { drawn, advanced: due.length };
}
