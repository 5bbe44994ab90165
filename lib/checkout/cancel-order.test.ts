import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { orders, variants } from '@/db/schema';
import type { Db } from '@/db/open';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { withDbAndStripe, type TestStripe } from '@/test/stripe';
import { startCheckout } from './start-checkout';
import { cancelOpenOrder } from './cancel-order';

let db: Db;
let stripe: TestStripe;
withDbAndStripe((database, emulator) => {
  db = database;
  stripe = emulator;
});

async function shop() {
  const brand = await makeBrand(db);
  const post = await makePost(db, brand.id, { variants: [{ label: 'S', priceMinor: 2500, stock: 3 }, { label: 'M', priceMinor: 2500, stock: 3 }] });
  const [small, medium] = await db.select().from(variants).where(eq(variants.postId, post.id)).orderBy(variants.position);
  return { post, small: small!, medium: medium!, buyer: await makeUser(db) };
}

const stockOf = async (variantId: string) => (await db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variantId)))[0]!.stock;
const orderRow = async (id: string) => (await db.select().from(orders).where(eq(orders.id, id)))[0]!;

describe('abandoned checkouts', () => {
  it('the buyer cancels an order awaiting payment: stock back, PaymentIntent cancelled', async () => {
    const { post, small, buyer } = await shop();
    const session = await startCheckout(db, stripe.stripe, { buyerId: buyer.id, postId: post.id, variantId: small.id, quantity: 2 });
    expect(await stockOf(small.id)).toBe(1);
    await cancelOpenOrder(db, stripe.stripe, buyer.id, session.orderId);
    const order = await orderRow(session.orderId);
    expect(order.status).toBe('canceled');
    expect(await stockOf(small.id)).toBe(3);
    expect((await stripe.stripe.paymentIntents.retrieve(order.paymentIntentId!)).status).toBe('canceled');
  });

  it('nobody else can cancel it, and a paid order cannot be cancelled', async () => {
    const { post, small, buyer } = await shop();
    const session = await startCheckout(db, stripe.stripe, { buyerId: buyer.id, postId: post.id, variantId: small.id, quantity: 1 });
    const stranger = await makeUser(db);
    await expect(cancelOpenOrder(db, stripe.stripe, stranger.id, session.orderId)).rejects.toMatchObject({ code: 'not_found' });
    const order = await orderRow(session.orderId);
    await stripe.stripe.paymentIntents.confirm(order.paymentIntentId!, { payment_method: 'pm_card_visa' });
    // Paid at Stripe but the webhook has not arrived yet: cancelling settles it instead.
    await expect(cancelOpenOrder(db, stripe.stripe, buyer.id, session.orderId)).rejects.toMatchObject({ code: 'invalid_state' });
    expect((await orderRow(session.orderId)).status).toBe('paid');
    expect(await stockOf(small.id)).toBe(2);
  });

  it('a new checkout for the same post replaces the open one instead of piling up', async () => {
    const { post, small, medium, buyer } = await shop();
    const first = await startCheckout(db, stripe.stripe, { buyerId: buyer.id, postId: post.id, variantId: small.id, quantity: 1 });
    const again = await startCheckout(db, stripe.stripe, { buyerId: buyer.id, postId: post.id, variantId: small.id, quantity: 1 });
    expect(again.orderId).toBe(first.orderId);
    const other = await startCheckout(db, stripe.stripe, { buyerId: buyer.id, postId: post.id, variantId: medium.id, quantity: 1 });
    const open = await db.select().from(orders).where(and(eq(orders.buyerId, buyer.id), eq(orders.status, 'pending_payment')));
    expect(open.map((order) => order.id)).toEqual([other.orderId]);
    expect(await stockOf(small.id)).toBe(3);
    expect((await stripe.stripe.paymentIntents.retrieve((await orderRow(first.orderId)).paymentIntentId!)).status).toBe('canceled');
  });
});
