import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { variants } from '@/db/schema';
import { twoInstances } from '@/test/two-instances';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { startConversation, writeMessage } from '@/lib/conversations/messages';
import { announce } from './announce';
import { STOCK_WINDOW_MS, subscribe, type Delivered } from './hub';
import { openLiveStream } from './stream';

const instances = twoInstances();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function collector() {
  const seen: Delivered[] = [];
  return { seen, listener: (notice: Delivered) => seen.push(notice) };
}

async function until(check: () => boolean, timeoutMs = 3000) {
  const end = Date.now() + timeoutMs;
  while (!check() && Date.now() < end) await sleep(20);
}

describe('the live hub', () => {
  it('delivers news written on another instance to the subscribers of that topic only', async () => {
    const postId = crypto.randomUUID();
    const watcher = collector();
    const bystander = collector();
    const stopWatcher = await subscribe(instances.listening, [`post:${postId}`], watcher.listener);
    const stopBystander = await subscribe(instances.listening, [`post:${crypto.randomUUID()}`], bystander.listener);
    await announce(instances.other.db, { t: 'replies', post: postId });
    await until(() => watcher.seen.length > 0);
    await sleep(200);
    expect(watcher.seen).toEqual([{ t: 'replies', post: postId }]);
    expect(bystander.seen).toEqual([]);
    stopWatcher();
    stopBystander();
    await announce(instances.other.db, { t: 'replies', post: postId });
    await sleep(300);
    expect(watcher.seen).toHaveLength(1);
  });

  it('two subscribers of a post get stock changes from the database trigger, coalesced per window', async () => {
    const db = instances.other.db;
    const brand = await makeBrand(db, undefined, { payouts: false });
    const post = await makePost(db, brand.id, { variants: [{ label: 'M', priceMinor: 2500, stock: 50 }] });
    const [variant] = await db.select().from(variants).where(eq(variants.postId, post.id));
    const first = collector();
    const second = collector();
    const stops = [await subscribe(instances.listening, [`post:${post.id}`], first.listener), await subscribe(instances.listening, [`post:${post.id}`], second.listener)];
    // 30 sales as fast as they come, from the "other instance".
    for (let i = 0; i < 30; i++) await db.update(variants).set({ stock: sql`${variants.stock} - 1` }).where(eq(variants.id, variant!.id));
    await sleep(STOCK_WINDOW_MS * 3);
    for (const { seen } of [first, second]) {
      expect(seen.length).toBeGreaterThanOrEqual(1);
      // Far fewer updates than sales, and the last one is the truth.
      expect(seen.length).toBeLessThan(10);
      expect(seen.at(-1)).toEqual({ t: 'stock', post: post.id, variants: [{ id: variant!.id, stock: 20 }] });
    }
    for (const stop of stops) stop();
  });
});

async function readEvents(stream: ReadableStream<Uint8Array>, wanted: (events: { event: string; data: unknown; id: string }[]) => boolean, timeoutMs = 3000) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const events: { event: string; data: unknown; id: string }[] = [];
  let buffer = '';
  const end = Date.now() + timeoutMs;
  while (!wanted(events) && Date.now() < end) {
    const chunk = await Promise.race([reader.read(), sleep(end - Date.now()).then(() => null)]);
    if (!chunk || chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true });
    const blocks = buffer.split('\n\n');
    buffer = blocks.pop() ?? '';
    for (const block of blocks) {
      const fields = Object.fromEntries(block.split('\n').filter((line) => !line.startsWith(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
      if (fields.event) events.push({ event: fields.event, data: JSON.parse(fields.data ?? 'null'), id: fields.id ?? '' });
    }
  }
  reader.releaseLock();
  return events;
}

describe('the tab stream', () => {
  it('carries a reader’s new messages and badge, and a reconnect with the last id replays what it missed', async () => {
    const db = instances.other.db;
    const buyer = await makeUser(db);
    const owner = await makeUser(db);
    const brand = await makeBrand(db, owner.id, { payouts: false });
    const conversation = await startConversation(db, { userId: buyer.id, brandId: null }, brand.id);
    const brandReader = { userId: owner.id, brandId: brand.id };

    const abort = new AbortController();
    const stream = await openLiveStream(instances.listening, { reader: brandReader, posts: [], orders: [], since: null }, abort.signal);
    await writeMessage(db, { userId: buyer.id, brandId: null }, 'buyer', conversation.id, 'Is it in stock?');
    const events = await readEvents(stream, (seen) => seen.some((e) => e.event === 'badge' && (e.data as { studio: number }).studio === 1));
    expect(events).toContainEqual(expect.objectContaining({ event: 'message', data: { conversation: conversation.id, seq: 1 } }));
    expect(events).toContainEqual(expect.objectContaining({ event: 'badge', data: { inbox: 0, studio: 1 } }));
    const lastId = Number(events.at(-1)!.id);
    abort.abort();

    // While the tab is away, the buyer writes again; the reconnect names the last event it saw.
    await sleep(5);
    await writeMessage(db, { userId: buyer.id, brandId: null }, 'buyer', conversation.id, 'Hello?');
    const again = new AbortController();
    const resumed = await openLiveStream(instances.listening, { reader: brandReader, posts: [], orders: [], since: lastId }, again.signal);
    const replayed = await readEvents(resumed, (seen) => seen.some((e) => e.event === 'message') && seen.some((e) => e.event === 'badge'));
    expect(replayed).toContainEqual(expect.objectContaining({ event: 'message', data: { conversation: conversation.id, seq: 2 } }));
    expect(replayed).toContainEqual(expect.objectContaining({ event: 'badge', data: { inbox: 0, studio: 2 } }));
    again.abort();
  });

  it('never carries another person’s conversation or order', async () => {
    const db = instances.other.db;
    const buyer = await makeUser(db);
    const brand = await makeBrand(db, undefined, { payouts: false });
    const conversation = await startConversation(db, { userId: buyer.id, brandId: null }, brand.id);
    const snoop = await makeUser(db);
    const abort = new AbortController();
    // The snoop even names the buyer's conversation id as an order to watch: it is ignored.
    const stream = await openLiveStream(instances.listening, { reader: { userId: snoop.id, brandId: null }, posts: [], orders: [conversation.id], since: null }, abort.signal);
    await writeMessage(db, { userId: buyer.id, brandId: null }, 'buyer', conversation.id, 'secret');
    const events = await readEvents(stream, () => false, 800);
    expect(events.filter((e) => e.event === 'message')).toEqual([]);
    expect(events.filter((e) => e.event === 'badge')).toEqual([{ event: 'badge', data: { inbox: 0, studio: 0 }, id: expect.any(String) }]);
    abort.abort();
  });
});
