import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { posts } from '@/db/schema';
import { testDb } from '@/test/database';
import { makeBrand, makePost } from '@/test/factories';
import { editPost } from '@/lib/studio/posts';
import { getPostDetail } from './posts';
import { itemName } from './post-title';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

describe('post titles', () => {
  it('are required, trimmed and at most 80 characters; a rejected post saves nothing', async () => {
    const brand = await makeBrand(db);
    await expect(makePost(db, brand.id, { title: '   ' })).rejects.toMatchObject({ code: 'invalid_input', field: 'title' });
    await expect(makePost(db, brand.id, { title: 'x'.repeat(81) })).rejects.toMatchObject({ code: 'invalid_input', field: 'title' });
    expect(await db.select().from(posts).where(eq(posts.brandId, brand.id))).toEqual([]);
    const post = await makePost(db, brand.id, { title: '  Ridge   Tee ' });
    expect(post.title).toBe('Ridge Tee');
  });

  it('can be edited, and an empty one is refused', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id);
    const detail = (await getPostDetail(db, post.id))!;
    const variants = detail.variants.map(({ id, label, priceMinor, stock }) => ({ id, label, priceMinor, stock }));
    await expect(editPost(db, brand.id, post.id, { title: '', body: 'x', maxPerOrder: 2, variants })).rejects.toMatchObject({ field: 'title' });
    await editPost(db, brand.id, post.id, { title: 'Ridge Tee — Sand', body: 'x', maxPerOrder: 2, variants });
    expect((await getPostDetail(db, post.id))!.title).toBe('Ridge Tee — Sand');
  });

  it('the database refuses an empty title written around the domain functions', async () => {
    const brand = await makeBrand(db);
    const post = await makePost(db, brand.id);
    await expect(db.update(posts).set({ title: '' }).where(eq(posts.id, post.id))).rejects.toThrow();
  });

  it('name an order line as "Ridge Tee (M)"', () => {
    expect(itemName('Ridge Tee', 'M')).toBe('Ridge Tee (M)');
  });
});

describe('migration 0011: existing posts take their title from their first line', () => {
  const migration = readFileSync(path.resolve(import.meta.dirname, '../../db/migrations/0011_post_titles.sql'), 'utf8');
  const backfill = migration.split('--> statement-breakpoint').map((part) => part.trim()).find((part) => part.includes('UPDATE "posts"'))!;

  it('uses the first non-blank line, cut on a word boundary, or "Untitled post"', async () => {
    const brand = await makeBrand(db);
    const bodies = ['\n  Ridge Tee in green  \nHeavyweight cotton', `${'word '.repeat(30)}end`, 'x'.repeat(100), ''];
    const made = [];
    for (const body of bodies) made.push(await makePost(db, brand.id, { body: body || ' ', images: body ? [] : [{ url: '/uploads/a.png', alt: 'A tee' }] }));
    const ids = made.map((post) => post.id);
    // Run the migration's own UPDATE on these rows inside a transaction that is rolled back.
    const titles = await db
      .transaction(async (tx) => {
        await tx.execute(sql.raw(`${backfill.replace(/;\s*$/, '')} AND "posts"."brand_id" = '${brand.id}'`));
        const rows = await tx.select({ id: posts.id, title: posts.title }).from(posts).where(eq(posts.brandId, brand.id));
        throw new RolledBack(ids.map((id) => rows.find((row) => row.id === id)!.title));
      })
      .catch((error: unknown) => {
        if (error instanceof RolledBack) return error.titles;
        throw error;
      });
    expect(titles).toEqual(['Ridge Tee in green', 'word '.repeat(16).trim(), 'x'.repeat(80), 'Untitled post']);
  });
});

class RolledBack extends Error {
  constructor(readonly titles: string[]) {
    super('rolled back');
  }
}
