// bench/checkout: N concurrent buyers press Buy on one post against a production build on real
// PostgreSQL and the Stripe emulator. Reports reservations per second, startCheckout latency
// percentiles, and how many units were oversold (must be 0). `npm run bench:checkout`.
import postgres from 'postgres';
import { startBenchApp } from './support/app';
import { burst, machine, signUpBuyers } from './support/burst';
import { callAction, serverActionId, signUp } from './support/clients';
import { createBenchShop } from './support/shop';

const buyers = Number(process.env.BENCH_BUYERS ?? 100);
const stock = Number(process.env.BENCH_STOCK ?? Math.floor(buyers / 2));
const app = await startBenchApp('hashcart_bench_checkout', 3600, 12600);

try {
  const actionId = serverActionId('lib/actions/checkout/start-checkout.ts', 'startCheckout');
  const owner = await signUp(app.url, 'owner@bench.test');
  const shop = await createBenchShop(app.databaseUrl, app.emulatorUrl, owner.userId, stock);
  const sessions = await signUpBuyers(app.url, buyers, 'buyer');

  const { results, seconds, latencyMs } = await burst(sessions, (session) =>
    callAction<{ ok: boolean; error?: string }>(app.url, `/p/${shop.postId}`, actionId, session.cookie, [
      null,
      { postId: shop.postId, variantId: shop.variantId, quantity: 1 },
    ]),
  );

  const sql = postgres(app.databaseUrl, { max: 1, onnotice: () => {} });
  const [{ reserved, left }] = (await sql`select
      (select coalesce(sum(quantity), 0)::int from orders where variant_id = ${shop.variantId} and status = 'pending_payment') as reserved,
      (select stock from variants where id = ${shop.variantId}) as "left"`) as unknown as [{ reserved: number; left: number }];
  await sql.end();

  const ok = results.filter((r) => r.ok).length;
  const outOfStock = results.filter((r) => !r.ok && r.error === 'out_of_stock').length;
  console.log(
    JSON.stringify(
      {
        machine: machine(),
        buyers,
        stock,
        reservations: ok,
        outOfStock,
        otherErrors: buyers - ok - outOfStock,
        reservationsPerSecond: Number((ok / seconds).toFixed(1)),
        wallSeconds: Number(seconds.toFixed(2)),
        startCheckoutMs: latencyMs,
        oversold: Math.max(0, reserved - stock) + (left < 0 ? -left : 0),
        stockLeft: left,
      },
      null,
      2,
    ),
  );
} finally {
  await app.stop();
}
