// bench/checkout: a drop against a production build (`scripts/serve.ts start`, WEB_CONCURRENCY
// processes) on real PostgreSQL and the Stripe emulator. In each of BENCH_RUNS rounds (default 3):
//   1. the floor: every buyer calls a signed-in server action that does nothing (it fails
//      validation after loading the session and viewer, as every action does first);
//   2. BENCH_BUYERS buyers (default 1,000) press Buy at once on BENCH_STOCK units (default 100);
//   3. the same buyers press Buy at once on as many units as there are buyers, so every call
//      reserves: what a reservation costs beside the floor, without 9 refusals to each winner;
//   4. BENCH_REPLIERS buyers (default 300) reply "#buy M" at once on BENCH_STOCK units.
// Reports each figure as min/median/max over the rounds, and the ratios the targets are set in.
// `npm run bench:checkout` (BENCH_PORT/BENCH_EMULATOR_PORT/BENCH_DATABASE move it off the defaults;
// BENCH_CPU_PROFILE=<dir> also writes V8 CPU profiles of the app's processes for bench/profile-split.ts).
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import postgres from 'postgres';
import { startBenchApp } from './support/app';
import { burst, latencySummary, machine, signUpBuyers } from './support/burst';
import { callAction, serverActionId, signUp } from './support/clients';
import { cpuSince, groupCpuMs } from './support/cpu';
import { cpuProfileEnv, PhaseLog } from './support/cpu-profile';
import { createBenchShop } from './support/shop';

const buyers = Number(process.env.BENCH_BUYERS ?? 1000);
const repliers = Math.min(buyers, Number(process.env.BENCH_REPLIERS ?? 300));
const stock = Number(process.env.BENCH_STOCK ?? 100);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const profileDir = process.env.BENCH_CPU_PROFILE;
if (profileDir) mkdirSync(profileDir, { recursive: true });
const database = process.env.BENCH_DATABASE ?? 'hashcart_bench_checkout';
const app = await startBenchApp(database, Number(process.env.BENCH_PORT ?? 3600), Number(process.env.BENCH_EMULATOR_PORT ?? 12600), {
  env: profileDir ? cpuProfileEnv(profileDir) : {},
});
const phases = new PhaseLog(profileDir, app.processGroup);

type Result = { ok: boolean; error?: string; data?: { kind?: string } };
const rate = (n: number, seconds: number) => (seconds > 0 ? n / seconds : 0);

async function oversold(variantId: string) {
  const sql = postgres(app.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = (await sql`select
        (select coalesce(sum(quantity), 0)::int from orders where variant_id = ${variantId} and status = 'pending_payment') as reserved,
        (select stock from variants where id = ${variantId}) as "left"`) as unknown as [{ reserved: number; left: number }];
    return Math.max(0, row.reserved - stock) + (row.left < 0 ? -row.left : 0);
  } finally {
    await sql.end();
  }
}

try {
  const checkoutId = serverActionId('lib/actions/checkout/start-checkout.ts', 'startCheckout');
  const replyId = serverActionId('lib/actions/replies/post-reply.ts', 'postReply');
  const sessions = await signUpBuyers(app.url, buyers, 'buyer');
  const rounds: Record<string, number>[] = [];

  for (let round = 0; round < runs; round++) {
    const owner = await signUp(app.url, `owner${round}@bench.test`);
    const buttonShop = await createBenchShop(app.databaseUrl, app.emulatorUrl, owner.userId, stock, `benchbrand${round}`);
    const replyOwner = await signUp(app.url, `replyowner${round}@bench.test`);
    const replyShop = await createBenchShop(app.databaseUrl, app.emulatorUrl, replyOwner.userId, stock, `benchreplies${round}`);
    const openOwner = await signUp(app.url, `openowner${round}@bench.test`);
    const openShop = await createBenchShop(app.databaseUrl, app.emulatorUrl, openOwner.userId, buyers, `benchopen${round}`);

    let cpu = groupCpuMs(app.processGroup, database);
    const floor = await phases.time(`floor ${round + 1}`, buyers, () =>
      burst(sessions, (session) => callAction<Result>(app.url, `/p/${buttonShop.postId}`, checkoutId, session.cookie, [null, { postId: 'not-a-post' }])),
    );
    if (floor.results.some((r) => r.error !== 'invalid_input')) throw new Error('the no-op action did something else');
    const floorCpu = cpuSince(app.processGroup, cpu, database);
    cpu = groupCpuMs(app.processGroup, database);

    const buy = await phases.time(`buy ${round + 1}`, buyers, () =>
      burst(sessions, (session) =>
        callAction<Result>(app.url, `/p/${buttonShop.postId}`, checkoutId, session.cookie, [
          null,
          { postId: buttonShop.postId, variantId: buttonShop.variantId, quantity: 1 },
        ]),
      ),
    );
    const reserved = buy.timed.filter((t) => t.result.ok);
    const refused = buy.timed.filter((t) => !t.result.ok && t.result.error === 'out_of_stock');
    const otherErrors = buy.timed.length - reserved.length - refused.length;
    const buyCpu = cpuSince(app.processGroup, cpu, database);
    cpu = groupCpuMs(app.processGroup, database);

    const open = await phases.time(`open ${round + 1}`, buyers, () =>
      burst(sessions, (session) =>
        callAction<Result>(app.url, `/p/${openShop.postId}`, checkoutId, session.cookie, [
          null,
          { postId: openShop.postId, variantId: openShop.variantId, quantity: 1 },
        ]),
      ),
    );
    const openReserved = open.results.filter((r) => r.ok).length;
    const openCpu = cpuSince(app.processGroup, cpu, database);
    cpu = groupCpuMs(app.processGroup, database);

    const reply = await phases.time(`reply ${round + 1}`, repliers, () =>
      burst(sessions.slice(0, repliers), (session) =>
        callAction<Result>(app.url, `/p/${replyShop.postId}`, replyId, session.cookie, [null, { postId: replyShop.postId, body: 'love this #buy M' }]),
      ),
    );
    const ready = reply.timed.filter((t) => t.result.ok && t.result.data?.kind === 'checkout');
    const waitlisted = reply.timed.filter((t) => t.result.ok && t.result.data?.kind === 'waitlisted');
    const replyCpu = cpuSince(app.processGroup, cpu, database);

    const figures = {
      floorPerSecond: rate(buyers, floor.seconds),
      floorP95: floor.latencyMs.p95,
      reservations: reserved.length,
      reservationsPerSecond: rate(reserved.length, Math.max(...reserved.map((t) => t.doneAt))),
      // Where in the burst the winners finish: the last winner's time over the whole burst's (1 = with the burst).
      lastReservationShareOfBurst: Math.max(...reserved.map((t) => t.doneAt)) / buy.seconds,
      firstReservationShareOfBurst: Math.min(...reserved.map((t) => t.doneAt)) / buy.seconds,
      soldOutRejections: refused.length,
      soldOutPerSecond: rate(refused.length, buy.seconds),
      otherErrors,
      checkoutP50: buy.latencyMs.p50,
      checkoutP95: buy.latencyMs.p95,
      checkoutP99: buy.latencyMs.p99,
      oversold: await oversold(buttonShop.variantId),
      openReservations: openReserved,
      openReservationsPerSecond: rate(openReserved, open.seconds),
      openP95: open.latencyMs.p95,
      openWebCpuMsPerCall: openCpu.web / buyers,
      openEmulatorCpuMsPerReservation: openReserved ? openCpu.emulator / openReserved : 0,
      openPostgresCpuMsPerCall: openCpu.postgres / buyers,
      repliesCheckoutReady: ready.length,
      repliesWaitlisted: waitlisted.length,
      repliesReadyPerSecond: rate(ready.length, Math.max(...ready.map((t) => t.doneAt))),
      repliesWaitlistedPerSecond: rate(waitlisted.length, reply.seconds),
      replyToReadyP50: latencySummary(ready.map((t) => t.ms)).p50,
      replyToReadyP95: latencySummary(ready.map((t) => t.ms)).p95,
      replyToReadyP99: latencySummary(ready.map((t) => t.ms)).p99,
      repliesOversold: await oversold(replyShop.variantId),
      // CPU of our own processes per request (web processes and PostgreSQL per call; emulator per
      // reservation made).
      floorWebCpuMsPerCall: floorCpu.web / buyers,
      floorPostgresCpuMsPerCall: floorCpu.postgres / buyers,
      buyWebCpuMsPerCall: buyCpu.web / buyers,
      buyPostgresCpuMsPerCall: buyCpu.postgres / buyers,
      emulatorCpuMsPerReservation: reserved.length ? buyCpu.emulator / reserved.length : 0,
      replyWebCpuMsPerCall: replyCpu.web / repliers,
      replyPostgresCpuMsPerCall: replyCpu.postgres / repliers,
      emulatorCpuMsPerReplyCheckout: ready.length ? replyCpu.emulator / ready.length : 0,
    };
    const ratios = {
      reservationsToFloor: figures.reservationsPerSecond / figures.floorPerSecond,
      soldOutToFloor: figures.soldOutPerSecond / figures.floorPerSecond,
      openReservationsToFloor: figures.openReservationsPerSecond / figures.floorPerSecond,
      checkoutP95ToFloorP95: figures.checkoutP95 / figures.floorP95,
      replyP95ToCheckoutP95: figures.replyToReadyP95 / figures.checkoutP95,
    };
    console.error(`round ${round + 1}/${runs}:`, JSON.stringify({ ...figures, ...ratios }));
    rounds.push({ ...figures, ...ratios });
  }

  const spread = (key: string) => {
    const values = rounds.map((r) => r[key]!).sort((a, b) => a - b);
    const round2 = (n: number) => Number(n.toFixed(2));
    return { min: round2(values[0]!), median: round2(values[Math.floor(values.length / 2)]!), max: round2(values[values.length - 1]!) };
  };
  console.log(
    JSON.stringify(
      {
        machine: machine(),
        load: os.loadavg().map((n) => Number(n.toFixed(2))),
        webConcurrency: process.env.WEB_CONCURRENCY ?? `default (${os.availableParallelism()})`,
        buyers,
        repliers,
        stock,
        runs,
        ...Object.fromEntries(Object.keys(rounds[0]!).map((key) => [key, spread(key)])),
      },
      null,
      2,
    ),
  );
} finally {
  await app.stop();
}
