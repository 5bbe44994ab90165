// bench/replies: N buyers reply "#buy M" to one post at once, end to end (store the reply, parse
// it, reserve stock, create the PaymentIntent on the emulator) against a production build on
// real PostgreSQL. Reports buying replies per second and reply→checkout-ready percentiles.
// `npm run bench:replies`.
import os from 'node:os';
import postgres from 'postgres';
import { startBenchApp } from './support/app';
import { callAction, percentile, serverActionId, signUp } from './support/clients';
import { createBenchShop } from './support/shop';

const buyers = Number(process.env.BENCH_BUYERS ?? 100);
const app = await startBenchApp('hashcart_bench_replies', 3610, 12610);

try {
  const actionId = serverActionId('lib/actions/replies/post-reply.ts', 'postReply');
  const owner = await signUp(app.url, 'owner@bench.test');
  const shop = await createBenchShop(app.databaseUrl, app.emulatorUrl, owner.userId, buyers);
  const sessions = [];
  for (let i = 0; i < buyers; i += 20) {
    sessions.push(...(await Promise.all(Array.from({ length: Math.min(20, buyers - i) }, (_, j) => signUp(app.url, `replier${i + j}@bench.test`)))));
  }

  const latencies: number[] = [];
  const started = performance.now();
  const results = await Promise.all(
    sessions.map(async (session) => {
      const t0 = performance.now();
      const result = await callAction<{ ok: boolean; data?: { kind: string } }>(app.url, `/p/${shop.postId}`, actionId, session.cookie, [
        null,
        { postId: shop.postId, body: 'love this #buy M' },
      ]);
      latencies.push(performance.now() - t0);
      return result;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sql = postgres(app.databaseUrl, { max: 1, onnotice: () => {} });
  const [{ orders }] = (await sql`select count(*)::int as orders from orders where source = 'reply' and payment_intent_id is not null`) as unknown as [{ orders: number }];
  await sql.end();

  const sorted = [...latencies].sort((a, b) => a - b);
  const ready = results.filter((r) => r.ok && r.data?.kind === 'checkout').length;
  console.log(
    JSON.stringify(
      {
        machine: `${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
        buyers,
        checkoutReady: ready,
        ordersWithPaymentIntent: orders,
        buyingRepliesPerSecond: Number((ready / seconds).toFixed(1)),
        wallSeconds: Number(seconds.toFixed(2)),
        replyToCheckoutReadyMs: { p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)), p99: Math.round(percentile(sorted, 99)) },
      },
      null,
      2,
    ),
  );
} finally {
  await app.stop();
}
