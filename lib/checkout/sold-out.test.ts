import { describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { orders, users, variants, waitlistEntries } from '@/db/schema';
import type { Db } from '@/db/open';
import { testDatabase } from '@/test/database';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { withDbAndStripe, type TestStripe } from '@/test/stripe';
import { postReply } from '@/lib/replies/post-reply';
import { expireStaleOrders } from './expire';
import { startCheckout } from './start-checkout';

let db: Db;
let stripe: TestStripe;
withDbAndStripe((database, emulator) => {
  db = database;
  stripe = emulator;
});

async function lastUnit() {
  const brand = await makeBrand(db);
  const post = await makePost(db, brand.id, { variants: [{ label: 'M', priceMinor: 2500, stock: 1 }], maxPerOrder: 3 });
  const [variant] = await db.select().from(variants).where(eq(variants.postId, post.id));
  const buy = (buyerId: string) => startCheckout(db, stripe.stripe, { buyerId, postId: post.id, variantId: variant!.id, quantity: 1 });
  return { post, variant: variant!, buy };
}

/** Runs `body` while another connection holds the variant's row lock, as a long write would. */
async function withVariantLocked<T>(variantId: string, body: () => Promise<T>): Promise<T> {
  const other = (await testDatabase()).db;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holder = other.transaction(async (tx) => {
    // The lock a stock UPDATE takes (foreign-key checks from inserts still pass).
    await tx.execute(sql`select 1 from variants where id = ${variantId} for no key update`);
    locked();
    await held;
  });
  await isLocked;
  try {
    return await body();
  } finally {
    release();
    await holder;
  }
}

describe('sold out', () => {
  it('refuses buyers after the last unit without touching the stock row or Stripe', async () => {
    const { variant, buy } = await lastUnit();
    const winner = await makeUser(db);
    await buy(winner.id);
    const loser = await makeUser(db);
    await expect(buy(loser.id)).rejects.toMatchObject({ code: 'out_of_stock' });
    const intentsBefore = (await stripe.stripe.paymentIntents.list({ limit: 100 })).data.length;
    // With the variant row locked, any attempt to write it would wait: the answers come from memory.
    const later = await Promise.all(Array.from({ length: 20 }, () => makeUser(db)));
    const outcomes = await withVariantLocked(variant.id, () => Promise.allSettled(later.map((buyer) => buy(buyer.id))));
    expect(outcomes.every((o) => o.status === 'rejected' && (o.reason as { code: string }).code === 'out_of_stock')).toBe(true);
    expect((await stripe.stripe.paymentIntents.list({ limit: 100 })).data.length).toBe(intentsBefore);
    expect(await db.select().from(orders).where(eq(orders.variantId, variant.id))).toHaveLength(1);
  });

  it('still hands the buyer who took the last unit their own order on a retry', async () => {
    const { variant, buy } = await lastUnit();
    const buyer = await makeUser(db);
    const first = await buy(buyer.id);
    await expect(buy((await makeUser(db)).id)).rejects.toMatchObject({ code: 'out_of_stock' });
    const retry = await buy(buyer.id);
    expect(retry).toMatchObject({ orderId: first.orderId, clientSecret: first.clientSecret });
    expect(await db.select().from(orders).where(eq(orders.variantId, variant.id))).toHaveLength(1);
  });

  it('a sold-out #buy reply joins the waitlist without creating a Stripe customer', async () => {
    const { post, variant, buy } = await lastUnit();
    await buy((await makeUser(db)).id);
    await expect(buy((await makeUser(db)).id)).rejects.toMatchObject({ code: 'out_of_stock' });
    const replier = await makeUser(db);
    const outcome = await withVariantLocked(variant.id, () => postReply(db, stripe.stripe, { postId: post.id, authorId: replier.id, body: '#buy M' }));
    expect(outcome.kind).toBe('waitlisted');
    const [user] = await db.select({ customer: users.stripeCustomerId }).from(users).where(eq(users.id, replier.id));
    expect(user!.customer).toBeNull();
    expect(await db.select().from(waitlistEntries).where(and(eq(waitlistEntries.userId, replier.id), eq(waitlistEntries.variantId, variant.id)))).toHaveLength(1);
  });

  it('offers a unit released by this process at once', async () => {
    const { variant, buy } = await lastUnit();
    await buy((await makeUser(db)).id);
    await expect(buy((await makeUser(db)).id)).rejects.toMatchObject({ code: 'out_of_stock' });
    await expireStaleOrders(db, stripe.stripe, { now: new Date(Date.now() + 16 * 60_000), variantId: variant.id });
    const next = await makeUser(db);
    expect(await buy(next.id)).toMatchObject({ quantity: 1 });
  });

  it('offers a unit released by another process within a second', async () => {
    const { variant, buy } = await lastUnit();
    const holder = await makeUser(db);
    const held = await buy(holder.id);
    await expect(buy((await makeUser(db)).id)).rejects.toMatchObject({ code: 'out_of_stock' });
    // Another app process expires the order: this process hears nothing about it.
    const other = (await testDatabase()).db;
    await other.transaction(async (tx) => {
      await tx.update(orders).set({ status: 'expired' }).where(eq(orders.id, held.orderId));
      await tx.update(variants).set({ stock: sql`${variants.stock} + 1` }).where(eq(variants.id, variant.id));
    });
    const released = Date.now();
    const next = await makeUser(db);
    await expect.poll(() => buy(next.id).then(() => 'reserved', (error: { code?: string }) => error.code), { interval: 50, timeout: 1_500 }).toBe('reserved');
    expect(Date.now() - released).toBeLessThan(1_500);
    const [stock] = await db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variant.id));
    expect(stock!.stock).toBe(0);
  });
});
