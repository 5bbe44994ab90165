import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection, startTestEmulator, type TestEmulator } from './test-support';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.emulator.close());

describe('Customers and saved PaymentMethods', () => {
  it('creates, updates, lists and deletes customers', async () => {
    const customer = await t.stripe.customers.create({ email: 'ada@example.com', name: 'Ada', metadata: { user: 'u1' } });
    expect(customer).toMatchObject({ object: 'customer', email: 'ada@example.com', livemode: false, metadata: { user: 'u1' } });
    const updated = await t.stripe.customers.update(customer.id, { name: 'Ada L.', phone: '+15555550100' });
    expect(updated).toMatchObject({ name: 'Ada L.', phone: '+15555550100', email: 'ada@example.com' });
    const found = await t.stripe.customers.list({ email: 'ada@example.com' });
    expect(found.data.map((c) => c.id)).toEqual([customer.id]);
    expect(await t.stripe.customers.del(customer.id)).toEqual({ id: customer.id, object: 'customer', deleted: true });
    expect(((await t.stripe.customers.retrieve(customer.id)) as Stripe.DeletedCustomer).deleted).toBe(true);
  });

  it('attaches, lists, sets as default and detaches PaymentMethods', async () => {
    const customer = await t.stripe.customers.create({});
    const pm = await t.stripe.paymentMethods.create({ type: 'card', card: { number: '5555555555554444', exp_month: 4, exp_year: 2040, cvc: '123' } } as Stripe.PaymentMethodCreateParams);
    expect(pm.card).toMatchObject({ brand: 'mastercard', last4: '4444', exp_month: 4, exp_year: 2040 });
    await t.stripe.paymentMethods.attach(pm.id, { customer: customer.id });
    const listed = await t.stripe.customers.listPaymentMethods(customer.id);
    expect(listed.data.map((p) => p.id)).toEqual([pm.id]);
    const withDefault = await t.stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: pm.id } });
    expect(withDefault.invoice_settings.default_payment_method).toBe(pm.id);
    const detached = await t.stripe.paymentMethods.detach(pm.id);
    expect(detached.customer).toBeNull();
    expect((await t.stripe.paymentMethods.list({ customer: customer.id })).data).toEqual([]);
  });

  it('refuses to attach a declining card but attaches 4000000000000341, whose charges then fail', async () => {
    const customer = await t.stripe.customers.create({});
    const declining = await t.stripe.paymentMethods.create({ type: 'card', card: { number: '4000000000000002', exp_month: 1, exp_year: 2040 } } as Stripe.PaymentMethodCreateParams);
    expect((await rejection(t.stripe.paymentMethods.attach(declining.id, { customer: customer.id }))).code).toBe('card_declined');
    const failsLater = await t.stripe.paymentMethods.create({ type: 'card', card: { number: '4000000000000341', exp_month: 1, exp_year: 2040 } } as Stripe.PaymentMethodCreateParams);
    await t.stripe.paymentMethods.attach(failsLater.id, { customer: customer.id });
    const error = await rejection(
      t.stripe.paymentIntents.create({ amount: 2000, currency: 'usd', customer: customer.id, payment_method: failsLater.id, off_session: true, confirm: true }),
    );
    expect(error).toMatchObject({ code: 'card_declined', statusCode: 402 });
  });

  it('saves the card of an on-session payment with setup_future_usage and charges it off-session later', async () => {
    const customer = await t.stripe.customers.create({});
    const first = await t.stripe.paymentIntents.create({
      amount: 2000,
      currency: 'usd',
      customer: customer.id,
      setup_future_usage: 'off_session',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    expect(first.status).toBe('succeeded');
    const saved = await t.stripe.paymentMethods.retrieve(String(first.payment_method));
    expect(saved.customer).toBe(customer.id);
    const later = await t.stripe.paymentIntents.create({ amount: 900, currency: 'usd', customer: customer.id, payment_method: saved.id, off_session: true, confirm: true });
    expect(later.status).toBe('succeeded');
  });

  it('refuses to reuse a PaymentMethod that was used without a customer', async () => {
    const first = await t.stripe.paymentIntents.create({ amount: 2000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });
    const second = await t.stripe.paymentIntents.create({ amount: 2000, currency: 'usd' });
    const error = await rejection(t.stripe.paymentIntents.confirm(second.id, { payment_method: String(first.payment_method) }));
    expect(error.code).toBe('payment_method_unexpected_state');
  });
});

describe('SetupIntents and off-session authentication', () => {
  it('4000002500003155: needs authentication off-session until set up, then charges off-session without it', async () => {
    const customer = await t.stripe.customers.create({});
    const unset = await rejection(
      t.stripe.paymentIntents.create({ amount: 1000, currency: 'usd', customer: customer.id, payment_method: 'pm_card_authenticationRequiredOnSetup', off_session: true, confirm: true }),
    );
    expect(unset).toMatchObject({ code: 'authentication_required', decline_code: 'authentication_required' });
    expect(unset.payment_intent?.status).toBe('requires_payment_method');

    const setup = await t.stripe.setupIntents.create({ customer: customer.id, payment_method: 'pm_card_authenticationRequiredOnSetup', confirm: true, usage: 'off_session' });
    expect(setup.status).toBe('requires_action');
    const done = await t.control<Stripe.SetupIntent>(`intents/${setup.id}/authenticate`, { outcome: 'complete' });
    expect(done.status).toBe('succeeded');
    const paymentMethod = await t.stripe.paymentMethods.retrieve(String(done.payment_method));
    expect(paymentMethod.customer).toBe(customer.id);

    const offSession = await t.stripe.paymentIntents.create({ amount: 1000, currency: 'usd', customer: customer.id, payment_method: paymentMethod.id, off_session: true, confirm: true });
    expect(offSession.status).toBe('succeeded');
    const listed = await t.stripe.setupIntents.list({ customer: customer.id });
    expect(listed.data.map((s) => s.id)).toEqual([setup.id]);
  });

  it('4000002760003184 still needs authentication off-session after setup', async () => {
    const customer = await t.stripe.customers.create({});
    const setup = await t.stripe.setupIntents.create({ customer: customer.id, payment_method: 'pm_card_authenticationRequired', confirm: true });
    await t.control(`intents/${setup.id}/authenticate`, { outcome: 'complete' });
    const pm = (await t.stripe.setupIntents.retrieve(setup.id)).payment_method as string;
    const error = await rejection(
      t.stripe.paymentIntents.create({ amount: 1000, currency: 'usd', customer: customer.id, payment_method: pm, off_session: true, confirm: true }),
    );
    expect(error.code).toBe('authentication_required');
  });

  it('a failed setup challenge leaves the SetupIntent needing a new payment method', async () => {
    const setup = await t.stripe.setupIntents.create({ payment_method: 'pm_card_threeDSecure2Required', confirm: true });
    const failed = await t.control<Stripe.SetupIntent>(`intents/${setup.id}/authenticate`, { outcome: 'fail' });
    expect(failed.status).toBe('requires_payment_method');
    expect(failed.last_setup_error?.code).toBe('setup_intent_authentication_failure');
    const retried = await t.stripe.setupIntents.confirm(setup.id, { payment_method: 'pm_card_visa' });
    expect(retried.status).toBe('succeeded');
  });
});
