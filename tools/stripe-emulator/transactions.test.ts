// Each request is one store transaction: a request that fails part-way leaves nothing behind,
// while a declined card (an answer, not a failure) keeps what it recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection, startTestEmulator, type TestEmulator } from './test-support';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.emulator.close());

/** Everything the emulator holds, except the idempotency records the SDK's keys leave for any answer. */
async function state() {
  const { idempotency: _idempotency, ...rest } = await t.control<Record<string, unknown>>('state');
  return rest;
}

describe('store transactions', () => {
  it('a request that fails after changing things leaves the store exactly as it was', async () => {
    await t.stripe.customers.create({ email: 'before@example.com' });
    const before = await state();
    // Creating this customer stores it, mints a card and attaches it (with an event) before the
    // missing default card is noticed.
    const error = await rejection(
      t.stripe.customers.create({ email: 'half@example.com', payment_method: 'pm_card_visa', invoice_settings: { default_payment_method: 'pm_missing' } }),
    );
    expect(error).toMatchObject({ statusCode: 400, code: 'resource_missing', param: 'invoice_settings[default_payment_method]' });
    expect(await state()).toEqual(before);
    expect((await t.stripe.customers.list({ email: 'half@example.com' })).data).toHaveLength(0);
  });

  it('a failed update keeps every field it had already changed', async () => {
    const intent = await t.stripe.paymentIntents.create({ amount: 2500, currency: 'eur', metadata: { order: 'a' } });
    const error = await rejection(t.stripe.paymentIntents.update(intent.id, { amount: 9900, metadata: { order: 'b' }, customer: 'cus_missing' }));
    expect(error).toMatchObject({ statusCode: 400, code: 'resource_missing', param: 'customer' });
    expect(await t.stripe.paymentIntents.retrieve(intent.id)).toMatchObject({ amount: 2500, metadata: { order: 'a' } });
  });

  it('a declined card keeps the attempt: the PaymentIntent, its failed charge and its events', async () => {
    const intent = await t.stripe.paymentIntents.create({ amount: 2500, currency: 'eur' });
    const error = await rejection(t.stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_chargeDeclined' }));
    expect(error).toMatchObject({ statusCode: 402, code: 'card_declined' });
    const after = await t.stripe.paymentIntents.retrieve(intent.id);
    expect(after).toMatchObject({ status: 'requires_payment_method', last_payment_error: { code: 'card_declined' } });
    expect((await t.stripe.charges.list({ payment_intent: intent.id })).data.map((c) => c.status)).toEqual(['failed']);
    const events = await t.stripe.events.list({ types: ['payment_intent.payment_failed', 'charge.failed'] });
    expect(events.data.filter((e) => (e.data.object as { id: string }).id === intent.id || (e.data.object as { payment_intent?: string }).payment_intent === intent.id)).toHaveLength(2);
  });
});
