// bench/emulator: the Stripe emulator's own CPU per checkout, apart from the app. Starts the
// emulator as its own process (as `npm start` does, in memory), a webhook receiver subscribed like
// the app (BENCH_WEBHOOK_EVENTS=all: to every event, as the app did before), and one Connect
// account; then BENCH_CHECKOUTS times (20 at once) does what one checkout asks of Stripe: create
// the PaymentIntent (destination charge, fee, idempotency key), for a returning buyer with their
// customer. Reports the emulator's CPU per checkout from /proc, min/median/max over BENCH_RUNS.
//   npx tsx bench/emulator.ts   (BENCH_EMULATOR_PORT, default 12620)
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import Stripe from 'stripe';
import { HANDLED_EVENT_TYPES } from '../lib/payments/webhook-events';
import { createOnboardedEmulatorAccount } from '../tools/stripe-emulator/onboarding';
import { machine } from './support/burst';
import { groupCpuMs } from './support/cpu';

const checkouts = Number(process.env.BENCH_CHECKOUTS ?? 2000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const port = Number(process.env.BENCH_EMULATOR_PORT ?? 12620);
const allEvents = process.env.BENCH_WEBHOOK_EVENTS === 'all';

const child = spawn('node_modules/.bin/tsx', ['tools/stripe-emulator/cli.ts'], {
  env: { ...process.env, STRIPE_EMULATOR_PORT: String(port), STRIPE_EMULATOR_QUIET: '1', STRIPE_EMULATOR_STATE: '' },
  stdio: 'ignore',
  detached: true,
});
let received = 0;
const receiver = createServer((request, response) => {
  request.resume();
  request.once('end', () => {
    received++;
    response.end('{"received":true}');
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));

try {
  const stripe = new Stripe('sk_test_bench', { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 2 });
  for (let attempt = 0; !(await fetch(`http://127.0.0.1:${port}/_emulator/health`).then((r) => r.ok, () => false)); attempt++) {
    if (attempt > 100) throw new Error('the emulator did not start');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stripe.webhookEndpoints.create({
    url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
    enabled_events: allEvents ? ['*'] : [...HANDLED_EVENT_TYPES],
  });
  const account = await createOnboardedEmulatorAccount(stripe, 'bench-brand@example.test');
  const customer = await stripe.customers.create({ email: 'buyer@example.test' });

  const perCheckout: number[] = [];
  for (let run = 0; run < runs; run++) {
    const before = groupCpuMs(child.pid!).emulator;
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (next < checkouts) {
          const n = next++;
          await stripe.paymentIntents.create(
            {
              amount: 2500,
              currency: 'eur',
              customer: customer.id,
              automatic_payment_methods: { enabled: true },
              transfer_data: { destination: account.id },
              application_fee_amount: 125,
              description: 'M ×1',
              metadata: { order_id: `order-${run}-${n}` },
            },
            { idempotencyKey: `bench-${run}-${n}` },
          );
        }
      }),
    );
    // Webhooks go out after each answer: let them finish before reading the CPU.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const cpu = groupCpuMs(child.pid!).emulator - before;
    perCheckout.push(cpu / checkouts);
    console.error(`run ${run + 1}: ${(cpu / checkouts).toFixed(2)} ms CPU per checkout, ${(checkouts / ((performance.now() - started) / 1000)).toFixed(0)}/s`);
  }
  const sorted = [...perCheckout].sort((a, b) => a - b);
  console.log(
    JSON.stringify(
      {
        machine: machine(),
        load: os.loadavg().map((n) => Number(n.toFixed(2))),
        checkouts,
        runs,
        webhookEvents: allEvents ? 'all' : 'the app’s',
        webhooksReceived: received,
        emulatorCpuMsPerCheckout: { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] },
      },
      null,
      2,
    ),
  );
} finally {
  receiver.close();
  process.kill(-child.pid!, 'SIGTERM');
}
