// `npm run bench:feed`: feeds at 10k and 1M posts. Fills hashcart_feed_10k / hashcart_feed_1m with
// db:fill (or reuses them), serves each from this build twice — public cache on, and PUBLIC_CACHE=off
// for cold reads — and measures, in one sitting, rps and p50/p95 of explore (cache hit), explore /
// tag / following / brand cold, a deep load-more page and the post page, beside a static file of the
// same size as the explore page served by the same server (left in public/bench-static, so it is
// in the build from the second run on). Also the feed's first-load JS (gzip).
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import postgres from 'postgres';
import { openDatabase } from '../db/open';
import { fillFeedData, FILL_FAN_EMAIL } from '../db/fill';
import { DEMO_PASSWORD } from '../db/seed';
import { latencySummary, machine } from './support/burst';
import { startBenchApp } from './support/app';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RUNS = 3;
const SIZES = [
  { name: 'hashcart_feed_10k', posts: 10_000 },
  { name: 'hashcart_feed_1m', posts: 1_000_000 },
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
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { rps: latencies.length / SECONDS, ...latencySummary(latencies), errors };
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

async function firstLoadJs(url: string): Promise<number> {
  const html = await (await fetch(url)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!))];
  let bytes = 0;
  for (const src of sources) bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer())).length;
  return bytes;
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

type Row = { db: string; what: string; rps: number[]; p50: number[]; p95: number[]; errors: number };

async function measure(rows: Row[], dbName: string, what: string, url: string, headers?: Record<string, string>) {
  const row: Row = { db: dbName, what, rps: [], p50: [], p95: [], errors: 0 };
  await load(url, headers); // warm-up (and fill the cache where it is on)
  for (let run = 0; run < RUNS; run++) {
    const result = await load(url, headers);
    row.rps.push(result.rps);
    row.p50.push(result.p50);
    row.p95.push(result.p95);
    row.errors += result.errors;
  }
  rows.push(row);
  console.log(`${dbName} ${what}: rps ${row.rps.map((n) => n.toFixed(0)).join('/')} p50 ${row.p50.join('/')} p95 ${row.p95.join('/')}${row.errors ? ` errors ${row.errors}` : ''}`);
}

const rows: Row[] = [];
let jsBytes = 0;
const loadBefore = os.loadavg();
for (const [index, size] of SIZES.entries()) {
  const databaseUrl = await ensureFilled(size.name, size.posts);
  for (const cache of [true, false]) {
    const app = await startBenchApp(size.name, 3210 + index * 2 + (cache ? 0 : 1), 12310 + index * 2 + (cache ? 0 : 1), {
      keepDatabase: true,
      env: { PUBLIC_CACHE: cache ? 'on' : 'off', WEB_CONCURRENCY: '1' },
    });
    try {
      const urls = await targets(databaseUrl, app.url);
      const label = size.name.replace('hashcart_feed_', '');
      if (cache) {
        mkdirSync('public/bench-static', { recursive: true });
        writeFileSync(STATIC_FILE, await (await fetch(urls.explore)).text());
        // Next serves only public files that existed when it built: run once to leave the copy, build, run again.
        const staticUrl = `${app.url}/bench-static/explore.html`;
        if ((await fetch(staticUrl)).ok) await measure(rows, label, 'static page, same size', staticUrl);
        else console.log('static reference not in this build: build again now that public/bench-static exists, then rerun');
        await measure(rows, label, 'explore (cache hit)', urls.explore);
        await measure(rows, label, 'post page (cache hit)', urls.post);
        jsBytes = await firstLoadJs(urls.explore);
      } else {
        const cookie = await signIn(app.url);
        await measure(rows, label, 'explore (cold)', urls.explore);
        await measure(rows, label, 'tag #tee (cold)', urls.tag);
        await measure(rows, label, 'brand (cold)', urls.brand);
        await measure(rows, label, 'following 200 brands', urls.following, { cookie });
        await measure(rows, label, 'deep load-more page (cold)', urls.deep);
        await measure(rows, label, 'post page (cold)', urls.post);
      }
    } finally {
      await app.stop();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
}

const fmt = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[0]!.toFixed(0)} / ${sorted[1]!.toFixed(0)} / ${sorted[2]!.toFixed(0)}`;
};
console.log(`\n## Feeds at scale (bench:feed) — ${new Date().toISOString()}`);
console.log(`Machine: ${machine()}. Load (1/5/15 min) before: ${loadBefore.map((n) => n.toFixed(1)).join(', ')}; after: ${os.loadavg().map((n) => n.toFixed(1)).join(', ')}.`);
console.log(`c=${CONCURRENCY}, ${SECONDS} s per run, ${RUNS} runs; figures are min / median / max. Feed first-load JS: ${(jsBytes / 1024).toFixed(1)} KB gzip.\n`);
console.log('| db | request | rps | p50 ms | p95 ms |');
console.log('|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.db} | ${row.what} | ${fmt(row.rps)} | ${fmt(row.p50)} | ${fmt(row.p95)} |`);
