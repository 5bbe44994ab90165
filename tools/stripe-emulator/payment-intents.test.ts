import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection, startTestEmulator, type TestEmulator } from './test-support';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.emulator.close());

describe('PaymentIntents', () => {
  it('creates, then confirms with a test card into a succeeded payment with a charge', async () => {
    const created = await t.stripe.paymentIntents.create({ amount: 2500, currency: 'usd', description: 'Mug', metadata: { order: 'o1' } });
    expect(created).toMatchObject({ status: 'requires_payment_method', amount: 2500, livemode: false, latest_charge: null });
    expect(created.id).toMatch(/^pi_/);
    expect(created.client_secret).toMatch(new RegExp(`^${created.id}_secret_`));

    const confirmed = await t.stripe.paymentIntents.confirm(created.id, { payment_method: 'pm_card_visa', expand: ['latest_charge', 'payment_method'] });
    expect(confirmed.status).toBe('succeeded');
    expect(confirmed.amount_received).toBe(2500);
    const charge = confirmed.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({ object: 'charge', status: 'succeeded', paid: true, captured: true, amount: 2500, payment_intent: created.id });
    expect(charge.payment_method_details?.card).toMatchObject({ brand: 'visa', last4: '4242' });
    expect((confirmed.payment_method as Stripe.PaymentMethod).card?.last4).toBe('4242');
    // Stored objects keep ids; expansion is per response.
    expect((await t.stripe.paymentIntents.retrieve(created.id)).latest_charge).toBe(charge.id);
  });

  it('records a decline on the intent, then lets the same intent succeed with another card', async () => {
    const intent = await t.stripe.paymentIntents.create({ amount: 1500, currency: 'usd' });
    const error = await rejection(t.stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_chargeDeclined' }));
    expect(error.statusCode).toBe(402);
    expect(error).toMatchObject({ type: 'StripeCardError', code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' });
    expect(error.payment_intent?.status).toBe('requires_payment_method');

    const afterDecline = await t.stripe.paymentIntents.retrieve(intent.id, { expand: ['latest_charge'] });
    expect(afterDecline.last_payment_error).toMatchObject({ type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' });
    expect((afterDecline.latest_charge as Stripe.Charge).status).toBe('failed');
    expect(afterDecline.payment_method).toBeNull();

    const insufficient = await rejection(t.stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_chargeDeclinedInsufficientFunds' }));
    expect(insufficient.decline_code).toBe('insufficient_funds');

    const retried = await t.stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_mastercard' });
    expect(retried.status).toBe('succeeded');
    expect(retried.last_payment_error).toBeNull();
  });

  it('rejects unusable card data with Stripe card errors', async () => {
    const intent = await t.stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });
    const luhn = await rejection(
      t.stripe.paymentIntents.confirm(intent.id, {
        payment_method_data: { type: 'card', card: { number: '4242424242424241', exp_month: 12, exp_year: 2040, cvc: '123' } },
      } as Stripe.PaymentIntentConfirmParams),
    );
    expect(luhn).toMatchObject({ code: 'incorrect_number', statusCode: 402 });
    const expired = await rejection(
      t.stripe.paymentIntents.confirm(intent.id, {
        payment_method_data: { type: 'card', card: { number: '4242424242424242', exp_month: 1, exp_year: 2020, cvc: '123' } },
      } as Stripe.PaymentIntentConfirmParams),
    );
    expect(expired.code).toBe('expired_card');
    expect((await t.stripe.paymentIntents.retrieve(intent.id)).last_payment_error?.code).toBe('expired_card');
  });

  it('asks for 3-D Secure, and succeeds once the challenge is completed', async () => {
    const intent = await t.stripe.paymentIntents.create({ amount: 4000, currency: 'usd', payment_method: 'pm_card_threeDSecure2Required', confirm: true });
    expect(intent.status).toBe('requires_action');
    expect(intent.next_action?.type).toBe('use_stripe_sdk');
    const done = await t.control<Stripe.PaymentIntent>(`intents/${intent.id}/authenticate`, { outcome: 'complete' });
    expect(done.status).toBe('succeeded');
    expect((await t.stripe.paymentIntents.retrieve(intent.id)).status).toBe('succeeded');
  });

  it('redirects through the challenge page when confirmed server-side with a return_url, and fails on "Fail"', async () => {
    const intent = await t.stripe.paymentIntents.create({
      amount: 4000,
      currency: 'usd',
      payment_method: 'pm_card_authenticationRequired',
      confirm: true,
      return_url: 'https://shop.example/return',
    });
    expect(intent.next_action?.type).toBe('redirect_to_url');
    const challengeUrl = intent.next_action?.redirect_to_url?.url ?? '';
    const page = await fetch(challengeUrl);
    expect(await page.text()).toContain('3D Secure 2 Test Page');
    const answer = await fetch(challengeUrl, {
      method: 'POST',
      body: new URLSearchParams({ action: 'fail' }),
      redirect: 'manual',
    });
    expect(answer.status).toBe(303);
    const location = new URL(answer.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe('https://shop.example/return');
    expect(location.searchParams.get('payment_intent')).toBe(intent.id);
    expect(location.searchParams.get('redirect_status')).toBe('failed');
    const failed = await t.stripe.paymentIntents.retrieve(intent.id);
    expect(failed.status).toBe('requires_payment_method');
    expect(failed.last_payment_error?.code).toBe('payment_intent_authentication_failure');
  });

  it('authorizes with manual capture, then captures part of it', async () => {
    const intent = await t.stripe.paymentIntents.create({ amount: 5000, currency: 'usd', capture_method: 'manual', payment_method: 'pm_card_visa', confirm: true });
    expect(intent).toMatchObject({ status: 'requires_capture', amount_capturable: 5000, amount_received: 0 });
    const tooMuch = await rejection(t.stripe.paymentIntents.capture(intent.id, { amount_to_capture: 6000 }));
    expect(tooMuch.statusCode).toBe(400);
    const captured = await t.stripe.paymentIntents.capture(intent.id, { amount_to_capture: 3000, expand: ['latest_charge'] });
    expect(captured).toMatchObject({ status: 'succeeded', amount_received: 3000, amount_capturable: 0 });
    expect(captured.latest_charge).toMatchObject({ captured: true, amount_captured: 3000 });
  });

  it('cancels open intents but not succeeded ones', async () => {
    const open = await t.stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });
    const canceled = await t.stripe.paymentIntents.cancel(open.id, { cancellation_reason: 'abandoned' });
    expect(canceled).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned' });
    expect(canceled.canceled_at).toEqual(expect.any(Number));
    const paid = await t.stripe.paymentIntents.create({ amount: 1000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });
    const error = await rejection(t.stripe.paymentIntents.cancel(paid.id));
    expect(error.code).toBe('payment_intent_unexpected_state');
  });

  it('updates amount and metadata while open, and refuses amount changes after success', async () => {
    const intent = await t.stripe.paymentIntents.create({ amount: 1000, currency: 'usd', metadata: { a: '1' } });
    const updated = await t.stripe.paymentIntents.update(intent.id, { amount: 1200, metadata: { b: '2' } });
    expect(updated).toMatchObject({ amount: 1200, metadata: { a: '1', b: '2' } });
    await t.stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_visa' });
    expect((await rejection(t.stripe.paymentIntents.update(intent.id, { amount: 900 }))).code).toBe('payment_intent_unexpected_state');
    expect((await t.stripe.paymentIntents.update(intent.id, { metadata: { shipped: 'yes' } })).metadata.shipped).toBe('yes');
  });

  it('enforces Stripe minimum amounts', async () => {
    expect((await rejection(t.stripe.paymentIntents.create({ amount: 10, currency: 'usd' }))).code).toBe('amount_too_small');
  });
});

describe('Refunds', () => {
  it('refunds partially several times, then the rest, and refuses more', async () => {
    const intent = await t.stripe.paymentIntents.create({ amount: 3000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });
    const first = await t.stripe.refunds.create({ payment_intent: intent.id, amount: 1000, reason: 'requested_by_customer' });
    expect(first).toMatchObject({ object: 'refund', status: 'succeeded', amount: 1000, payment_intent: intent.id, charge: intent.latest_charge });
    await t.stripe.refunds.create({ charge: String(intent.latest_charge), amount: 500 });
    let charge = await t.stripe.charges.retrieve(String(intent.latest_charge));
    expect(charge).toMatchObject({ amount_refunded: 1500, refunded: false });

    const tooMuch = await rejection(t.stripe.refunds.create({ payment_intent: intent.id, amount: 2000 }));
    expect(tooMuch).toMatchObject({ statusCode: 400, code: 'amount_too_large' });

    const rest = await t.stripe.refunds.create({ payment_intent: intent.id });
    expect(rest.amount).toBe(1500);
    charge = await t.stripe.charges.retrieve(String(intent.latest_charge));
    expect(charge).toMatchObject({ amount_refunded: 3000, refunded: true });
    expect((await rejection(t.stripe.refunds.create({ payment_intent: intent.id }))).code).toBe('charge_already_refunded');

    const listed = await t.stripe.refunds.list({ payment_intent: intent.id });
    expect(listed.data.map((r) => r.amount)).toEqual([1500, 500, 1000]);
    expect((await t.stripe.refunds.retrieve(first.id)).id).toBe(first.id);
  });
});

describe('lists and expansion', () => {
  it('pages through a list with limit and starting_after', async () => {
    const customer = await t.stripe.customers.create({ email: 'pager@example.com' });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await t.stripe.paymentIntents.create({ amount: 1000 + i, currency: 'usd', customer: customer.id })).id);
    const page1 = await t.stripe.paymentIntents.list({ customer: customer.id, limit: 2 });
    expect(page1).toMatchObject({ object: 'list', has_more: true, url: '/v1/payment_intents' });
    expect(page1.data.map((p) => p.id)).toEqual([ids[4], ids[3]]);
    const page2 = await t.stripe.paymentIntents.list({ customer: customer.id, limit: 2, starting_after: ids[3] });
    expect(page2.data.map((p) => p.id)).toEqual([ids[2], ids[1]]);
    const all: string[] = [];
    for await (const pi of t.stripe.paymentIntents.list({ customer: customer.id, limit: 2 })) all.push(pi.id);
    expect(all).toEqual([...ids].reverse());
  });

  it('expands customer and nested fields in lists, and refuses unknown expansions', async () => {
    const customer = await t.stripe.customers.create({ name: 'Ada' });
    await t.stripe.paymentIntents.create({ amount: 1000, currency: 'usd', customer: customer.id, payment_method: 'pm_card_visa', confirm: true });
    const list = await t.stripe.paymentIntents.list({ customer: customer.id, expand: ['data.customer', 'data.latest_charge'] });
    expect((list.data[0]!.customer as Stripe.Customer).name).toBe('Ada');
    expect((list.data[0]!.latest_charge as Stripe.Charge).object).toBe('charge');
    const error = await rejection(t.stripe.paymentIntents.retrieve(list.data[0]!.id, { expand: ['nonsense'] }));
    expect(error.statusCode).toBe(400);
  });
});
