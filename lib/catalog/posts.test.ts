import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { posts, variants } from '@/db/schema';
import type { Db } from '@/db/open';
import { testDb } from '@/test/database';
import { makeBrand, makePost } from '@/test/factories';
import { archivePost } from '@/lib/studio/posts';
import { getPostDetail, publishPost, updatePostBody } from './posts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

describe('posts', () => {
  it('stores variants with integer minor units in the post currency', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id, { currency: 'JPY', variants: [{ label: 'Standard', priceMinor: 3800, stock: 3 }] });
    const detail = await getPostDetail(db, post.id);
    expect(detail?.variants).toMatchObject([{ label: 'Standard', priceMinor: 3800, currency: 'JPY', stock: 3 }]);
    expect(detail?.status).toBe('published');
  });

  it.each([
    ['an empty post', { body: '  ', images: [] }, 'body'],
    ['no variants', { variants: [] }, 'variants'],
    ['a negative price', { variants: [{ label: 'M', priceMinor: -100, stock: 1 }] }, 'variants.0.price'],
    ['an absurd price', { variants: [{ label: 'M', priceMinor: 1_000_000_000, stock: 1 }] }, 'variants.0.price'],
    ['negative stock', { variants: [{ label: 'M', priceMinor: 100, stock: -1 }] }, 'variants.0.stock'],
    ['duplicate labels', { variants: [{ label: 'M', priceMinor: 100, stock: 1 }, { label: 'm', priceMinor: 100, stock: 1 }] }, 'variants.1.label'],
    ['an unknown currency', { currency: 'XYZ1' }, 'currency'],
  ])('refuses %s with a field error and saves nothing', async (_name, overrides, field) => {
    const brand = await makeBrand(db);
    await expect(makePost(db, brand.id, overrides)).rejects.toMatchObject({ code: 'invalid_input', field });
    expect(await db.select().from(posts).where(eq(posts.brandId, brand.id))).toHaveLength(0);
  });

  it("does not let a second brand edit or publish the first brand's post", async () => {
    const first = await makeBrand(db);
    const second = await makeBrand(db);
    const post = await makePost(db, first.id, { body: 'Original', publish: false });
    await expect(updatePostBody(db, second.id, post.id, 'Hijacked')).rejects.toMatchObject({ code: 'not_owner' });
    await expect(publishPost(db, second.id, post.id)).rejects.toMatchObject({ code: 'not_owner' });
    const [row] = await db.select().from(posts).where(eq(posts.id, post.id));
    expect(row).toMatchObject({ body: 'Original', status: 'draft', publishedAt: null });
  });

  it('lets the owner edit and publish', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id, { publish: false });
    await updatePostBody(db, brand.id, post.id, 'Edited');
    const published = await publishPost(db, brand.id, post.id);
    expect(published).toMatchObject({ body: 'Edited', status: 'published' });
    expect(published.publishedAt).toBeInstanceOf(Date);
    // Archived, then back on sale.
    await archivePost(db, brand.id, post.id);
    expect((await publishPost(db, brand.id, post.id)).status).toBe('published');
    expect((await getPostDetail(db, post.id))!.status).toBe('published');
  });

  it('keeps stock from going negative at the database level', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id);
    await expect(db.update(variants).set({ stock: -1 }).where(eq(variants.postId, post.id))).rejects.toThrow();
  });
});
