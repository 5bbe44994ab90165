import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signPayload } from './webhooks';
import { startTestEmulator, startWebhookReceiver, type TestEmulator } from './test-support';

let t: TestEmulator;
const verifier = new Stripe('sk_test_verify');
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  t = await startTestEmulator({ webhookRetryBaseMs: 50 });
});
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
  await t.control('webhooks/resume', {});
});
afterAll(() => t.emulator.close());

async function endpoint(events: string[], respond?: Parameters<typeof startWebhookReceiver>[0]) {
  const receiver = await startWebhookReceiver(respond);
  const created = await t.stripe.webhookEndpoints.create({ url: receiver.url, enabled_events: events as Stripe.WebhookEndpointCreateParams.EnabledEvent[] });
  cleanups.push(() => receiver.close(), () => t.stripe.webhookEndpoints.del(created.id));
  expect(created.secret).toMatch(/^whsec_/);
  return { receiver, secret: created.secret!, id: created.id };
}

describe('webhook delivery', () => {
  it('POSTs signed events that constructEvent accepts, only of the enabled types', async () => {
    const { receiver, secret } = await endpoint(['payment_intent.succeeded', 'charge.succeeded']);
    const intent = await t.stripe.paymentIntents.create({ amount: 1000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });
    await receiver.waitFor(2);
    const verified = receiver.received.map((hook) => verifier.webhooks.constructEvent(hook.body, hook.signature, secret));
    expect(verified.map((e) => e.type).sort()).toEqual(['charge.succeeded', 'payment_intent.succeeded']);
    const succeeded = verified.find((e) => e.type === 'payment_intent.succeeded')!;
    expect((succeeded.data.object as Stripe.PaymentIntent).id).toBe(intent.id);
    expect((await t.stripe.events.retrieve(succeeded.id)).type).toBe('payment_intent.succeeded');
  });

  it('signatures fail for a tampered payload, a wrong secret or a stale timestamp', async () => {
    const { receiver, secret } = await endpoint(['customer.created']);
    await t.stripe.customers.create({ email: 'sig@example.com' });
    await receiver.waitFor(1);
    const hook = receiver.received[0]!;
    expect(() => verifier.webhooks.constructEvent(hook.body.replace('sig@example.com', 'evil@example.com'), hook.signature, secret)).toThrow();
    expect(() => verifier.webhooks.constructEvent(hook.body, hook.signature, 'whsec_wrong')).toThrow();
    const stale = signPayload(hook.body, secret, Math.floor(Date.now() / 1000) - 3600);
    expect(() => verifier.webhooks.constructEvent(hook.body, stale, secret)).toThrow(/tolerance/i);
  });

  it('retries with back-off after 500s and records every attempt', async () => {
    const { receiver, secret } = await endpoint(['customer.created'], (_hook, index) => (index < 2 ? 500 : 200));
    const customer = await t.stripe.customers.create({ email: 'retry@example.com' });
    await receiver.waitFor(3);
    const ids = receiver.events().map((e) => e.id);
    expect(new Set(ids).size).toBe(1);
    expect((verifier.webhooks.constructEvent(receiver.received[2]!.body, receiver.received[2]!.signature, secret).data.object as Stripe.Customer).id).toBe(customer.id);
    const deliveries = await t.control<{ data: { status: string; attempts: { status: number }[] }[] }>(`deliveries?event=${ids[0]}`);
    expect(deliveries.data[0]).toMatchObject({ status: 'succeeded' });
    expect(deliveries.data[0]!.attempts.map((a) => a.status)).toEqual([500, 500, 200]);
  });

  it('retries after connection errors', async () => {
    const receiver = await startWebhookReceiver();
    const url = receiver.url;
    await receiver.close();
    const created = await t.stripe.webhookEndpoints.create({ url, enabled_events: ['customer.created'] });
    cleanups.push(() => t.stripe.webhookEndpoints.del(created.id));
    const customer = await t.stripe.customers.create({});
    await new Promise((r) => setTimeout(r, 300));
    const [event] = (await t.stripe.events.list({ type: 'customer.created', limit: 1 })).data;
    expect((event!.data.object as Stripe.Customer).id).toBe(customer.id);
    const deliveries = await t.control<{ data: { attempts: { error: string | null }[] }[] }>(`deliveries?event=${event!.id}`);
    expect(deliveries.data[0]!.attempts.length).toBeGreaterThan(1);
    expect(deliveries.data[0]!.attempts[0]!.error).toBeTruthy();
  });

  it('duplicates and redelivers an event on request', async () => {
    const { receiver } = await endpoint(['customer.created']);
    await t.stripe.customers.create({});
    await receiver.waitFor(1);
    const eventId = receiver.events()[0]!.id;
    await t.control(`events/${eventId}/duplicate`, {});
    await t.control(`events/${eventId}/redeliver`, {});
    expect(receiver.events().map((e) => e.id)).toEqual([eventId, eventId, eventId, eventId]);
  });

  it('while paused, holds events, then delivers them in the order asked for', async () => {
    const { receiver } = await endpoint(['payment_intent.created', 'payment_intent.succeeded']);
    await t.control('webhooks/pause', {});
    const intent = await t.stripe.paymentIntents.create({ amount: 1000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(receiver.received).toHaveLength(0);
    const events = (await t.stripe.events.list({ types: ['payment_intent.created', 'payment_intent.succeeded'], limit: 2 })).data;
    const [succeeded, created] = events;
    expect([succeeded!.type, created!.type]).toEqual(['payment_intent.succeeded', 'payment_intent.created']);
    expect((created!.data.object as Stripe.PaymentIntent).id).toBe(intent.id);
    await t.control('webhooks/deliver', { events: [succeeded!.id, created!.id] });
    expect(receiver.events().map((e) => e.type)).toEqual(['payment_intent.succeeded', 'payment_intent.created']);
    await t.control('webhooks/resume', {});
    await new Promise((r) => setTimeout(r, 200));
    expect(receiver.received).toHaveLength(2);
  });
});
