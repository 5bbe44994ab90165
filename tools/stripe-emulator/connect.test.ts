import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection, startTestEmulator, type TestEmulator } from './test-support';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.emulator.close());

const link = (account: string) =>
  t.stripe.accountLinks.create({ account, type: 'account_onboarding', refresh_url: 'https://shop.example/refresh', return_url: 'https://shop.example/return' });

describe('Connect Express accounts', () => {
  it('starts disabled, refuses destination charges, and is enabled by completing onboarding', async () => {
    const account = await t.stripe.accounts.create({ type: 'express', email: 'seller@example.com', capabilities: { card_payments: { requested: true }, transfers: { requested: true } } });
    expect(account).toMatchObject({ object: 'account', type: 'express', charges_enabled: false, payouts_enabled: false, details_submitted: false });
    expect(account.capabilities?.transfers).toBe('inactive');

    const refused = await rejection(t.stripe.paymentIntents
      .create({ amount: 2000, currency: 'usd', transfer_data: { destination: account.id }, application_fee_amount: 200 }));
    expect(refused).toMatchObject({ statusCode: 400, param: 'transfer_data[destination]' });

    const accountLink = await link(account.id);
    expect(accountLink.object).toBe('account_link');
    expect(accountLink.expires_at).toBeGreaterThan(accountLink.created);
    const page = await (await fetch(accountLink.url)).text();
    expect(page).toContain('Complete onboarding');
    const completed = await fetch(accountLink.url, { method: 'POST', body: new URLSearchParams({ action: 'complete' }), redirect: 'manual' });
    expect(completed.status).toBe(303);
    expect(completed.headers.get('location')).toBe('https://shop.example/return');

    const enabled = await t.stripe.accounts.retrieve(account.id);
    expect(enabled).toMatchObject({ charges_enabled: true, payouts_enabled: true, details_submitted: true });
    const events = await t.stripe.events.list({ type: 'account.updated' });
    expect(events.data.some((e) => (e.data.object as Stripe.Account).id === account.id)).toBe(true);

    const intent = await t.stripe.paymentIntents.create({
      amount: 2000,
      currency: 'usd',
      transfer_data: { destination: account.id },
      application_fee_amount: 200,
      on_behalf_of: account.id,
      payment_method: 'pm_card_visa',
      confirm: true,
      expand: ['latest_charge'],
    });
    expect(intent.status).toBe('succeeded');
    expect(intent.latest_charge).toMatchObject({ application_fee_amount: 200, transfer_data: { destination: account.id } });
  });

  it('leaving onboarding returns without enabling; used or expired links go to refresh_url', async () => {
    const account = await t.stripe.accounts.create({ type: 'express' });
    const first = await link(account.id);
    const left = await fetch(first.url, { method: 'POST', body: new URLSearchParams({ action: 'leave' }), redirect: 'manual' });
    expect(left.headers.get('location')).toBe('https://shop.example/return');
    expect((await t.stripe.accounts.retrieve(account.id)).details_submitted).toBe(false);
    const reused = await fetch(first.url, { redirect: 'manual' });
    expect(reused.headers.get('location')).toBe('https://shop.example/refresh');

    const second = await link(account.id);
    await t.control('clock/advance', { seconds: 600 });
    const expired = await fetch(second.url, { redirect: 'manual' });
    expect(expired.headers.get('location')).toBe('https://shop.example/refresh');
  });

  it('updates account metadata', async () => {
    const account = await t.stripe.accounts.create({ type: 'express' });
    const updated = await t.stripe.accounts.update(account.id, { metadata: { seller: 's1' } });
    expect(updated.metadata).toEqual({ seller: 's1' });
  });
});
