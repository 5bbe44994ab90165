// bench/replies: N buyers reply "#buy M" to one post at once, end to end (store the reply, parse
// it, reserve stock, create the PaymentIntent on the emulator) against a production build on
// real PostgreSQL. Reports buying replies per second and reply→checkout-ready percentiles.
// `npm run bench:replies`.
import postgres from 'postgres';
import { startBenchApp } from './support/app';
import { burst, machine, signUpBuyers } from './support/burst';
import { callAction, serverActionId, signUp } from './support/clients';
import { createBenchShop } from './support/shop';

const buyers = Number(process.env.BENCH_BUYERS ?? 100);
const app = await startBenchApp('hashcart_bench_replies', 3610, 12610);

try {
  const actionId = serverActionId('lib/actions/replies/post-reply.ts', 'postReply');
  const owner = await signUp(app.url, 'owner@bench.test');
  const shop = await createBenchShop(app.databaseUrl, app.emulatorUrl, owner.userId, buyers);
  const sessions = await signUpBuyers(app.url, buyers, 'replier');

  const { results, seconds, latencyMs } = await burst(sessions, (session) =>
    callAction<{ ok: boolean; data?: { kind: string } }>(app.url, `/p/${shop.postId}`, actionId, session.cookie, [
      null,
      { postId: shop.postId, body: 'love this #buy M' },
    ]),
  );

  const sql = postgres(app.databaseUrl, { max: 1, onnotice: () => {} });
  const [{ orders }] = (await sql`select count(*)::int as orders from orders where source = 'reply' and payment_intent_id is not null`) as unknown as [{ orders: number }];
  await sql.end();

  const ready = results.filter((r) => r.ok && r.data?.kind === 'checkout').length;
  console.log(
    JSON.stringify(
      {
        machine: machine(),
        buyers,
        checkoutReady: ready,
        ordersWithPaymentIntent: orders,
        buyingRepliesPerSecond: Number((ready / seconds).toFixed(1)),
        wallSeconds: Number(seconds.toFixed(2)),
        replyToCheckoutReadyMs: latencyMs,
      },
      null,
      2,
    ),
  );
} finally {
  await app.stop();
}
