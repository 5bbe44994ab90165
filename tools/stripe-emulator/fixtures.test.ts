// Compares what the emulator returns with Stripe's own example objects (/work/shared/stripe/fixtures.json):
// same `object`, the same top-level fields, and the same JSON types (null where Stripe allows it).
import { existsSync, readFileSync } from 'node:fs';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from './test-support';

const SHARED = '/work/shared/stripe';
const available = existsSync(`${SHARED}/fixtures.json`);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Schema {
  properties?: Record<string, { nullable?: boolean }>;
}

const fixtures = available ? (JSON.parse(readFileSync(`${SHARED}/fixtures.json`, 'utf8')) as { resources: Record<string, Record<string, Json>> }).resources : {};
const schemas = available
  ? (JSON.parse(readFileSync(`${SHARED}/openapi-subset.json`, 'utf8')) as { components: { schemas: Record<string, Schema> } }).components.schemas
  : {};

/**
 * Fields the stripe@23.1.0 types require (API 2026-10-28.endive) that the older example objects predate.
 * Kept explicit so a new difference fails the test instead of slipping through.
 */
const NEWER_THAN_FIXTURE: Record<string, string[]> = {
  payment_intent: ['allowed_payment_method_types', 'payment_record'],
  setup_intent: ['allowed_payment_method_types', 'customer_account'],
};

type NullableKeys<T> = { [K in keyof T]-?: null extends T[K] ? K : never }[keyof T];

/**
 * Fields the older OpenAPI subset does not describe but whose stripe@23.1.0 type allows null; the
 * `NullableKeys` type makes tsc reject any field listed here that the SDK does not declare nullable.
 */
const NULLABLE_IN_SDK: {
  payment_intent: NullableKeys<Stripe.PaymentIntent>[];
  setup_intent: NullableKeys<Stripe.SetupIntent>[];
  charge: NullableKeys<Stripe.Charge>[];
  webhook_endpoint: NullableKeys<Stripe.WebhookEndpoint>[];
} = {
  payment_intent: ['managed_payments', 'payment_method_configuration_details'],
  setup_intent: ['payment_method_configuration_details'],
  charge: ['source'],
  webhook_endpoint: ['description'],
};

function sdkNullable(resource: string, key: string): boolean {
  return ((NULLABLE_IN_SDK as Record<string, string[]>)[resource] ?? []).includes(key);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function compare(resource: string, actual: object): string[] {
  const fixture = fixtures[resource];
  if (!fixture) return [`no fixture for ${resource}`];
  const ours = actual as Record<string, unknown>;
  const problems: string[] = [];
  const extras = new Set(NEWER_THAN_FIXTURE[resource] ?? []);
  for (const key of Object.keys(fixture)) if (!(key in ours)) problems.push(`${resource}: missing field ${key}`);
  for (const key of Object.keys(ours)) if (!(key in fixture) && !extras.has(key)) problems.push(`${resource}: extra field ${key}`);
  for (const [key, expected] of Object.entries(fixture)) {
    if (!(key in ours)) continue;
    const got = jsonType(ours[key]);
    const want = jsonType(expected);
    if (got === want || want === 'null') continue;
    if (got === 'null' && (schemas[resource]?.properties?.[key]?.nullable || sdkNullable(resource, key))) continue;
    problems.push(`${resource}.${key}: ${got} where Stripe has ${want}`);
  }
  if (ours.object !== fixture.object) problems.push(`${resource}: object is ${String(ours.object)}, Stripe says ${String(fixture.object)}`);
  return problems;
}

let t: TestEmulator;
const samples: Record<string, object> = {};

beforeAll(async () => {
  t = await startTestEmulator();
  const { stripe } = t;
  const customer = await stripe.customers.create({ email: 'fixture@example.com' });
  const intent = await stripe.paymentIntents.create({ amount: 1099, currency: 'usd', customer: customer.id, payment_method: 'pm_card_visa', confirm: true });
  const refund = await stripe.refunds.create({ payment_intent: intent.id, amount: 100 });
  const setup = await stripe.setupIntents.create({ customer: customer.id });
  const account = await stripe.accounts.create({ type: 'express' });
  const link = await stripe.accountLinks.create({ account: account.id, type: 'account_onboarding', refresh_url: 'https://x.example/r', return_url: 'https://x.example/ok' });
  const endpoint = await stripe.webhookEndpoints.create({ url: 'https://x.example/hook', enabled_events: ['*'] });
  const [event] = (await stripe.events.list({ limit: 1 })).data;
  Object.assign(samples, {
    payment_intent: await stripe.paymentIntents.retrieve(intent.id),
    setup_intent: setup,
    customer: await stripe.customers.retrieve(customer.id),
    payment_method: await stripe.paymentMethods.retrieve(String(intent.payment_method)),
    refund,
    charge: await stripe.charges.retrieve(String(intent.latest_charge)),
    event: event as Stripe.Event,
    account,
    account_link: link,
    webhook_endpoint: await stripe.webhookEndpoints.retrieve(endpoint.id),
    deleted_webhook_endpoint: await stripe.webhookEndpoints.del(endpoint.id),
    deleted_customer: await stripe.customers.del(customer.id),
  });
});
afterAll(() => t.emulator.close());

describe.skipIf(!available)("objects match Stripe's example fixtures", () => {
  const resources = [
    'payment_intent',
    'setup_intent',
    'customer',
    'payment_method',
    'refund',
    'charge',
    'event',
    'account',
    'account_link',
    'webhook_endpoint',
    'deleted_webhook_endpoint',
    'deleted_customer',
  ];
  it.each(resources)('%s', (resource) => {
    expect(samples[resource], `no sample for ${resource}`).toBeDefined();
    expect(compare(resource, samples[resource]!)).toEqual([]);
  });

  it('the comparison itself notices a wrong field', () => {
    const broken = { ...(samples.refund as Stripe.Refund), amount: '100', surprise: true };
    expect(compare('refund', broken)).toEqual(['refund: extra field surprise', 'refund.amount: string where Stripe has number']);
  });
});
