// Helpers for the emulator's own tests: an emulator + SDK client, the control API, and a webhook receiver.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { startStripeEmulator, type StripeEmulator } from './index';

export interface TestEmulator {
  emulator: StripeEmulator;
  stripe: Stripe;
  control<T = unknown>(path: string, body?: object): Promise<T>;
}

export async function startTestEmulator(opts: { webhookRetryBaseMs?: number } = {}): Promise<TestEmulator> {
  const emulator = await startStripeEmulator({ port: 0, ...opts });
  const stripe = new Stripe('sk_test_emulator', { host: '127.0.0.1', port: emulator.port, protocol: 'http', maxNetworkRetries: 2 });
  async function control<T>(path: string, body?: object): Promise<T> {
    const response = await fetch(`${emulator.url}/_emulator/${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await response.json()) as T;
    if (!response.ok) throw new Error(`control ${path} failed: ${JSON.stringify(json)}`);
    return json;
  }
  return { emulator, stripe, control };
}

export interface ReceivedWebhook {
  body: string;
  signature: string;
}

/** A local webhook endpoint; `respond` decides each answer's status (default 200). */
export async function startWebhookReceiver(respond: (hook: ReceivedWebhook, index: number) => number = () => 200) {
  const received: ReceivedWebhook[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  const server = createServer(async (req, res) => {
    const hook = { body: await read(req), signature: String(req.headers['stripe-signature'] ?? '') };
    received.push(hook);
    res.writeHead(respond(hook, received.length - 1)).end();
    for (const waiter of waiters.filter((w) => received.length >= w.count)) waiter.resolve();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
  return {
    url,
    received,
    /** Resolves once `count` deliveries have arrived in total. */
    waitFor(count: number, timeoutMs = 10_000): Promise<void> {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${received.length}/${count} webhooks arrived`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    events: () => received.map((r) => JSON.parse(r.body) as Stripe.Event),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** The Stripe error a request fails with; fails the test if it succeeds. */
export async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  const outcome = await promise.then(
    () => null,
    (error: Stripe.errors.StripeError) => error,
  );
  if (!outcome) throw new Error('expected the request to fail');
  return outcome;
}
