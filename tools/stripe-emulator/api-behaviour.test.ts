import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFormParams } from './form-params';
import { rejection, startTestEmulator, type TestEmulator } from './test-support';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.emulator.close());

const form = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe('form parameters', () => {
  it('decodes nested objects, indexed arrays and []-arrays', () => {
    expect(parseFormParams('a[b][c]=1&list[0]=x&list[1]=y&expand[]=p&expand[]=q&metadata[k]=v')).toEqual({
      a: { b: { c: '1' } },
      list: ['x', 'y'],
      expand: ['p', 'q'],
      metadata: { k: 'v' },
    });
    expect(() => parseFormParams('a[__proto__][x]=1')).toThrow();
  });
});

describe('authentication and errors', () => {
  it('answers 401 in Stripe shape without an API key', async () => {
    const response = await fetch(`${t.emulator.url}/v1/payment_intents`);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { type: string; message: string } };
    expect(body.error.type).toBe('invalid_request_error');
    expect(body.error.message).toContain('did not provide an API key');
  });

  it('answers 404 resource_missing for unknown ids', async () => {
    const error = await rejection(t.stripe.paymentIntents.retrieve('pi_missing'));
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing', type: 'StripeInvalidRequestError' });
  });

  it('names unsupported parameters and endpoints in a 400 instead of silently succeeding', async () => {
    const badParam = await rejection(t.stripe.paymentIntents
      .create({ amount: 1000, currency: 'usd', payment_method_options: { card: { request_three_d_secure: 'any' } } }));
    expect(badParam).toMatchObject({ statusCode: 400, param: 'payment_method_options' });
    const missing = await rejection(t.stripe.paymentIntents.create({ currency: 'usd' } as Stripe.PaymentIntentCreateParams));
    expect(missing).toMatchObject({ statusCode: 400, code: 'parameter_missing', param: 'amount' });
    const endpoint = await rejection(t.stripe.invoices.list());
    expect(endpoint.statusCode).toBe(400);
    expect(endpoint.message).toContain('GET /v1/invoices');
  });
});

describe('idempotency', () => {
  it('replays the first response for the same key and params', async () => {
    const first = await t.stripe.customers.create({ email: 'same@example.com' }, { idempotencyKey: 'cust-key-1' });
    const second = await t.stripe.customers.create({ email: 'same@example.com' }, { idempotencyKey: 'cust-key-1' });
    expect(second.id).toBe(first.id);
    expect(second.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect((await t.stripe.customers.list({ email: 'same@example.com' })).data).toHaveLength(1);
  });

  it('refuses the same key with different params', async () => {
    await t.stripe.customers.create({ email: 'k2@example.com' }, { idempotencyKey: 'cust-key-2' });
    const error = await rejection(t.stripe.customers.create({ email: 'other@example.com' }, { idempotencyKey: 'cust-key-2' }));
    expect(error).toMatchObject({ statusCode: 400, type: 'StripeIdempotencyError' });
  });

  it('replays a decline too, without charging again', async () => {
    const intent = await t.stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });
    const body = form({ payment_method: 'pm_card_chargeDeclined' });
    const send = () =>
      fetch(`${t.emulator.url}/v1/payment_intents/${intent.id}/confirm`, {
        method: 'POST',
        headers: { Authorization: 'Bearer sk_test_x', 'Content-Type': 'application/x-www-form-urlencoded', 'Idempotency-Key': 'decline-once' },
        body,
      });
    const a = await send();
    const b = await send();
    expect([a.status, b.status]).toEqual([402, 402]);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect((await t.stripe.charges.list({ payment_intent: intent.id })).data).toHaveLength(1);
  });

  it('lets the SDK retry with its automatic key', async () => {
    const sdk = new Stripe('sk_test_retry', { host: '127.0.0.1', port: t.emulator.port, protocol: 'http', maxNetworkRetries: 3 });
    const created = await sdk.paymentIntents.create({ amount: 1000, currency: 'usd' });
    const key = created.lastResponse.idempotencyKey;
    expect(key).toBeTruthy();
    const again = await sdk.paymentIntents.create({ amount: 1000, currency: 'usd' }, { idempotencyKey: key });
    expect(again.id).toBe(created.id);
  });
});

describe('publishable key access (Stripe.js)', () => {
  it('retrieves and confirms an intent with its client_secret only, with CORS headers', async () => {
    const intent = await t.stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });
    const headers = { Authorization: 'Bearer pk_test_x', Origin: 'http://localhost:3000' };
    const ok = await fetch(`${t.emulator.url}/v1/payment_intents/${intent.id}?client_secret=${intent.client_secret}`, { headers });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    const wrongSecret = await fetch(`${t.emulator.url}/v1/payment_intents/${intent.id}?client_secret=${intent.id}_secret_nope`, { headers });
    expect(wrongSecret.status).toBe(400);
    const noSecret = await fetch(`${t.emulator.url}/v1/payment_intents/${intent.id}`, { headers });
    expect(noSecret.status).toBe(400);
    const secretOnly = await fetch(`${t.emulator.url}/v1/customers`, { headers });
    expect(secretOnly.status).toBe(401);
    const preflight = await fetch(`${t.emulator.url}/v1/payment_intents/${intent.id}/confirm`, { method: 'OPTIONS', headers });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');

    const confirmed = await fetch(`${t.emulator.url}/v1/payment_intents/${intent.id}/confirm`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `client_secret=${intent.client_secret}&payment_method_data[type]=card&payment_method_data[card][number]=4242424242424242&payment_method_data[card][exp_month]=12&payment_method_data[card][exp_year]=2040&payment_method_data[card][cvc]=123`,
    });
    expect(confirmed.status).toBe(200);
    expect(((await confirmed.json()) as Stripe.PaymentIntent).status).toBe('succeeded');
    const cannotCapture = await fetch(`${t.emulator.url}/v1/payment_intents/${intent.id}/capture`, { method: 'POST', headers });
    expect(cannotCapture.status).toBe(401);
  });
});

describe('persistence', () => {
  it('keeps objects across restarts when given a statePath', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { startStripeEmulator } = await import('./index');
    const statePath = join(mkdtempSync(join(tmpdir(), 'stripe-emulator-')), 'state.json');
    const first = await startStripeEmulator({ port: 0, statePath });
    const sdk1 = new Stripe('sk_test_p', { host: '127.0.0.1', port: first.port, protocol: 'http' });
    const intent = await sdk1.paymentIntents.create({ amount: 1234, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });
    await first.close();
    const second = await startStripeEmulator({ port: 0, statePath });
    const sdk2 = new Stripe('sk_test_p', { host: '127.0.0.1', port: second.port, protocol: 'http' });
    expect((await sdk2.paymentIntents.retrieve(intent.id)).status).toBe('succeeded');
    await second.close();
  });
});
