// A drop through the admission line on real PostgreSQL: two "processes" (each its own line and its
// own connections) take 1,000 buyers at once for 100 units. The line only orders work; the answer
// must still come from the database: exactly 100 reservations, 900 sold out, nothing oversold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { orders, variants } from '@/db/schema';
import type { Database, Db } from '@/db/open';
import { testDatabase } from '@/test/database';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { withDbAndStripe, type TestStripe } from '@/test/stripe';
import { isDomainError } from '@/lib/errors';
import { admissionGate } from './admission';
import { knownSoldOut } from './sold-out';
import { startCheckout } from './start-checkout';

let db: Db;
let stripe: TestStripe;
withDbAndStripe((database, emulator) => {
  db = database;
  stripe = emulator;
});
let other: Database;
beforeAll(async () => {
  other = await testDatabase();
});
afterAll(async () => {
  await other.close();
});

async function dropOf(stock: number) {
  const brand = await makeBrand(db);
  const post = await makePost(db, brand.id, { variants: [{ label: 'M', priceMinor: 2500, stock }], maxPerOrder: 1 });
  const [variant] = await db.select().from(variants).where(eq(variants.postId, post.id));
  return { postId: post.id, variantId: variant!.id };
}

/** One app process: its own line (as lib/checkout/admission's checkoutLine) and its own connections. */
function processOf(database: Db) {
  const line = admissionGate({ limit: 8, holdMs: 10_000, openFor: knownSoldOut });
  return (drop: { postId: string; variantId: string }, buyerId: string) =>
    line.run(drop.variantId, (leaveLine) => startCheckout(database, stripe.stripe, { buyerId, ...drop, quantity: 1 }, { leaveLine }));
}

async function outcome(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
    return 'reserved';
  } catch (error) {
    return isDomainError(error) ? error.code : String(error);
  }
}

describe('a drop through the admission line', () => {
  it('1,000 buyers at once on 100 units: exactly 100 reserved, 900 sold out, none oversold', async () => {
    const drop = await dropOf(100);
    const buyers = await Promise.all(Array.from({ length: 1_000 }, async () => (await makeUser(db)).id));
    const processes = [processOf(db), processOf(other.db)];
    const outcomes = await Promise.all(buyers.map((buyerId, i) => outcome(processes[i % 2]!(drop, buyerId))));
    expect(outcomes.filter((o) => o === 'reserved')).toHaveLength(100);
    expect(outcomes.filter((o) => o === 'out_of_stock')).toHaveLength(900);
    const [held] = await db
      .select({ units: sql<number>`coalesce(sum(${orders.quantity}), 0)::int` })
      .from(orders)
      .where(and(eq(orders.variantId, drop.variantId), eq(orders.status, 'pending_payment')));
    const [left] = await db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, drop.variantId));
    expect(held!.units).toBe(100);
    expect(left!.stock).toBe(0);
    // Every reservation has its PaymentIntent.
    const withIntent = await db.select({ id: orders.id }).from(orders).where(and(eq(orders.variantId, drop.variantId), sql`${orders.paymentIntentId} is not null`));
    expect(withIntent).toHaveLength(100);
  });

  it('the earliest arrivals get the units', async () => {
    const drop = await dropOf(10);
    const buyers = await Promise.all(Array.from({ length: 200 }, async () => (await makeUser(db)).id));
    const buy = processOf(db);
    const outcomes = await Promise.all(buyers.map((buyerId) => outcome(buy(drop, buyerId))));
    // The 8 running at once race each other in the database, so a winner is among the first
    // stock + 8 to arrive, never further back.
    const winners = outcomes.flatMap((o, i) => (o === 'reserved' ? [i] : []));
    expect(winners).toHaveLength(10);
    expect(Math.max(...winners)).toBeLessThan(10 + 8);
    expect(outcomes.filter((o) => o === 'out_of_stock')).toHaveLength(190);
  });

  it('a unit released in another process is offered through the line within a second', async () => {
    const drop = await dropOf(1);
    const buy = processOf(db);
    const [holder, loser, next] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
    await buy(drop, holder.id);
    expect(await outcome(buy(drop, loser.id))).toBe('out_of_stock');
    await other.db.transaction(async (tx) => {
      await tx.update(orders).set({ status: 'expired' }).where(and(eq(orders.variantId, drop.variantId), eq(orders.buyerId, holder.id)));
      await tx.update(variants).set({ stock: sql`${variants.stock} + 1` }).where(eq(variants.id, drop.variantId));
    });
    const released = Date.now();
    await expect.poll(() => outcome(buy(drop, next.id)), { interval: 50, timeout: 1_500 }).toBe('reserved');
    expect(Date.now() - released).toBeLessThan(1_500);
  });
});
