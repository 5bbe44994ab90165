// Does a conversation list of 10,000 and a thread of 10,000 messages open as fast as short ones?
// Builds both on a fresh database (rows written in bulk; 1 conversation in 100 unread, as in a
// long-lived inbox), then times the reads the inbox pages
// make — first page, a page deep in, unread counts — against the same reads on a short list/thread.
// Run: npm run bench:conversations   (tsx with the react-server condition, so `server-only` loads)
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../db/open';
import { listConversations, openConversation, readThread, unreadCounts } from '../lib/conversations/read';

const LONG = 10_000;
const SHORT = 10;
const REPS = 200;
const RUNS = 3;
const name = `hashcart_convo_bench_${process.pid}`;

async function timeIt(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 20; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const admin = postgres('postgres://postgres@127.0.0.1:5432/postgres', { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${name} with (force)`);
await admin.unsafe(`create database ${name}`);
const database = await openDatabase(`postgres://postgres@127.0.0.1:5432/${name}`);
try {
  await database.migrate();
  const db = database.db;
  // People and brands: a buyer with LONG conversations, one with SHORT; a brand with a LONG thread and one SHORT.
  await db.execute(sql`insert into users (id, name, email) select 'u' || g, 'User ' || g, 'u' || g || '@bench.test' from generate_series(1, ${LONG + 4}) g`);
  await db.execute(sql`insert into brands (owner_id, handle, name) select 'u' || g, 'brand' || g, 'Brand ' || g from generate_series(1, ${LONG}) g`);
  const conversationsFor = (buyer: string, count: number) => sql`
    insert into conversations (kind, buyer_id, brand_id, last_seq, last_message_at, buyer_unread)
    select 'brand', ${buyer}, b.id, 1, now() - (g || ' seconds')::interval, case when g % 100 = 0 then 1 else 0 end
    from (select id, row_number() over (order by handle) as g from brands) b where b.g <= ${count}`;
  await db.execute(conversationsFor(`u${LONG + 1}`, LONG));
  await db.execute(conversationsFor(`u${LONG + 2}`, SHORT));
  await db.execute(sql`insert into conversation_messages (conversation_id, seq, sender, author_id, body, created_at)
    select c.id, 1, 'brand', null, 'Hello from ' || c.brand_id, c.last_message_at from conversations c`);
  const threadOf = async (buyer: string, count: number) => {
    const [row] = (await db.execute(sql`
      insert into conversations (kind, buyer_id, brand_id, last_seq) values ('brand', ${buyer}, (select id from brands where handle = 'brand1'), ${count}) returning id`)) as unknown as { id: string }[];
    await db.execute(sql`insert into conversation_messages (conversation_id, seq, sender, author_id, body, created_at)
      select ${row!.id}, g, case when g % 2 = 0 then 'buyer'::message_sender else 'brand'::message_sender end, ${buyer}, 'message ' || g, now() - ((${count} - g) || ' seconds')::interval
      from generate_series(1, ${count}) g`);
    return row!.id;
  };
  const longThread = await threadOf(`u${LONG + 3}`, LONG);
  const shortThread = await threadOf(`u${LONG + 4}`, SHORT);
  await db.execute(sql`analyze`);

  const longReader = { userId: `u${LONG + 1}`, brandId: null };
  const shortReader = { userId: `u${LONG + 2}`, brandId: null };
  const deepCursor = async () => {
    // The cursor a reader reaches after paging 9,900 conversations down.
    const [row] = (await db.execute(sql`
      select last_message_at as at, id from conversations where buyer_id = ${longReader.userId} order by last_message_at desc nulls last, id desc nulls last offset ${LONG - 100} limit 1`)) as unknown as { at: Date; id: string }[];
    return { at: new Date(row!.at).toISOString(), id: row!.id };
  };
  const deep = await deepCursor();
  const longConversation = await openConversation(db, { userId: `u${LONG + 3}`, brandId: null }, longThread, 'buyer');
  const shortConversation = await openConversation(db, { userId: `u${LONG + 4}`, brandId: null }, shortThread, 'buyer');

  const cases: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
    ['inbox list, first page', () => listConversations(db, 'buyer', longReader.userId), () => listConversations(db, 'buyer', shortReader.userId)],
    ['inbox list, page 9,900 deep', () => listConversations(db, 'buyer', longReader.userId, { before: deep }), () => listConversations(db, 'buyer', shortReader.userId)],
    ['unread counts (header badge)', () => unreadCounts(db, longReader), () => unreadCounts(db, shortReader)],
    ['thread, newest page', () => readThread(db, longConversation, 'buyer'), () => readThread(db, shortConversation, 'buyer')],
    ['thread, page at message 100', () => readThread(db, longConversation, 'buyer', { before: 150 }), () => readThread(db, shortConversation, 'buyer')],
  ];
  console.log(`| read | ${LONG.toLocaleString('en-US')} (median ms) | ${SHORT} (median ms) | ratio min / median / max of ${RUNS} runs |`);
  console.log('|---|---|---|---|');
  for (const [label, long, short] of cases) {
    const ratios: number[] = [];
    let last = { long: 0, short: 0 };
    for (let run = 0; run < RUNS; run++) {
      last = { long: await timeIt(long), short: await timeIt(short) };
      ratios.push(last.long / last.short);
    }
    ratios.sort((a, b) => a - b);
    console.log(`| ${label} | ${last.long.toFixed(2)} | ${last.short.toFixed(2)} | ${ratios.map((r) => r.toFixed(2)).join(' / ')} |`);
  }
} finally {
  await database.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
