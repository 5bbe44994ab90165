// bench/draws: a hyped draw at the domain level (lib/draws, the same functions the server actions
// and the close tick call) on real PostgreSQL and the Stripe emulator, without the HTTP layer.
// In each of BENCH_RUNS rounds (default 3), on a fresh draw post:
//   1. the floor: every entrant does the two round trips an entry cannot avoid (a database query
//      and retrieving their saved card from Stripe), at the same concurrency;
//   2. BENCH_ENTRANTS people (default 10,000) enter, BENCH_CONCURRENCY (default 32) at a time;
//   3. the window closes and one pass of the close tick draws, charges BENCH_UNITS (default 1,000)
//      winners off-session and tells everyone else "not this time".
// Reports min/median/max over the rounds and the entry time as a ratio to the floor.
// `npx tsx --conditions=react-server bench/draws.ts` (BENCH_DATABASE_ADMIN_URL, BENCH_EMULATOR_PORT to move it).
import os from 'node:os';
import { execSync } from 'node:child_process';
import postgres from 'postgres';
import Stripe from 'stripe';
import { and, count, eq } from 'drizzle-orm';
import { openDatabase } from '../db/open';
import { drawEntries, draws, orders, variants } from '../db/schema';
import { startStripeEmulator } from '../tools/stripe-emulator';
import { makeBrand, makePost, makeSavedCard, makeUser } from '../test/factories';
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
      const person = await makeUser(db, { name: `Entrant ${i}`, email: `e${i}@bench.test`, emailVerified: true, createdAt: new Date(Date.now() - 30 * 86_400_000) });
      const pm = await makeSavedCard(db, stripe, person.id, cards[i % cards.length]!);
      people.push({ id: person.id, pm: pm.id });
    },
  );
  const brand = await makeBrand(db, undefined, { stripe, handle: 'benchdraws', name: 'Bench Draws' });

  const rows: Record<string, number>[] = [];
  for (let round = 0; round < runs; round++) {
    const post = await makePost(db, brand.id, { title: 'Bench Sneaker', body: 'Bench sneaker', variants: [{ label: '42', priceMinor: 18000, stock: units }] });
    const [variant] = await db.select({ id: variants.id }).from(variants).where(eq(variants.postId, post.id));
    const draw = await launchDraw(db, brand.id, post.id, {
      opensAt: new Date(),
      closesAt: new Date(Date.now() + 3_600_000),
      units: { [variant!.id]: units },
      minAccountAgeDays: 7,
      requireVerifiedEmail: true,
      requireFollower: false,
    });

    const floor = await pool(people, async (person) => {
      await sql`select 1 from draws where id = ${draw.id}`;
      await stripe.paymentMethods.retrieve(person.pm);
    });
    const enter = await pool(people, (person) => enterDraw(db, entryStripe, { userId: person.id, postId: post.id, variantId: variant!.id, paymentMethodId: person.pm }));
    const [entered] = await db.select({ n: count() }).from(drawEntries).where(and(eq(drawEntries.drawId, draw.id), eq(drawEntries.status, 'entered')));

    await db.update(draws).set({ closesAt: new Date(Date.now() - 1000), opensAt: new Date(Date.now() - 3_600_000) }).where(eq(draws.id, draw.id));
    const closeStart = performance.now();
    await makeDraw(db, draw.id);
    const drawn = (performance.now() - closeStart) / 1000;
    await advanceDraw(db, stripe, { id: draw.id, postId: post.id });
    const close = (performance.now() - closeStart) / 1000;
    const [paid] = await db.select({ n: count() }).from(orders).where(and(eq(orders.postId, post.id), eq(orders.status, 'paid')));
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
