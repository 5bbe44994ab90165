// `npm run bench:feed`: feeds at 10k and 1M posts. Fills <prefix>_10k / <prefix>_1m with db:fill
// (or reuses them; BENCH_FEED_DB_PREFIX, default hashcart_feed), serves each from this build twice —
// public cache on, and PUBLIC_CACHE=off for cold reads — and measures, in one sitting, rps and
// p50/p95 of explore and the post page from the page cache, explore / tag / following / brand cold,
// a deep load-more page and the post page cold, beside a static file of the same size as the explore
// page served by the same server (public/bench-static: Next lists public files when it starts, so
// the copy is written and the server restarted before measuring). Also the feed's first-load JS.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import os from 'node:os';
import postgres from 'postgres';
import { openDatabase } from '../db/open';
import { fillFeedData, FILL_FAN_EMAIL } from '../db/fill';
import { DEMO_PASSWORD } from '../db/seed';
import { latencySummary, machine } from './support/burst';
import { startBenchApp } from './support/app';
import { firstLoadScripts, totalBytes } from './first-load-js';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RUNS = 3;
const PREFIX = process.env.BENCH_FEED_DB_PREFIX ?? 'hashcart_feed';
const PORT = Number(process.env.BENCH_FEED_PORT ?? 3210);
const EMULATOR_PORT = Number(process.env.BENCH_FEED_EMULATOR_PORT ?? 12310);
const SIZES = [
  { name: `${PREFIX}_10k`, label: '10k', posts: 10_000 },
  { name: `${PREFIX}_1m`, label: '1m', posts: 1_000_000 },
];
const STATIC_FILE = 'public/bench-static/explore.html';

async function ensureFilled(name: string, posts: number): Promise<string> {
  const admin = postgres('postgres://postgres@127.0.0.1:5432/postgres', { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
  if (!exists) await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = `postgres://postgres@127.0.0.1:5432/${name}`;
  const database = await openDatabase(url);
  try {
    await database.migrate();
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const [fan] = await sql`select 1 from users where email = ${FILL_FAN_EMAIL}`;
    await sql.end();
    if (!fan) {
      const started = performance.now();
      await fillFeedData(database.db, { posts });
      console.log(`filled ${name} with ${posts} posts in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    await database.close();
  }
  return url;
}

/** Closed-loop load: CONCURRENCY clients, each sending the next request when the last one answered. */
async function load(url: string, headers: Record<string, string> = {}) {
  const latencies: number[] = [];
  const states: Record<string, number> = {};
  let errors = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          const response = await fetch(url, { headers });
          await response.arrayBuffer();
          if (!response.ok) errors++;
          const state = response.headers.get('x-hashcart-cache') ?? 'rendered';
          states[state] = (states[state] ?? 0) + 1;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { rps: latencies.length / SECONDS, ...latencySummary(latencies), errors, states };
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ email: FILL_FAN_EMAIL, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

async function targets(databaseUrl: string, url: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const [brand] = await sql`select b.handle from brands b join posts p on p.brand_id = b.id group by b.handle order by count(*) desc limit 1`;
  const [post] = await sql`select id from posts where status = 'published' and published_at <= now() order by published_at desc nulls last, id desc nulls last limit 1`;
  // A cursor three quarters down the explore feed.
  const [deep] = await sql`select id, published_at from posts where status = 'published' and published_at <= now()
    order by published_at desc nulls last, id desc nulls last offset (select (count(*) * 3 / 4)::int from posts where status = 'published') limit 1`;
  await sql.end();
  const cursor = Buffer.from(`${new Date(deep!.published_at).toISOString()}|${deep!.id}`).toString('base64url');
  return {
    explore: `${url}/`,
    tag: `${url}/?tag=tee`,
    brand: `${url}/@${brand!.handle}`,
    following: `${url}/following`,
    deep: `${url}/api/feed?scope=explore&cursor=${cursor}`,
    post: `${url}/p/${post!.id}`,
  };
}

type Row = { db: string; what: string; rps: number[]; p50: number[]; p95: number[]; errors: number; states: Record<string, number> };

async function measure(rows: Row[], dbName: string, what: string, url: string, headers?: Record<string, string>) {
  const row: Row = { db: dbName, what, rps: [], p50: [], p95: [], errors: 0, states: {} };
  await load(url, headers); // warm-up (and fill the cache where it is on)
  for (let run = 0; run < RUNS; run++) {
    const result = await load(url, headers);
    row.rps.push(result.rps);
    row.p50.push(result.p50);
    row.p95.push(result.p95);
    row.errors += result.errors;
    for (const [state, count] of Object.entries(result.states)) row.states[state] = (row.states[state] ?? 0) + count;
  }
  rows.push(row);
  console.log(`${dbName} ${what}: rps ${row.rps.map((n) => n.toFixed(0)).join('/')} p50 ${row.p50.join('/')} p95 ${row.p95.join('/')} ${JSON.stringify(row.states)}${row.errors ? ` errors ${row.errors}` : ''}`);
}

/** Serves the size's database from this build; with the cache on, first leaves the static copy of the explore page. */
async function serve(size: (typeof SIZES)[number], index: number, cache: boolean) {
  const start = () =>
    startBenchApp(size.name, PORT + index * 2 + (cache ? 0 : 1), EMULATOR_PORT + index * 2 + (cache ? 0 : 1), {
      keepDatabase: true,
      env: { PUBLIC_CACHE: cache ? 'on' : 'off', WEB_CONCURRENCY: '1' },
    });
  let app = await start();
  if (cache) {
    const html = await (await fetch(`${app.url}/`)).text();
    const listed = existsSync(STATIC_FILE);
    mkdirSync('public/bench-static', { recursive: true });
    writeFileSync(STATIC_FILE, html);
    staticBytes = html.length;
    if (!listed) {
      await app.stop();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      app = await start();
    }
    const answer = await fetch(`${app.url}/bench-static/explore.html`);
    if (!answer.ok) throw new Error(`the static reference answers ${answer.status}`);
  }
  return app;
}

const rows: Row[] = [];
let jsBytes = 0;
let staticBytes = 0;
const uptimeBefore = execSync('uptime').toString().trim();
for (const [index, size] of SIZES.entries()) {
  const databaseUrl = await ensureFilled(size.name, size.posts);
  for (const cache of [true, false]) {
    const app = await serve(size, index, cache);
    try {
      const urls = await targets(databaseUrl, app.url);
      if (cache) {
        await measure(rows, size.label, 'static page, same size', `${app.url}/bench-static/explore.html`);
        await measure(rows, size.label, 'explore (page cache)', urls.explore);
        await measure(rows, size.label, 'post page (page cache)', urls.post);
        await measure(rows, size.label, 'deep load-more page (page cache)', urls.deep);
        jsBytes = totalBytes(await firstLoadScripts(urls.explore));
      } else {
        const cookie = await signIn(app.url);
        await measure(rows, size.label, 'explore (cold)', urls.explore);
        await measure(rows, size.label, 'tag #tee (cold)', urls.tag);
        await measure(rows, size.label, 'brand (cold)', urls.brand);
        await measure(rows, size.label, 'following 200 brands', urls.following, { cookie });
        await measure(rows, size.label, 'deep load-more page (cold)', urls.deep);
        await measure(rows, size.label, 'post page (cold)', urls.post);
      }
    } finally {
      await app.stop();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const fmt = (values: number[]) => sorted(values).map((n) => n.toFixed(0)).join(' / ');
const median = (values: number[]) => sorted(values)[1]!;
const row = (db: string, what: string) => rows.find((candidate) => candidate.db === db && candidate.what === what)!;
console.log(`\n## Feeds at scale (bench:feed) — ${new Date().toISOString()}`);
console.log(`Machine: ${machine()}. \`uptime\` before: ${uptimeBefore}; after: ${execSync('uptime').toString().trim()}.`);
console.log(`c=${CONCURRENCY}, ${SECONDS} s per run, ${RUNS} runs after a warm-up; figures are min / median / max. Static page ${(staticBytes / 1024).toFixed(0)} KB (a copy of explore). Feed first-load JS: ${(jsBytes / 1024).toFixed(1)} KB gzip.\n`);
console.log('| db | request | rps | p50 ms | p95 ms | answered from |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.db} | ${r.what} | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${Object.entries(r.states).map(([state, n]) => `${state} ${n}`).join(', ')} |`);
console.log('\nRatios (medians):');
for (const { label } of SIZES) {
  const reference = median(row(label, 'static page, same size').rps);
  for (const what of ['explore (page cache)', 'post page (page cache)']) console.log(`- ${label} ${what} rps ÷ static rps: ${(median(row(label, what).rps) / reference).toFixed(2)} (target ≥ 0.9)`);
}
for (const what of ['explore (cold)', 'tag #tee (cold)', 'brand (cold)', 'following 200 brands', 'deep load-more page (cold)', 'post page (cold)']) {
  console.log(`- ${what} p95 1m ÷ 10k: ${(median(row('1m', what).p95) / median(row('10k', what).p95)).toFixed(2)} (target ≤ 1.2)`);
}
