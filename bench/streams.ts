// 1,000 open live streams on one app process: its memory (target: under 150 MB) and how long a stock
// change takes to reach all of them. Runs the production build (one web process) on a fresh database.
// Run: npm run bench:streams   (NEXT_DIST_DIR is honoured; build first)
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../db/open';
import { variants as variantRows } from '../db/schema';
import { makeBrand, makePost } from '../test/factories';
import { startBenchApp } from './support/app';

const STREAMS = Number(process.env.STREAMS ?? 1000);
const PORT = Number(process.env.BENCH_PORT ?? 3241);
const EMULATOR_PORT = Number(process.env.BENCH_EMULATOR_PORT ?? 12341);
const POSTS = 20;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) / 1024;
}

function listenerPid(port: number): number {
  const out = execFileSync('fuser', ['-n', 'tcp', String(port)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return Number(out.trim().split(/\s+/)[0]);
}

interface Stream {
  stockEvents: number;
  close(): void;
}

function openStream(url: string, agent: http.Agent): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const stream: Stream = { stockEvents: 0, close: () => request.destroy() };
    const request = http.get(url, { agent }, (response) => {
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        stream.stockEvents += chunk.split('event: stock').length - 1;
      });
      response.on('error', () => {});
      resolve(stream);
    });
    request.on('error', reject);
  });
}

// One web process: the figure is per process.
process.env.WEB_CONCURRENCY = '1';
const app = await startBenchApp(`hashcart_convo_streams_${process.pid}`, PORT, EMULATOR_PORT);
const sql = postgres(app.databaseUrl, { max: 2, onnotice: () => {} });
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
try {
  const variants: string[] = [];
  const posts: string[] = [];
  const setUp = await openDatabase(app.databaseUrl, { applicationName: 'hashcart-bench-set-up' });
  try {
    const brand = await makeBrand(setUp.db, undefined, { payouts: false, handle: 'benchstreams', name: 'Bench' });
    for (let i = 0; i < POSTS; i++) {
      const post = await makePost(setUp.db, brand.id, { title: `Post ${i}`, body: `Post ${i}`, variants: [{ label: 'M', priceMinor: 2500, stock: 100_000 }] });
      const [variant] = await setUp.db.select({ id: variantRows.id }).from(variantRows).where(eq(variantRows.postId, post.id));
      posts.push(post.id);
      variants.push(variant!.id);
    }
  } finally {
    await setUp.close();
  }
  const pid = listenerPid(PORT);
  // Warm the route up, then measure the process at rest.
  for (const s of await Promise.all(Array.from({ length: 20 }, () => openStream(`${app.url}/api/live?posts=${posts[0]}`, agent)))) s.close();
  await sleep(2000);
  const idle = rssMb(pid);

  // Each tab watches a feed's worth of posts, as the home page does; every one of them watches post 0.
  const streams: Stream[] = [];
  const opened = performance.now();
  for (let i = 0; i < STREAMS; i += 50) {
    const batch = Array.from({ length: Math.min(50, STREAMS - i) }, (_, j) => {
      const watched = [posts[0]!, ...posts.slice(1).filter((_, k) => (i + j + k) % 4 === 0)].join(',');
      return openStream(`${app.url}/api/live?posts=${watched}`, agent);
    });
    streams.push(...(await Promise.all(batch)));
  }
  while (streams.some((s) => s.stockEvents === 0)) await sleep(50);
  const openMs = performance.now() - opened;
  await sleep(3000);
  const loaded = rssMb(pid);

  // A sale on post 0: how long until every one of the 1,000 tabs has the new count?
  const fanOut: number[] = [];
  for (let round = 0; round < 3; round++) {
    const before = streams.map((s) => s.stockEvents);
    const start = performance.now();
    await sql`update variants set stock = stock - 1 where id = ${variants[0]!}`;
    while (streams.some((s, i) => s.stockEvents === before[i])) await sleep(5);
    fanOut.push(performance.now() - start);
    await sleep(500);
  }
  fanOut.sort((a, b) => a - b);
  console.log(`| open streams | RSS idle (MB) | RSS with streams (MB) | per stream (KB) | all opened and snapshotted in (s) | one stock change reaches all, min / median / max (ms) |`);
  console.log('|---|---|---|---|---|---|');
  console.log(
    `| ${STREAMS} | ${idle.toFixed(0)} | ${loaded.toFixed(0)} | ${(((loaded - idle) * 1024) / STREAMS).toFixed(1)} | ${(openMs / 1000).toFixed(1)} | ${fanOut.map((ms) => ms.toFixed(0)).join(' / ')} |`,
  );
  for (const stream of streams) stream.close();
} finally {
  await sql.end();
  await app.stop();
  const admin = postgres('postgres://postgres@127.0.0.1:5432/postgres', { max: 1, onnotice: () => {} });
  await sleep(1000);
  await admin.unsafe(`drop database if exists hashcart_convo_streams_${process.pid} with (force)`);
  await admin.end();
}
