import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { orders, variants } from '@/db/schema';
import { inboxTexts } from '@/test/conversations';
import type { Db } from '@/db/open';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { withDbAndStripe, type TestStripe } from '@/test/stripe';
import { startCheckoutSchema } from '@/lib/actions/checkout/schemas';
import { startCheckout } from './start-checkout';
import { expireStaleOrders } from './expire';
import { retrievePaymentIntent, settleFromPaymentIntent } from './settle';

let db: Db;
let stripe: TestStripe;
withDbAndStripe((database, emulator) => {
  db = database;
  stripe = emulator;
});

async function stockOf(variantId: string) {
  const [row] = await db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variantId));
  return row!.stock;
}

async function shop(stock = 10, priceMinor = 2500) {
  const brand = await makeBrand(db);
  const post = await makePost(db, brand.id, { variants: [{ label: 'M', priceMinor, stock }], maxPerOrder: 5 });
  const [variant] = await db.select().from(variants).where(eq(variants.postId, post.id));
  return { brand, post, variant: variant! };
}

describe('startCheckout', () => {
  it('ignores a price sent by the client and charges the database price', async () => {
    const { post, variant } = await shop(10, 2500);
    const buyer = await makeUser(db);
    const input = startCheckoutSchema.parse({ postId: post.id, variantId: variant.id, quantity: '2', price: 1, amount: 1, amountMinor: 1, currency: 'usd' });
    expect(input).toEqual({ postId: post.id, variantId: variant.id, quantity: 2 });
    const session = await startCheckout(db, stripe.stripe, { ...input, buyerId: buyer.id });
    expect(session).toMatchObject({ amountMinor: 5000, currency: 'EUR', quantity: 2 });
    const [order] = await db.select().from(orders).where(eq(orders.id, session.orderId));
    const intent = await stripe.stripe.paymentIntents.retrieve(order!.paymentIntentId!);
    expect(intent).toMatchObject({ amount: 5000, currency: 'eur', metadata: { order_id: order!.id } });
    expect(await stockOf(variant.id)).toBe(8);
  });

  it('returns the same order and PaymentIntent for double clicks and retries, reserving once', async () => {
    const { post, variant } = await shop(10);
    const buyer = await makeUser(db);
    const request = { buyerId: buyer.id, postId: post.id, variantId: variant.id, quantity: 1 };
    const sessions = await Promise.all(Array.from({ length: 5 }, () => startCheckout(db, stripe.stripe, request)));
    const again = await startCheckout(db, stripe.stripe, request);
    expect(new Set([...sessions, again].map((s) => s.orderId)).size).toBe(1);
    expect(new Set([...sessions, again].map((s) => s.clientSecret)).size).toBe(1);
    expect(await db.select().from(orders).where(eq(orders.buyerId, buyer.id))).toHaveLength(1);
    expect(await stockOf(variant.id)).toBe(9);
  });

  it('refuses more than the per-order limit, sold-out variants and your own post, changing nothing', async () => {
    const { brand, post, variant } = await shop(1);
    const buyer = await makeUser(db);
    await expect(startCheckout(db, stripe.stripe, { buyerId: buyer.id, postId: post.id, variantId: variant.id, quantity: 6 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(startCheckout(db, stripe.stripe, { buyerId: buyer.id, postId: post.id, variantId: variant.id, quantity: 2 })).rejects.toMatchObject({ code: 'out_of_stock' });
    await expect(startCheckout(db, stripe.stripe, { buyerId: brand.ownerId, postId: post.id, variantId: variant.id, quantity: 1 })).rejects.toMatchObject({ code: 'not_buyable' });
    expect(await stockOf(variant.id)).toBe(1);
    expect(await db.select().from(orders).where(eq(orders.variantId, variant.id))).toHaveLength(0);
  });

  it('sells exactly 10 units to 50 concurrent buyers, never below zero, and gets them all back on expiry', async () => {
    const { post, variant } = await shop(10);
    const buyers = await Promise.all(Array.from({ length: 50 }, () => makeUser(db)));
    const results = await Promise.allSettled(
      buyers.map((buyer) => startCheckout(db, stripe.stripe, { buyerId: buyer.id, postId: post.id, variantId: variant.id, quantity: 1 })),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(10);
    expect(lost.every((r) => r.reason.code === 'out_of_stock')).toBe(true);
    expect(await stockOf(variant.id)).toBe(0);
    expect(await db.select().from(orders).where(and(eq(orders.variantId, variant.id), eq(orders.status, 'pending_payment')))).toHaveLength(10);

    // Two sweepers at once (two app instances) must give each unit back exactly once.
    const later = new Date(Date.now() + 16 * 60_000);
    await Promise.all([expireStaleOrders(db, stripe.stripe, { now: later, variantId: variant.id }), expireStaleOrders(db, stripe.stripe, { now: later, variantId: variant.id })]);
    expect(await stockOf(variant.id)).toBe(10);
    const expired = await db.select().from(orders).where(eq(orders.variantId, variant.id));
    expect(expired.every((order) => order.status === 'expired')).toBe(true);
    const intent = await stripe.stripe.paymentIntents.retrieve(expired[0]!.paymentIntentId!);
    expect(intent.status).toBe('canceled');
    await expireStaleOrders(db, stripe.stripe, { now: later, variantId: variant.id });
    expect(await stockOf(variant.id)).toBe(10);
  });
});

describe('settling from Stripe', () => {
  it('marks paid only when Stripe says succeeded, once, with a receipt naming the card', async () => {
    const { post, variant } = await shop(5, 2500);
    const buyer = await makeUser(db);
    const session = await startCheckout(db, stripe.stripe, { buyerId: buyer.id, postId: post.id, variantId: variant.id, quantity: 1 });
    const [order] = await db.select().from(orders).where(eq(orders.id, session.orderId));
    const pending = await retrievePaymentIntent(stripe.stripe, order!.paymentIntentId!);
    expect(await settleFromPaymentIntent(db, stripe.stripe, pending)).toBe('unchanged');

    await stripe.stripe.paymentIntents.confirm(order!.paymentIntentId!, { payment_method: 'pm_card_visa', return_url: 'http://localhost/x' });
    const paidIntent = await retrievePaymentIntent(stripe.stripe, order!.paymentIntentId!);
    expect(await settleFromPaymentIntent(db, stripe.stripe, paidIntent)).toBe('paid');
    expect(await settleFromPaymentIntent(db, stripe.stripe, paidIntent)).toBe('already_paid');
    const [paid] = await db.select().from(orders).where(eq(orders.id, order!.id));
    expect(paid).toMatchObject({ status: 'paid', paymentMethodSummary: 'Visa •••4242' });
    expect(await inboxTexts(db, buyer.id, 'order.receipt')).toEqual([expect.stringMatching(/^Receipt: .* — M ×1 · €25\.00 · Visa •••4242$/)]);
    expect(await stockOf(variant.id)).toBe(4);
  });

  it('refunds a payment that lands after its reservation expired and the stock sold out', async () => {
    const { post, variant } = await shop(1);
    const slow = await makeUser(db);
    const session = await startCheckout(db, stripe.stripe, { buyerId: slow.id, postId: post.id, variantId: variant.id, quantity: 1 });
    const [order] = await db.select().from(orders).where(eq(orders.id, session.orderId));
    await db.update(orders).set({ status: 'expired' }).where(eq(orders.id, order!.id));
    // the unit went back and someone else took it
    const fast = await makeUser(db);
    await db.update(variants).set({ stock: 1 }).where(eq(variants.id, variant.id));
    await startCheckout(db, stripe.stripe, { buyerId: fast.id, postId: post.id, variantId: variant.id, quantity: 1 });
    await stripe.stripe.paymentIntents.confirm(order!.paymentIntentId!, { payment_method: 'pm_card_visa', return_url: 'http://localhost/x' });
    const outcome = await settleFromPaymentIntent(db, stripe.stripe, await retrievePaymentIntent(stripe.stripe, order!.paymentIntentId!));
    expect(outcome).toBe('refunded_no_stock');
    const refunds = await stripe.stripe.refunds.list({ payment_intent: order!.paymentIntentId! });
    expect(refunds.data.map((r) => r.amount)).toEqual([2500]);
    expect(await stockOf(variant.id)).toBe(0);
  });
});

describe('settling concurrently', () => {
  it('a webhook and a browser refresh settling the same payment at once take the stock once', async () => {
    const { post, variant } = await shop(5, 2500);
    const buyer = await makeUser(db);
    const session = await startCheckout(db, stripe.stripe, { buyerId: buyer.id, postId: post.id, variantId: variant.id, quantity: 2 });
    const [order] = await db.select().from(orders).where(eq(orders.id, session.orderId));
    await stripe.stripe.paymentIntents.confirm(order!.paymentIntentId!, { payment_method: 'pm_card_visa' });
    const intent = await retrievePaymentIntent(stripe.stripe, order!.paymentIntentId!);
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => settleFromPaymentIntent(db, stripe.stripe, intent)));
    expect(outcomes.filter((o) => o === 'paid')).toHaveLength(1);
    expect(await stockOf(variant.id)).toBe(3);
    expect(await inboxTexts(db, buyer.id, 'order.receipt')).toHaveLength(1);
  });
});
