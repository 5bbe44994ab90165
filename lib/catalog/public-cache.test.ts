// Two app instances on one database, each with its own connection and cache: a write through one
// must reach the other's cache through Postgres NOTIFY, and stock must never be more than a second old.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, type Database } from '@/db/open';
import { drawEntries, follows, posts, replies, variants } from '@/db/schema';
import { makeBrand, makeDrawPost, makePost, makeUser } from '@/test/factories';
import { updatePostBody } from './posts';
import { countFollowers } from './brands';
import { listThread } from '@/lib/replies/thread';
import { brandPageTags, postDetailTags, PublicCache, STOCK_TTL_MS } from './public-cache';

let one: Database;
let two: Database;
let cacheOne: PublicCache;
let cacheTwo: PublicCache;

beforeAll(async () => {
  [one, two] = await Promise.all([openDatabase(inject('databaseUrl')), openDatabase(inject('databaseUrl'))]);
  cacheOne = new PublicCache(async () => one);
  cacheTwo = new PublicCache(async () => two);
});

afterAll(async () => {
  await Promise.all([one.close(), two.close()]);
});

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, withinMs = 3_000): Promise<T> {
  const until = Date.now() + withinMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Lets the NOTIFYs of writes so far reach both instances. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

/** Changes a row without firing triggers: invisible to the caches, as if nobody had told them. */
async function silently(database: Database, change: (db: Database['db']) => Promise<unknown>) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await change(tx as unknown as Database['db']);
  });
}

describe('public cache across two instances', () => {
  it('serves a brand page from memory until a write on the other instance drops it everywhere', async () => {
    const brand = await makeBrand(one.db);
    const post = await makePost(one.db, brand.id, { body: 'first words' });
    const scope = { kind: 'brand', brandId: brand.id } as const;
    const body = async (cache: PublicCache, database: Database) => (await cache.feedPage(database.db, scope)).items[0]?.body;
    await settle();
    expect(await body(cacheOne, one)).toBe('first words');
    expect(await body(cacheTwo, two)).toBe('first words');

    await silently(one, (db) => db.update(posts).set({ body: 'unannounced' }).where(eq(posts.id, post.id)));
    expect(await body(cacheTwo, two)).toBe('first words'); // a hit: the database was not read

    await updatePostBody(one.db, brand.id, post.id, 'second words');
    expect(await eventually(() => body(cacheTwo, two), (value) => value === 'second words')).toBe('second words');
    expect(await eventually(() => body(cacheOne, one), (value) => value === 'second words')).toBe('second words');
  });

  it('drops a hidden post from the other instance’s feeds and post cache', async () => {
    const brand = await makeBrand(one.db);
    const post = await makePost(one.db, brand.id, { body: 'soon hidden' });
    const scope = { kind: 'brand', brandId: brand.id } as const;
    expect((await cacheTwo.feedPage(two.db, scope)).items.map((item) => item.id)).toEqual([post.id]);
    expect((await cacheTwo.postDetail(two.db, post.id))?.status).toBe('published');
    await one.db.update(posts).set({ status: 'hidden' }).where(eq(posts.id, post.id));
    expect(await eventually(async () => (await cacheTwo.feedPage(two.db, scope)).items.length, (n) => n === 0)).toBe(0);
    expect((await cacheTwo.postDetail(two.db, post.id))?.status).toBe('hidden');
  });

  it('shows a scheduled post when it comes due although nothing was written', async () => {
    const brand = await makeBrand(one.db);
    const scope = { kind: 'brand', brandId: brand.id } as const;
    const scheduled = await makePost(one.db, brand.id, { body: 'at the stroke', publishAt: new Date(Date.now() + 1_500) });
    await settle();
    expect((await cacheTwo.feedPage(two.db, scope)).items).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await cacheTwo.feedPage(two.db, scope)).items.map((item) => item.id)).toEqual([scheduled.id]);
  });

  it('shows stock at most a second old after a sale, without emptying the page cache', async () => {
    const brand = await makeBrand(one.db);
    const post = await makePost(one.db, brand.id);
    const scope = { kind: 'brand', brandId: brand.id } as const;
    const stockOf = async () => (await cacheTwo.feedPage(two.db, scope)).items[0]!.variants.map((variant) => variant.stock);
    await settle(); // the post's own creation NOTIFY must not land after the page is cached
    expect(await stockOf()).toEqual([10, 10]);
    await silently(one, (db) => db.update(posts).set({ body: 'cached body stays' }).where(eq(posts.id, post.id)));
    // A sale: stock drops through an ordinary update, as reservations do.
    await one.db.update(variants).set({ stock: sql`${variants.stock} - 3` }).where(eq(variants.postId, post.id));
    await new Promise((resolve) => setTimeout(resolve, STOCK_TTL_MS + 50));
    const page = await cacheTwo.feedPage(two.db, scope);
    expect(page.items[0]!.variants.map((variant) => variant.stock)).toEqual([7, 7]);
    expect(page.items[0]!.body).toBe('A fine tee'); // the page itself was not re-read
  });

  // The staleness claim for what readers add to a page: within 2 s of a follow, a reply or a draw
  // entry on one instance, the other instance's cached pages show it.
  describe('what readers add shows on cached pages within 2 s', () => {
    const STALENESS_MS = 2_000;
    // Pages that would otherwise be served for a minute: only an invalidation or a re-read explains a change.
    let pagesTwo: PublicCache;
    beforeAll(() => {
      pagesTwo = new PublicCache(async () => two, 60_000);
    });

    /** A cached document under `key`, filled as the page renders it: its content and the tags the page declares. */
    async function cachedPage(key: string, render: () => Promise<{ text: string; tags: string[] }>) {
      const { response } = await pagesTwo.documents.get(key, async () => {
        const { text, tags } = await render();
        return { response: { status: 200, headers: [], body: new TextEncoder().encode(text), renderedAt: Date.now() }, tags };
      });
      return new TextDecoder().decode(response.body);
    }

    it('a follow: the brand page’s follower count', async () => {
      const brand = await makeBrand(one.db);
      const fan = await makeUser(one.db);
      const page = async () => {
        const feed = await pagesTwo.feedPage(two.db, { kind: 'brand', brandId: brand.id });
        return { text: `${await countFollowers(two.db, brand.id)} followers`, tags: brandPageTags(brand.id, feed) };
      };
      await settle();
      expect(await cachedPage(`brand:${brand.id}`, page)).toBe('0 followers');
      await one.db.insert(follows).values({ followerId: fan.id, brandId: brand.id });
      const read = () => cachedPage(`brand:${brand.id}`, page);
      expect(await eventually(read, (text) => text === '1 followers', STALENESS_MS)).toBe('1 followers');
    });

    it('a reply: the post page’s thread and the feed card’s reply count', async () => {
      const brand = await makeBrand(one.db);
      const post = await makePost(one.db, brand.id);
      const reader = await makeUser(one.db);
      const detail = (await pagesTwo.postDetail(two.db, post.id))!;
      const page = async () => ({ text: (await listThread(two.db, post.id, null)).map((reply) => reply.body).join('|'), tags: postDetailTags(detail) });
      const replyCount = async () => (await pagesTwo.feedPage(two.db, { kind: 'brand', brandId: brand.id })).items[0]!.replyCount;
      await settle();
      expect(await cachedPage(`post:${post.id}`, page)).toBe('');
      expect(await replyCount()).toBe(0);
      await one.db.insert(replies).values({ postId: post.id, authorId: reader.id, body: '#buy M' });
      expect(await eventually(() => cachedPage(`post:${post.id}`, page), (text) => text === '#buy M', STALENESS_MS)).toBe('#buy M');
      expect(await eventually(replyCount, (n) => n === 1, STALENESS_MS)).toBe(1);
    });

    it('a draw entry: the feed card’s entry count', async () => {
      const { brand, variant, draw } = await makeDrawPost(one.db);
      const entered = async () => (await pagesTwo.feedPage(two.db, { kind: 'brand', brandId: brand.id })).items[0]!.draw?.entered;
      await settle();
      expect(await entered()).toBe(0);
      const entrant = await makeUser(one.db);
      await one.db.insert(drawEntries).values({ drawId: draw.id, userId: entrant.id, variantId: variant.id, paymentMethodId: 'pm_x', cardFingerprint: 'fp_x', cardSummary: 'Visa •••4242' });
      expect(await eventually(entered, (n) => n === 1, STALENESS_MS)).toBe(1);
    });
  });
});
