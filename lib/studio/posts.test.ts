import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { orders, postViewsDaily, posts, replies, variants } from '@/db/schema';
import type { Db } from '@/db/open';
import { testDb } from '@/test/database';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { reserveOrder } from '@/lib/checkout/reserve';
import { listFeed } from '@/lib/catalog/feed';
import { createPost, getPostDetail, isVisibleToPublic } from '@/lib/catalog/posts';
import { archivePost, editPost, recordPostView, recordPostViews } from './posts';
import { dailySeries, listPostInsights, totalsOf } from './insights';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

async function variantsOf(postId: string) {
  return db.select().from(variants).where(eq(variants.postId, postId)).orderBy(variants.position);
}

describe('composer rules', () => {
  it('stores SKUs and a drop goal, and refuses a drop more than six days ahead', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id, {
      variants: [{ label: 'M', priceMinor: 2500, stock: 3, sku: 'TEE-M' }],
      drop: { goal: 2, endsAt: new Date(Date.now() + 2 * 86_400_000) },
    });
    expect(post).toMatchObject({ dropGoal: 2, dropOutcome: null });
    expect((await variantsOf(post.id))[0]).toMatchObject({ sku: 'TEE-M' });
    await expect(makePost(db, brand.id, { drop: { goal: 2, endsAt: new Date(Date.now() + 7 * 86_400_000) } })).rejects.toMatchObject({ code: 'invalid_input', field: 'dropEndsAt' });
  });

  it('a scheduled post stays out of feeds and cannot be bought until its time', async () => {
    const brand = await makeBrand(db);
    const later = await makePost(db, brand.id, { publishAt: new Date(Date.now() + 3_600_000) });
    expect(later.status).toBe('published');
    expect(isVisibleToPublic(later)).toBe(false);
    const feed = await listFeed(db, { kind: 'brand', brandId: brand.id });
    expect(feed.items.map((p) => p.id)).not.toContain(later.id);
    const [variant] = await variantsOf(later.id);
    const buyer = await makeUser(db);
    await expect(reserveOrder(db, { buyerId: buyer.id, postId: later.id, variantId: variant!.id, quantity: 1 })).rejects.toMatchObject({ code: 'not_buyable' });
  });

  it('editing a price never changes an order already pending', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id, { variants: [{ label: 'M', priceMinor: 2500, stock: 5 }] });
    const [variant] = await variantsOf(post.id);
    const buyer = await makeUser(db);
    const { order } = await reserveOrder(db, { buyerId: buyer.id, postId: post.id, variantId: variant!.id, quantity: 2 });
    await editPost(db, brand.id, post.id, { title: 'Ridge Tee', body: 'Now dearer', maxPerOrder: 3, variants: [{ id: variant!.id, label: 'M', priceMinor: 9900, stock: 3, sku: 'X' }, { label: 'L', priceMinor: 9900, stock: 1 }] });
    const [pending] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(pending).toMatchObject({ unitPriceMinor: 2500, amountMinor: 5000, status: 'pending_payment' });
    expect((await variantsOf(post.id)).map((v) => [v.label, v.priceMinor, v.currency])).toEqual([['M', 9900, 'EUR'], ['L', 9900, 'EUR']]);
  });

  it('JPY posts keep whole-yen prices', async () => {
    const brand = await makeBrand(db);
    const post = await createPost(db, brand.id, { title: 'Candle', body: 'Candle', buyHashtag: 'buy', maxPerOrder: 2, currency: 'JPY', images: [], publish: true, variants: [{ label: 'One', priceMinor: 1800, stock: 2 }] });
    expect((await variantsOf(post.id))[0]).toMatchObject({ priceMinor: 1800, currency: 'JPY' });
  });
});

describe('ownership of posts', () => {
  it('another brand or a follower can edit or archive nothing', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id, { publish: false });
    const [variant] = await variantsOf(post.id);
    const other = await makeBrand(db);
    const otherPost = await makePost(db, other.id);
    const [otherVariant] = await variantsOf(otherPost.id);
    const follower = await makeUser(db);
    for (const actor of [other.id, follower.id]) {
      await expect(editPost(db, actor, post.id, { title: 'Hijack', body: 'hijack', maxPerOrder: 1, variants: [{ id: variant!.id, label: 'M', priceMinor: 1, stock: 0 }] })).rejects.toMatchObject({ code: 'not_owner' });
      await expect(archivePost(db, actor, post.id)).rejects.toMatchObject({ code: 'not_owner' });
    }
    // The owner cannot reach into another post's variants either.
    await expect(editPost(db, brand.id, post.id, { title: 'x', body: 'x', maxPerOrder: 1, variants: [{ id: otherVariant!.id, label: 'M', priceMinor: 1, stock: 0 }] })).rejects.toMatchObject({ code: 'not_owner' });
    const detail = await getPostDetail(db, post.id);
    expect(detail).toMatchObject({ status: 'draft', body: 'A fine tee' });
    expect(detail!.variants[0]).toMatchObject({ priceMinor: 2500, stock: 10 });
    expect((await variantsOf(otherPost.id))[0]).toMatchObject({ priceMinor: 2500 });
  });

  it('archives the owner’s post', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id);
    expect((await archivePost(db, brand.id, post.id)).status).toBe('archived');
    const [row] = await db.select().from(posts).where(eq(posts.id, post.id));
    expect(row!.status).toBe('archived');
  });
});

describe('insights', () => {
  it('adds a batch of views (what the page cache served) to each post\'s day, skipping a post deleted since', async () => {
    const brand = await makeBrand(db);
    const [first, second] = [await makePost(db, brand.id), await makePost(db, brand.id)];
    const day = new Date('2026-03-01T12:00:00Z');
    await recordPostView(db, first.id, day);
    await recordPostViews(db, new Map([[first.id, 5], [second.id, 2], [crypto.randomUUID(), 9]]), day);
    const rows = await db.select({ postId: postViewsDaily.postId, views: postViewsDaily.views }).from(postViewsDaily).where(eq(postViewsDaily.day, '2026-03-01'));
    const views = new Map(rows.map((row) => [row.postId, row.views]));
    expect([views.get(first.id), views.get(second.id), views.size]).toEqual([6, 2, 2]);
  });

  it('counts views → replies → buying replies → checkouts → paid, with revenue after refunds', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id);
    const [variant] = await variantsOf(post.id);
    for (let i = 0; i < 4; i++) await recordPostView(db, post.id);
    const fan = await makeUser(db);
    await db.insert(replies).values([
      { postId: post.id, authorId: fan.id, body: 'love it' },
      { postId: post.id, authorId: fan.id, body: '#buy M' },
    ]);
    const buyer = await makeUser(db);
    const { order } = await reserveOrder(db, { buyerId: buyer.id, postId: post.id, variantId: variant!.id, quantity: 2 });
    await db.update(orders).set({ status: 'partially_refunded', refundedMinor: 1000 }).where(eq(orders.id, order.id));
    const other = await makeUser(db);
    await reserveOrder(db, { buyerId: other.id, postId: post.id, variantId: variant!.id, quantity: 1 });

    const [row] = await listPostInsights(db, brand.id);
    expect(row).toMatchObject({ views: 4, replies: 2, buyingReplies: 1, checkouts: 2, paid: 1, revenueMinor: 4000, currency: 'EUR', conversion: 0.25 });
    expect(totalsOf([row!])).toMatchObject({ views: 4, paid: 1, revenue: { EUR: 4000 } });
    const series = await dailySeries(db, brand.id, 7, post.id);
    expect(series).toHaveLength(7);
    expect(series.at(-1)).toMatchObject({ views: 4, checkouts: 2, paid: 1 });
    expect(await listPostInsights(db, (await makeBrand(db)).id)).toEqual([]);
  });
});
