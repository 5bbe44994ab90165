import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/open';
import { posts } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { testDb } from '@/test/database';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { followBrand } from './brands';
import { decodeCursor, listFeed } from './feed';

let db: Db;
beforeAll(async () => {
  db = await testDb();
});

describe('feeds', () => {
  it('pages a brand feed newest first by keyset cursor without gaps or repeats, even with equal timestamps', async () => {
    const brand = await makeBrand(db);
    const sameInstant = new Date('2026-01-01T10:00:00.123Z');
    const created = [];
    for (let i = 0; i < 7; i++) {
      const post = await makePost(db, brand.id, { body: `post ${i}` });
      await db.update(posts).set({ publishedAt: i < 4 ? sameInstant : new Date(sameInstant.getTime() + i * 1000) }).where(eq(posts.id, post.id));
      created.push(post.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listFeed(db, { kind: 'brand', brandId: brand.id }, cursor, 3);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(created));
    const times = (await listFeed(db, { kind: 'brand', brandId: brand.id }, null, 10)).items.map((item) => item.publishedAt!.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('shows only published posts of followed brands in the following feed', async () => {
    const fan = await makeUser(db);
    const followed = await makeBrand(db);
    const other = await makeBrand(db);
    const visible = await makePost(db, followed.id, { body: 'followed & published' });
    await makePost(db, followed.id, { body: 'draft', publish: false });
    await makePost(db, other.id, { body: 'not followed' });
    await followBrand(db, fan.id, followed.id);
    const page = await listFeed(db, { kind: 'following', userId: fan.id });
    expect(page.items.map((item) => item.id)).toEqual([visible.id]);
  });

  it('reads a malformed cursor as the top of the feed', () => {
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from("2026-01-01|x' or 1=1").toString('base64url'))).toBeNull();
  });
});

describe('tag feed', () => {
  it('finds posts carrying the whole hashtag, case-insensitively, and treats the tag as a value', async () => {
    const brand = await makeBrand(db);
    const tagged = await makePost(db, brand.id, { body: 'New drop #SummerTee!' });
    await makePost(db, brand.id, { body: 'Not this one #summerteeshirt' });
    const page = await listFeed(db, { kind: 'tag', tag: 'summertee' });
    expect(page.items.map((item) => item.id)).toEqual([tagged.id]);
    expect((await listFeed(db, { kind: 'tag', tag: "x') or true --" })).items).toEqual([]);
  });
});
