// The webhook route as Stripe calls it: events it can never own are answered 2xx and ignored (a
// 5xx makes Stripe retry for days), and a PaymentIntent settles only the order it was made for.
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { orders } from '@/db/schema';
import type { Db } from '@/db/open';
import { makeOpenOrder } from '@/test/factories';
import { startTestStripe, type TestStripe } from '@/test/stripe';
import { testDb } from '@/test/database';

const secret = 'whsec_route_test';
let db: Db;
let stripe: TestStripe;
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  stripe = await startTestStripe();
  db = await testDb();
  process.env.DATABASE_URL = inject('databaseUrl');
  process.env.STRIPE_SECRET_KEY = 'sk_test_integration';
  process.env.STRIPE_API_URL = stripe.emulator.url;
  process.env.STRIPE_WEBHOOK_SECRET = secret;
  ({ POST } = await import('./route'));
});
afterAll(() => stripe.close());

async function deliver(type: string, object: unknown): Promise<{ status: number; body: { outcome?: string } }> {
  const payload = JSON.stringify({ id: `evt_${crypto.randomUUID().replaceAll('-', '')}`, object: 'event', type, created: 1, livemode: false, data: object === undefined ? {} : { object }, api_version: '2025-01-01' });
  const header = stripe.stripe.webhooks.generateTestHeaderString({ payload, secret });
  const response = await POST(new Request('http://localhost/api/stripe/webhook', { method: 'POST', body: payload, headers: { 'stripe-signature': header } }));
  return { status: response.status, body: await response.json() };
}


async function statusOf(orderId: string) {
  const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
  return row!.status;
}

describe('webhook: events it can never own', () => {
  it.each([
    ['payment_intent.succeeded', { id: 'pi_doesnotexist', object: 'payment_intent', metadata: { order_id: 'not-a-uuid' } }],
    ['payment_intent.payment_failed', { id: 'pi_doesnotexist2', object: 'payment_intent' }],
    ['payment_intent.succeeded', { object: 'payment_intent' }],
    ['charge.refunded', { id: 'ch_doesnotexist', object: 'charge' }],
    ['account.updated', { id: 'acct_doesnotexist', object: 'account' }],
    ['payment_intent.succeeded', undefined],
    ['charge.refunded', 'not an object'],
  ])('%s %j → 2xx, ignored', async (type, object) => {
    const { status, body } = await deliver(type, object);
    expect(status).toBe(200);
    expect(body.outcome).toBe('ignored');
  });

  it('a real PaymentIntent whose order_id is not a UUID is ignored', async () => {
    const intent = await stripe.stripe.paymentIntents.create({ amount: 999, currency: 'usd', metadata: { order_id: 'x'.repeat(36) } });
    await stripe.stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_visa' });
    const { status, body } = await deliver('payment_intent.succeeded', { id: intent.id, object: 'payment_intent' });
    expect(status).toBe(200);
    expect(body.outcome).toBe('ignored');
  });
});

describe('settlement: only the order’s own PaymentIntent', () => {
  it.each([
    ['another amount', (order: { amountMinor: number; currency: string }) => ({ amount: order.amountMinor + 100, currency: order.currency.toLowerCase() })],
    ['another currency', (order: { amountMinor: number; currency: string }) => ({ amount: order.amountMinor, currency: order.currency.toLowerCase() === 'eur' ? 'gbp' : 'eur' })],
    ['the same amount and currency', (order: { amountMinor: number; currency: string }) => ({ amount: order.amountMinor, currency: order.currency.toLowerCase() })],
  ])('a PaymentIntent made elsewhere with the order’s id and %s leaves it unpaid', async (_case, money) => {
    const { order } = await makeOpenOrder(db, stripe.stripe);
    const foreign: Stripe.PaymentIntent = await stripe.stripe.paymentIntents.create({ ...money(order), metadata: { order_id: order.id } });
    await stripe.stripe.paymentIntents.confirm(foreign.id, { payment_method: 'pm_card_visa' });
    const { status, body } = await deliver('payment_intent.succeeded', { id: foreign.id, object: 'payment_intent' });
    expect(status).toBe(200);
    expect(body.outcome).toBe('ignored');
    expect(await statusOf(order.id)).toBe('pending_payment');
    // Its own PaymentIntent still pays it.
    await stripe.stripe.paymentIntents.confirm(order.paymentIntentId!, { payment_method: 'pm_card_visa' });
    expect((await deliver('payment_intent.succeeded', { id: order.paymentIntentId, object: 'payment_intent' })).body.outcome).toBe('handled');
    expect(await statusOf(order.id)).toBe('paid');
  });
});
