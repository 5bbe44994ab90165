// Entry point: a stateful local Stripe (REST + webhooks + Stripe.js stand-in) for development and tests.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestHandler } from './server';
import { Store } from './store';
import { DEFAULT_WEBHOOK_OPTIONS, WebhookDispatcher } from './webhooks';

export interface StripeEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface StripeEmulatorOptions {
  /** Default `STRIPE_EMULATOR_PORT` or 12111; 0 picks a free port. */
  port?: number;
  host?: string;
  /** JSON file that keeps state across restarts. */
  statePath?: string;
  log?: boolean;
  /** Journal size before it may compact itself (default 1 MiB). Tests shorten it. */
  journalCompactMinBytes?: number;
  /** First webhook retry delay (doubles per attempt). Tests shorten it. */
  webhookRetryBaseMs?: number;
}

export async function startStripeEmulator(opts: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
  const host = opts.host ?? '127.0.0.1';
  const port = opts.port ?? Number(process.env.STRIPE_EMULATOR_PORT ?? 12111);
  const log = opts.log ? (message: string) => console.log(`[stripe-emulator] ${message}`) : () => {};
  const store = new Store(opts.statePath, opts.journalCompactMinBytes);
  const dispatcher = new WebhookDispatcher(store, {
    ...DEFAULT_WEBHOOK_OPTIONS,
    ...(opts.webhookRetryBaseMs !== undefined ? { retryBaseMs: opts.webhookRetryBaseMs } : {}),
    log,
  });
  let url = '';
  const server = createServer(createRequestHandler({ store, dispatcher, baseUrl: () => url, log }));
  // Webhook receivers and browsers keep connections alive; do not let them hold close() hostage.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  url = `http://${urlHost}:${address.port}`;
  dispatcher.start();
  log(`listening on ${url}`);
  return {
    url,
    port: address.port,
    async close() {
      await dispatcher.close();
      store.flush();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
