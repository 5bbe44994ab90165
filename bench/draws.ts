// bench/draws: a hyped draw at the domain level (lib/draws, the same functions the server actions
// and the close tick call) on real PostgreSQL and the Stripe emulator, without the HTTP layer.
// In each of BENCH_RUNS rounds (default 3), on a fresh draw post:
//   1. the floor: every entrant does the two round trips an entry cannot avoid (a database query
//      and retrieving their saved card from Stripe), at the same concurrency;
//   2. BENCH_ENTRANTS people (default 10,000) enter, BENCH_CONCURRENCY (default 32) at a time;
//   3. the window closes and one pass of the close tick draws, charges BENCH_UNITS (default 1,000)
//      winners off-session and tells everyone else "not this time".
// Reports min/median/max over the rounds and the entry time as a ratio to the floor.
// `npx tsx bench/draws.ts` (BENCH_DATABASE_ADMIN_URL, BENCH_EMULATOR_PORT to move it).
import os from 'node:os';
import { execSync } from 'node:child_process';
import postgres from 'postgres';
import Stripe from 'stripe';
import { and, count, eq } from 'drizzle-orm';
import { openDatabase } from '../db/open';
import { drawEntries, draws, orders } from '../db/schema';
import { startStripeEmulator } from '../tools/stripe-emulator';
import { createOnboardedEmulatorAccount } from '../tools/stripe-emulator/onboarding';
import { enterDraw } from '../lib/draws/entries';
import { launchDraw } from '../lib/draws/launch';
import { advanceDraw, makeDraw } from '../lib/draws/run';
import { machine } from './support/burst';

const entrants = Number(process.env.BENCH_ENTRANTS ?? 10_000);
const units = Number(process.env.BENCH_UNITS ?? 1000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const name = `hashcart_draws_bench_${Date.now()}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_POOL_SIZE = String(Math.max(10, concurrency));
const database = await openDatabase(url.toString());
await database.migrate();
const db = database.db;
const emulator = await startStripeEmulator({ port: Number(process.env.BENCH_EMULATOR_PORT ?? 12360) });
const stripe = new Stripe('sk_test_bench', { host: '127.0.0.1', port: emulator.port, protocol: 'http', maxNetworkRetries: 2 });
const sql = postgres(url.toString(), { max: 4, onnotice: () => {} });

// Stripe has a handful of test card numbers and the fingerprint is per number, so 10,000 entrants
// would share six cards. The entries see each saved card as its own: the retrieve still goes to
// the emulator (same cost), only the fingerprint it returns is made unique per PaymentMethod.
const entryStripe = Object.create(stripe) as Stripe;
Object.defineProperty(entryStripe, 'paymentMethods', {
  value: Object.assign(Object.create(stripe.paymentMethods), {
    async retrieve(id: string) {
      const method = await stripe.paymentMethods.retrieve(id);
      if (method.card) method.card.fingerprint = `bench_${id}`;
      return method;
    },
  }),
});

async function pool<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
  return (performance.now() - started) / 1000;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(2));
  return `${f(sorted[0]!)} / ${f(sorted[Math.floor(sorted.length / 2)]!)} / ${f(sorted.at(-1)!)}`;
};

try {
  // People with a card saved on their Stripe customer, as a SetupIntent in the entry sheet leaves them.
  console.log(`setting up ${entrants} entrants with saved cards…`);
  const people: { id: string; pm: string }[] = [];
  const cards = ['4242424242424242', '5555555555554444', '4000056655665556', '2223003122003222', '5200828282828210', '6011111111111117'];
  await pool(
    Array.from({ length: entrants }, (_, i) => i),
    async (i) => {
      const id = `bench-user-${i}`;
      const customer = await stripe.customers.create({ email: `e${i}@bench.test` });
      const pm = await stripe.paymentMethods.create({ type: 'card', card: { number: cards[i % cards.length]!, exp_month: 12, exp_year: 2040, cvc: '123' } } as Stripe.PaymentMethodCreateParams);
      await stripe.paymentMethods.attach(pm.id, { customer: customer.id });
      await sql`insert into users (id, name, email, email_verified, stripe_customer_id, created_at) values (${id}, ${'Entrant ' + i}, ${`e${i}@bench.test`}, true, ${customer.id}, now() - interval '30 days')`;
      people.push({ id, pm: pm.id });
    },
  );
  const [owner] = await sql`insert into users (id, name, email) values ('bench-owner', 'Owner', 'owner@bench.test') returning id`;
  const account = await createOnboardedEmulatorAccount(stripe, 'owner@bench.test');
  const [brand] = await sql`insert into brands (owner_id, handle, name, stripe_account_id, charges_enabled, payouts_enabled, trusted_at)
    values (${owner!.id}, 'benchdraws', 'Bench Draws', ${account.id}, true, true, now()) returning id`;

  const rows: Record<string, number>[] = [];
  for (let round = 0; round < runs; round++) {
    const [post] = await sql`insert into posts (brand_id, title, body, status, published_at) values (${brand!.id}, 'Bench Sneaker', 'Bench sneaker', 'published', now()) returning id`;
    const [variant] = await sql`insert into variants (post_id, label, price_minor, currency, stock) values (${post!.id}, '42', 18000, 'EUR', ${units}) returning id`;
    const draw = await launchDraw(db, brand!.id as string, post!.id as string, {
      opensAt: new Date(),
      closesAt: new Date(Date.now() + 3_600_000),
      units: { [variant!.id as string]: units },
      minAccountAgeDays: 7,
      requireVerifiedEmail: true,
      requireFollower: false,
    });

    const floor = await pool(people, async (person) => {
      await sql`select 1 from draws where id = ${draw.id}`;
      await stripe.paymentMethods.retrieve(person.pm);
    });
    const enter = await pool(people, (person) => enterDraw(db, entryStripe, { userId: person.id, postId: post!.id as string, variantId: variant!.id as string, paymentMethodId: person.pm }));
    const [entered] = await db.select({ n: count() }).from(drawEntries).where(and(eq(drawEntries.drawId, draw.id), eq(drawEntries.status, 'entered')));

    await db.update(draws).set({ closesAt: new Date(Date.now() - 1000), opensAt: new Date(Date.now() - 3_600_000) }).where(eq(draws.id, draw.id));
    const closeStart = performance.now();
    await makeDraw(db, draw.id);
    const drawn = (performance.now() - closeStart) / 1000;
    await advanceDraw(db, stripe, { id: draw.id, postId: post!.id as string });
    const close = (performance.now() - closeStart) / 1000;
    const [paid] = await db.select({ n: count() }).from(orders).where(and(eq(orders.postId, post!.id as string), eq(orders.status, 'paid')));
    const [lost] = await db.select({ n: count() }).from(drawEntries).where(and(eq(drawEntries.drawId, draw.id), eq(drawEntries.status, 'lost')));
    const row = { floor, enter, ratio: enter / floor, entered: entered!.n, drawn, close, paid: paid!.n, lost: lost!.n };
    rows.push(row);
    console.log(`round ${round + 1}:`, JSON.stringify(row));
  }
  const col = (key: string) => stats(rows.map((row) => row[key]!));
  console.log(`\nmachine: ${machine()}; load before: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; uptime: ${execSync('uptime').toString().trim()}`);
  console.log(`entrants ${entrants}, units ${units}, concurrency ${concurrency}, rounds ${runs} (min / median / max)`);
  console.log(`| floor (query + card retrieve) s | ${col('floor')} |`);
  console.log(`| ${entrants} entries s | ${col('enter')} |`);
  console.log(`| entries ÷ floor | ${col('ratio')} |`);
  console.log(`| close: draw made (seed, shuffle, ranks) s | ${col('drawn')} |`);
  console.log(`| close: draw + ${units} off-session charges + losers told s | ${col('close')} |`);
  console.log(`| units paid / entrants told "not this time" | ${col('paid')} / ${col('lost')} |`);
} finally {
  await sql.end();
  await database.close();
  await emulator.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
