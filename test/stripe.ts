// An in-process Stripe emulator for integration tests, driven by the official SDK.
import Stripe from 'stripe';
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
  return { emulator, stripe, close: () => emulator.close() };
}
