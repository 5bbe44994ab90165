// Charging saved cards later, as Stripe documents it (docs.stripe.com/payments/save-and-reuse,
// /testing#authentication-and-setup): off-session success, authentication_required with the
// intent left for the customer to finish on-session, declines, card fingerprints, and
// SetupIntents that run 3-D Secure once so later off-session charges pass.
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection, startTestEmulator, type TestEmulator } from './test-support';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.emulator.close());

async function savedCard(number: string, customer?: string): Promise<{ customer: string; paymentMethod: string; setup: Stripe.SetupIntent }> {
  const owner = customer ?? (await t.stripe.customers.create({})).id;
  const setup = await t.stripe.setupIntents.create({
    customer: owner,
    usage: 'off_session',
    confirm: true,
    payment_method_data: { type: 'card', card: { number, exp_month: 12, exp_year: 2040, cvc: '123' } } as Stripe.SetupIntentCreateParams.PaymentMethodData,
    return_url: 'https://shop.example/return',
  });
  if (setup.status === 'requires_action') await t.control(`intents/${setup.id}/authenticate`, { outcome: 'complete' });
  const done = await t.stripe.setupIntents.retrieve(setup.id);
  expect(done.status).toBe('succeeded');
  return { customer: owner, paymentMethod: String(done.payment_method), setup };
}

const offSession = (customer: string, paymentMethod: string) =>
  t.stripe.paymentIntents.create({ amount: 4200, currency: 'gbp', customer, payment_method: paymentMethod, off_session: true, confirm: true });

describe('SetupIntents with 3-D Secure', () => {
  it('4000002500003155 asks for authentication when set up, with a redirect for a server confirmation', async () => {
    const customer = await t.stripe.customers.create({});
    const setup = await t.stripe.setupIntents.create({
      customer: customer.id,
      confirm: true,
      payment_method: 'pm_card_authenticationRequiredOnSetup',
      return_url: 'https://shop.example/return',
    });
    expect(setup.status).toBe('requires_action');
    expect(setup.next_action?.type).toBe('redirect_to_url');
    const viaSdk = await t.stripe.setupIntents.create({ customer: customer.id, confirm: true, payment_method: 'pm_card_authenticationRequiredOnSetup', use_stripe_sdk: true });
    expect(viaSdk.next_action?.type).toBe('use_stripe_sdk');
  });

  it('4242424242424242 sets up without a challenge and the card lands on the customer', async () => {
    const { customer, paymentMethod, setup } = await savedCard('4242424242424242');
    expect(setup.status).toBe('succeeded');
    expect((await t.stripe.paymentMethods.retrieve(paymentMethod)).customer).toBe(customer);
  });

  it('a declined card fails its setup with card_declined and is not saved', async () => {
    const customer = await t.stripe.customers.create({});
    const error = await rejection(t.stripe.setupIntents.create({ customer: customer.id, confirm: true, payment_method: 'pm_card_chargeDeclined' }));
    expect(error).toMatchObject({ type: 'StripeCardError', code: 'card_declined' });
    expect((await t.stripe.customers.listPaymentMethods(customer.id)).data).toEqual([]);
  });
});

describe('off-session charges of saved cards', () => {
  it('succeeds at once for 4242424242424242 and for 4000002500003155 once set up with 3-D Secure', async () => {
    for (const number of ['4242424242424242', '4000002500003155']) {
      const { customer, paymentMethod } = await savedCard(number);
      const intent = await offSession(customer, paymentMethod);
      expect(intent).toMatchObject({ status: 'succeeded', amount_received: 4200, payment_method: paymentMethod });
    }
  });

  it('4000002760003184: authentication_required off-session; the same intent, confirmed on-session, goes to requires_action and then succeeds', async () => {
    const { customer, paymentMethod } = await savedCard('4000002760003184');
    const error = await rejection(offSession(customer, paymentMethod));
    expect(error).toMatchObject({ type: 'StripeCardError', statusCode: 402, code: 'authentication_required', decline_code: 'authentication_required' });
    const failed = error.payment_intent!;
    // Stripe leaves the intent waiting for a payment method and names the card that needs authenticating.
    expect(failed.status).toBe('requires_payment_method');
    expect(failed.last_payment_error?.payment_method?.id).toBe(paymentMethod);

    const onSession = await t.stripe.paymentIntents.confirm(failed.id, { payment_method: paymentMethod, return_url: 'https://shop.example/pay' });
    expect(onSession.status).toBe('requires_action');
    expect(onSession.next_action?.redirect_to_url?.url).toContain('/3ds/');
    const paid = await t.control<Stripe.PaymentIntent>(`intents/${failed.id}/authenticate`, { outcome: 'complete' });
    expect(paid).toMatchObject({ status: 'succeeded', amount_received: 4200 });
  });

  it('4000002500003155 saved without a setup challenge needs authentication off-session', async () => {
    const customer = await t.stripe.customers.create({});
    const method = await t.stripe.paymentMethods.create({ type: 'card', card: { number: '4000002500003155', exp_month: 1, exp_year: 2040 } } as Stripe.PaymentMethodCreateParams);
    await t.stripe.paymentMethods.attach(method.id, { customer: customer.id });
    expect((await rejection(offSession(customer.id, method.id))).code).toBe('authentication_required');
  });

  it('declines off-session with the decline code and a failed charge; nothing is captured', async () => {
    for (const [number, declineCode] of [
      ['4000000000000341', 'generic_decline'],
      ['4000000000009995', 'insufficient_funds'],
    ] as const) {
      const { customer, paymentMethod } = await savedCard(number);
      const error = await rejection(offSession(customer, paymentMethod));
      expect(error).toMatchObject({ code: 'card_declined', decline_code: declineCode });
      const charge = await t.stripe.charges.retrieve(String(error.charge));
      expect(charge).toMatchObject({ status: 'failed', captured: false, amount_captured: 0 });
    }
  });
});

describe('card fingerprints', () => {
  it('are the same for the same number across customers and PaymentMethods, and differ between numbers', async () => {
    const a = await savedCard('4242424242424242');
    const b = await savedCard('4242424242424242');
    const c = await savedCard('5555555555554444');
    const [pa, pb, pc] = await Promise.all([a, b, c].map((s) => t.stripe.paymentMethods.retrieve(s.paymentMethod)));
    expect(pa!.card!.fingerprint).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(pb!.card!.fingerprint).toBe(pa!.card!.fingerprint);
    expect(pc!.card!.fingerprint).not.toBe(pa!.card!.fingerprint);
  });
});
