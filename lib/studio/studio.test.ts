import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { brands, orders, posts, variants } from '@/db/schema';
import { inboxTexts } from '@/test/conversations';
import type { Db } from '@/db/open';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { withDbAndStripe, type TestStripe } from '@/test/stripe';
import { startCheckout } from '@/lib/checkout/start-checkout';
import { settleFromPaymentIntent, retrievePaymentIntent } from '@/lib/checkout/settle';
import { applyConnectAccount, createOnboardingLink, platformFeeFor, refreshPayoutsStatus } from '@/lib/payments/connect';
import { handleStripeEvent } from '@/lib/payments/events';
import { translatorFor } from '@/lib/i18n/translator';
import { fulfilOrder } from './fulfil-order';
import { getStudioOrder, listStudioOrders } from './order-list';
import { exportOrdersCsv } from './orders-csv';
import { refundOrder } from './refunds';
import { sweepDrops } from './drops';

let db: Db;
let stripe: TestStripe;
withDbAndStripe((database, emulator) => {
  db = database;
  stripe = emulator;
});

const PAYMENT = { payment_method: 'pm_card_visa', shipping: { name: 'Bo Buyer', address: { line1: '1 Main St', city: 'Berlin', postal_code: '10115', country: 'DE' } } };

/** A buyer pays for an order the way the Payment Element would, then Stripe's answer is applied. */
async function buy(postId: string, variantId: string, quantity = 1) {
  const buyer = await makeUser(db);
  const session = await startCheckout(db, stripe.stripe, { buyerId: buyer.id, postId, variantId, quantity });
  const [order] = await db.select().from(orders).where(eq(orders.id, session.orderId));
  await stripe.stripe.paymentIntents.confirm(order!.paymentIntentId!, PAYMENT);
  await settleFromPaymentIntent(db, stripe.stripe, await retrievePaymentIntent(stripe.stripe, order!.paymentIntentId!));
  const [settled] = await db.select().from(orders).where(eq(orders.id, session.orderId));
  return { buyer, order: settled! };
}

async function shop(options: { stock?: number; priceMinor?: number; currency?: string } = {}) {
  const brand = await makeBrand(db);
  const post = await makePost(db, brand.id, { currency: options.currency ?? 'EUR', variants: [{ label: 'M', priceMinor: options.priceMinor ?? 2500, stock: options.stock ?? 10 }] });
  const [variant] = await db.select().from(variants).where(eq(variants.postId, post.id));
  return { brand, post, variant: variant! };
}

const inboxOf = (userId: string) => inboxTexts(db, userId);

describe('payouts onboarding', () => {
  it('creates one Express account, links to onboarding, and mirrors the account flags', async () => {
    const brand = await makeBrand(db, undefined, { payouts: false });
    const urls = { returnUrl: 'http://localhost/studio/payouts?return=1', refreshUrl: 'http://localhost/studio/payouts?refresh=1' };
    const url = await createOnboardingLink(db, stripe.stripe, brand.id, urls);
    await createOnboardingLink(db, stripe.stripe, brand.id, urls);
    const [stored] = await db.select().from(brands).where(eq(brands.id, brand.id));
    expect(stored).toMatchObject({ chargesEnabled: false, payoutsEnabled: false });
    const account = await stripe.stripe.accounts.retrieve(stored!.stripeAccountId!);
    expect(account).toMatchObject({ type: 'express', charges_enabled: false });

    const completed = await fetch(url, { method: 'POST', body: new URLSearchParams({ action: 'complete' }), redirect: 'manual' });
    expect(completed.headers.get('location')).toBe(urls.returnUrl);
    expect(await refreshPayoutsStatus(db, stripe.stripe, brand.id)).toMatchObject({ chargesEnabled: true, payoutsEnabled: true, stripeAccountId: account.id });
  });

  it('account.updated webhooks keep the flags current', async () => {
    const brand = await makeBrand(db);
    await db.update(brands).set({ chargesEnabled: false, payoutsEnabled: false }).where(eq(brands.id, brand.id));
    const account = await stripe.stripe.accounts.retrieve(brand.stripeAccountId!);
    const outcome = await handleStripeEvent(db, stripe.stripe, { id: `evt_${brand.id}`, type: 'account.updated', data: { object: account } } as never);
    expect(outcome).toBe('handled');
    const [stored] = await db.select().from(brands).where(eq(brands.id, brand.id));
    expect(stored).toMatchObject({ chargesEnabled: true, payoutsEnabled: true });
    expect(await applyConnectAccount(db, { ...account, id: 'acct_unknown' })).toBe(false);
  });

  it('refuses to sell for a brand without payouts, saying why', async () => {
    const brand = await makeBrand(db, undefined, { payouts: false });
    const post = await makePost(db, brand.id);
    const [variant] = await db.select().from(variants).where(eq(variants.postId, post.id));
    const buyer = await makeUser(db);
    await expect(startCheckout(db, stripe.stripe, { buyerId: buyer.id, postId: post.id, variantId: variant!.id, quantity: 1 })).rejects.toMatchObject({
      code: 'payouts_not_ready',
      message: 'errors.checkout.payoutsNotReady',
      params: { handle: brand.handle },
    });
    expect(await db.select().from(orders).where(eq(orders.buyerId, buyer.id))).toHaveLength(0);
  });
});

describe('destination charges', () => {
  it('sends the payment to the brand with the platform fee rounded down, and stores the fee', async () => {
    const { brand, post, variant } = await shop({ priceMinor: 1999 });
    const { order } = await buy(post.id, variant.id, 3);
    expect(order).toMatchObject({ status: 'paid', amountMinor: 5997, platformFeeMinor: 299 });
    expect(platformFeeFor(5997, 500)).toBe(299);
    const intent = await stripe.stripe.paymentIntents.retrieve(order.paymentIntentId!);
    expect(intent).toMatchObject({ amount: 5997, application_fee_amount: 299, transfer_data: { destination: brand.stripeAccountId }, status: 'succeeded' });
    expect(order.shipping).toMatchObject({ name: 'Bo Buyer', city: 'Berlin' });
  });

  it('handles zero-decimal currencies: the fee is whole yen', async () => {
    const { post, variant } = await shop({ priceMinor: 1234, currency: 'JPY' });
    const { order } = await buy(post.id, variant.id);
    expect(order).toMatchObject({ amountMinor: 1234, currency: 'JPY', platformFeeMinor: 61 });
  });
});

describe('studio orders', () => {
  it('lists with filters and search, and fulfils with tracking (buyer told)', async () => {
    const { brand, post, variant } = await shop();
    const first = await buy(post.id, variant.id);
    await buy(post.id, variant.id, 2);
    expect(await listStudioOrders(db, brand.id)).toHaveLength(2);
    expect(await listStudioOrders(db, brand.id, { q: first.buyer.email })).toHaveLength(1);
    expect(await listStudioOrders(db, brand.id, { status: 'refunded' })).toHaveLength(0);
    expect(await listStudioOrders(db, brand.id, { postId: post.id, from: '2000-01-01', to: '2999-01-01' })).toHaveLength(2);

    const fulfilled = await fulfilOrder(db, brand.id, first.order.id, 'DHL 123456');
    expect(fulfilled).toMatchObject({ trackingRef: 'DHL 123456' });
    expect(fulfilled.fulfilledAt).toBeInstanceOf(Date);
    expect(await inboxOf(first.buyer.id)).toContainEqual(expect.stringMatching(/^Shipped: .*M ×1 is on its way\. Tracking: DHL 123456$/));
    await expect(fulfilOrder(db, brand.id, first.order.id, 'again')).rejects.toMatchObject({ code: 'invalid_state' });
  });

  it('filters by calendar days on the reader’s clock: 00:30 in Paris is that Paris day', async () => {
    const { brand, post, variant } = await shop();
    const { order } = await buy(post.id, variant.id);
    await db.update(orders).set({ createdAt: new Date('2026-03-01T23:30:00Z') }).where(eq(orders.id, order.id));
    const count = async (day: string, timeZone?: string) => (await listStudioOrders(db, brand.id, { from: day, to: day, timeZone })).length;
    expect(await count('2026-03-02', 'Europe/Paris')).toBe(1);
    expect(await count('2026-03-01', 'Europe/Paris')).toBe(0);
    expect(await count('2026-03-01')).toBe(1);
    expect(await count('2026-03-01', 'America/New_York')).toBe(1);
  });

  it('refunds partly then fully through Stripe, restocks once per refund, and charge.refunded agrees', async () => {
    const { brand, post, variant } = await shop({ stock: 10 });
    const { buyer, order } = await buy(post.id, variant.id, 2); // 5000, stock 8
    const half = await refundOrder(db, stripe.stripe, brand.id, order.id, { amountMinor: 2500, restockUnits: 1, requestKey: 'refund-key-one' });
    // A double submit replays the same Stripe refund and changes nothing more.
    await refundOrder(db, stripe.stripe, brand.id, order.id, { amountMinor: 2500, restockUnits: 1, requestKey: 'refund-key-one' }).catch(() => null);
    expect(half).toMatchObject({ status: 'partially_refunded', refundedMinor: 2500 });
    const [afterHalf] = await db.select().from(variants).where(eq(variants.id, variant.id));
    expect(afterHalf!.stock).toBe(9);
    const refunds = await stripe.stripe.refunds.list({ payment_intent: order.paymentIntentId! });
    expect(refunds.data.map((r) => r.amount)).toEqual([2500]);

    await expect(refundOrder(db, stripe.stripe, brand.id, order.id, { amountMinor: 2501, requestKey: 'refund-key-two' })).rejects.toMatchObject({ code: 'refund_too_large' });
    const full = await refundOrder(db, stripe.stripe, brand.id, order.id, { requestKey: 'refund-key-three' });
    expect(full).toMatchObject({ status: 'refunded', refundedMinor: 5000 });
    expect(await inboxOf(buyer.id)).toContainEqual(expect.stringMatching(/^Partly refunded: €25\.00 refunded for .*M ×2\.$/));

    const charge = await stripe.stripe.charges.retrieve((await stripe.stripe.paymentIntents.retrieve(order.paymentIntentId!)).latest_charge as string);
    expect(charge.amount_refunded).toBe(5000);
    await handleStripeEvent(db, stripe.stripe, { id: `evt_refund_${order.id}`, type: 'charge.refunded', data: { object: charge } } as never);
    const [synced] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(synced).toMatchObject({ status: 'refunded', refundedMinor: 5000 });
  });

  it('charge.refunded from a refund made outside the studio updates the order', async () => {
    const { post, variant } = await shop();
    const { order } = await buy(post.id, variant.id);
    const refund = await stripe.stripe.refunds.create({ payment_intent: order.paymentIntentId!, amount: 1000 });
    const charge = await stripe.stripe.charges.retrieve(refund.charge as string);
    await handleStripeEvent(db, stripe.stripe, { id: `evt_ext_${order.id}`, type: 'charge.refunded', data: { object: charge } } as never);
    const [synced] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(synced).toMatchObject({ status: 'partially_refunded', refundedMinor: 1000 });
  });

  it('exports CSV with amounts in major units and formula-safe cells', async () => {
    const { brand, post, variant } = await shop({ priceMinor: 1999 });
    await buy(post.id, variant.id);
    const csv = await exportOrdersCsv(db, brand.id, await translatorFor('en'));
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toMatch(/^"Order ID","Created \(UTC\)","Status code","Status",/);
    expect(row).toContain('"paid","Paid"');
    expect(row).toContain('"19.99","0.99","19.00"');
  });

  it('words the CSV header and status for the brand downloading it; ids, codes, times and amounts stay machine-readable', async () => {
    const { brand, post, variant } = await shop({ priceMinor: 123450 });
    const { order } = await buy(post.id, variant.id);
    const [header, row] = (await exportOrdersCsv(db, brand.id, await translatorFor('fr-FR'))).trim().split('\r\n');
    expect(header).toMatch(/^"N° de commande","Créée le \(UTC\)","Code du statut","Statut",/);
    expect(header).toContain('"Montant"');
    expect(row).toContain(`"${order.id}","${order.createdAt.toISOString()}","paid","Payé"`);
    expect(row).toContain('"EUR","1234.50"');
    const [german] = (await exportOrdersCsv(db, brand.id, await translatorFor('de-DE'))).split('\r\n');
    expect(german).toContain('"Betrag"');
  });
});

describe('ownership: another brand or a follower changes nothing', () => {
  it('refuses every studio order action on another brand’s order', async () => {
    const { post, variant } = await shop();
    const { order } = await buy(post.id, variant.id);
    const other = await makeBrand(db);
    const follower = await makeUser(db);
    for (const actor of [other.id, follower.id]) {
      await expect(getStudioOrder(db, actor, order.id)).rejects.toMatchObject({ code: 'not_found' });
      await expect(fulfilOrder(db, actor, order.id, 'X1')).rejects.toMatchObject({ code: 'not_found' });
      await expect(refundOrder(db, stripe.stripe, actor, order.id, { requestKey: 'intruder-key' })).rejects.toMatchObject({ code: 'not_found' });
      expect(await listStudioOrders(db, actor)).toHaveLength(0);
      expect(await exportOrdersCsv(db, actor, await translatorFor('en'))).not.toContain(order.id);
    }
    const [unchanged] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(unchanged).toMatchObject({ status: 'paid', refundedMinor: 0, fulfilledAt: null });
    expect((await stripe.stripe.refunds.list({ payment_intent: order.paymentIntentId! })).data).toHaveLength(0);
  });
});

describe('drops', () => {
  async function dropShop(goal: number) {
    const { brand, post, variant } = await shop({ stock: 10 });
    await db.update(posts).set({ dropGoal: goal, dropEndsAt: new Date(Date.now() + 86_400_000) }).where(eq(posts.id, post.id));
    return { brand, post, variant };
  }

  it('authorises orders and captures them all when the goal is reached', async () => {
    const { post, variant } = await dropShop(2);
    const first = await buy(post.id, variant.id);
    expect(first.order.status).toBe('authorized');
    expect((await stripe.stripe.paymentIntents.retrieve(first.order.paymentIntentId!)).status).toBe('requires_capture');
    const second = await buy(post.id, variant.id);
    expect(second.order.status).toBe('paid');
    const [firstNow] = await db.select().from(orders).where(eq(orders.id, first.order.id));
    expect(firstNow!.status).toBe('paid');
    expect((await stripe.stripe.paymentIntents.retrieve(first.order.paymentIntentId!)).status).toBe('succeeded');
    const [decided] = await db.select().from(posts).where(eq(posts.id, post.id));
    expect(decided!.dropOutcome).toBe('succeeded');
  });

  it('cancels every authorisation when the deadline passes short of the goal, restocks and tells buyers', async () => {
    const { post, variant } = await dropShop(3);
    const { buyer, order } = await buy(post.id, variant.id, 2);
    await db.update(posts).set({ dropEndsAt: new Date(Date.now() - 1000) }).where(eq(posts.id, post.id));
    // Two instances sweeping at once decide the drop once.
    await Promise.all([sweepDrops(db, stripe.stripe), sweepDrops(db, stripe.stripe)]);
    const [canceled] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(canceled!.status).toBe('canceled');
    expect((await stripe.stripe.paymentIntents.retrieve(order.paymentIntentId!)).status).toBe('canceled');
    const [stock] = await db.select().from(variants).where(eq(variants.id, variant.id));
    expect(stock!.stock).toBe(10);
    expect((await inboxOf(buyer.id)).filter((m) => m.includes('did not reach its goal'))).toHaveLength(1);
    const buyer2 = await makeUser(db);
    await expect(startCheckout(db, stripe.stripe, { buyerId: buyer2.id, postId: post.id, variantId: variant.id, quantity: 1 })).rejects.toMatchObject({ code: 'not_buyable' });
  });
});
