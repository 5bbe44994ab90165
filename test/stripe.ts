// An in-process Stripe emulator for integration tests, driven by the official SDK.
import Stripe from 'stripe';
import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../db/open';
import { testDb } from './database';
import { onboardBrandsOn } from './factories';
import { startStripeEmulator, type StripeEmulator } from '../tools/stripe-emulator';

export interface TestStripe {
  emulator: StripeEmulator;
  stripe: Stripe;
  close(): Promise<void>;
}

export async function startTestStripe(): Promise<TestStripe> {
  const emulator = await startStripeEmulator({ port: 0 });
  const url = new URL(emulator.url);
  const stripe = new Stripe('sk_test_integration', { host: url.hostname, port: Number(url.port), protocol: 'http', maxNetworkRetries: 2 });
  // Factories onboard brands' Connect accounts on the emulator this test file started.
  onboardBrandsOn(stripe);
  return {
    emulator,
    stripe,
    close: () => {
      onboardBrandsOn(null);
      return emulator.close();
    },
  };
}

/** Registers the hooks most integration files need: the run's database and an in-process emulator. */
export function withDbAndStripe(assign: (db: Db, stripe: TestStripe) => void): void {
  let started: TestStripe | undefined;
  beforeAll(async () => {
    started = await startTestStripe();
    assign(await testDb(), started);
  });
  afterAll(async () => {
    await started?.close();
  });
}
