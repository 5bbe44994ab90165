import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/open';
import { posts, replies } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { testDb } from '@/test/database';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { followBrand, unfollowBrand } from './brands';
import { normalizeTag } from './hashtags';
import { updatePostBody } from './posts';
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

  it('counts each card\'s replies, zero for a post nobody answered', async () => {
    const brand = await makeBrand(db);
    const quiet = await makePost(db, brand.id, { body: 'quiet' });
    const busy = await makePost(db, brand.id, { body: 'busy' });
    const reader = await makeUser(db);
    await db.insert(replies).values([1, 2, 3].map((n) => ({ postId: busy.id, authorId: reader.id, body: `reply ${n}` })));
    const page = await listFeed(db, { kind: 'brand', brandId: brand.id });
    expect(Object.fromEntries(page.items.map((item) => [item.body, item.replyCount]))).toEqual({ quiet: 0, busy: 3 });
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

describe('feed visibility and tags', () => {
  it('shows a scheduled post once it is due, on explore, its brand, its tag and to followers', async () => {
    const fan = await makeUser(db);
    const brand = await makeBrand(db);
    await followBrand(db, fan.id, brand.id);
    const tag = `due${Date.now().toString(36)}`;
    const scheduled = await makePost(db, brand.id, { body: `Coming soon #${tag}`, publishAt: new Date(Date.now() + 3_600_000) });
    const scopes = [{ kind: 'brand', brandId: brand.id }, { kind: 'tag', tag }, { kind: 'following', userId: fan.id }] as const;
    for (const scope of scopes) expect((await listFeed(db, scope)).items.map((item) => item.id)).not.toContain(scheduled.id);
    // The hour passes: move the schedule into the past as the clock would.
    await db.update(posts).set({ publishedAt: new Date(Date.now() - 1000) }).where(eq(posts.id, scheduled.id));
    for (const scope of scopes) expect((await listFeed(db, scope)).items.map((item) => item.id)).toContain(scheduled.id);
    expect((await listFeed(db, { kind: 'explore' }, null, 50)).items.map((item) => item.id)).toContain(scheduled.id);
  });

  it('never shows hidden, archived or draft posts in any feed', async () => {
    const fan = await makeUser(db);
    const brand = await makeBrand(db);
    const tag = `gone${Date.now().toString(36)}`;
    const ids: Record<string, string> = {};
    for (const status of ['published', 'hidden', 'archived', 'draft'] as const) {
      const post = await makePost(db, brand.id, { body: `${status} #${tag}` });
      await db.update(posts).set({ status }).where(eq(posts.id, post.id));
      ids[status] = post.id;
    }
    await followBrand(db, fan.id, brand.id);
    for (const scope of [{ kind: 'brand', brandId: brand.id }, { kind: 'tag', tag }, { kind: 'following', userId: fan.id }] as const) {
      expect((await listFeed(db, scope)).items.map((item) => item.id)).toEqual([ids.published]);
    }
  });

  it('reads #Tee and #tee! as one tag and #tée as another, whatever case the reader asks in', async () => {
    const brand = await makeBrand(db);
    const word = `tee${Date.now().toString(36)}`;
    const upper = await makePost(db, brand.id, { body: `Our #${word[0]!.toUpperCase()}${word.slice(1)} is back` });
    const bang = await makePost(db, brand.id, { body: `Last call #${word}!` });
    const accented = await makePost(db, brand.id, { body: `Nouveau #${word.replace('tee', 'tée')}` });
    // Written decomposed (e + combining acute): NFKC makes it the same tag as the composed form.
    const decomposed = await makePost(db, brand.id, { body: `Encore #${word.replace('tee', 'te\u0301e')}` });
    const read = async (asked: string) => (await listFeed(db, { kind: 'tag', tag: normalizeTag(asked) })).items.map((item) => item.id);
    expect(await read(`#${word.toUpperCase()}`)).toEqual([bang.id, upper.id]);
    expect(await read(word.replace('tee', 'tée'))).toEqual([decomposed.id, accented.id]);
  });

  it('keeps tags current when the body is edited and timelines current on unfollow', async () => {
    const fan = await makeUser(db);
    const brand = await makeBrand(db);
    const before = `old${Date.now().toString(36)}`;
    const after = `new${Date.now().toString(36)}`;
    const post = await makePost(db, brand.id, { body: `#${before}` });
    await updatePostBody(db, brand.id, post.id, `now #${after}`);
    expect((await listFeed(db, { kind: 'tag', tag: before })).items).toEqual([]);
    expect((await listFeed(db, { kind: 'tag', tag: after })).items.map((item) => item.id)).toEqual([post.id]);
    await followBrand(db, fan.id, brand.id);
    expect((await listFeed(db, { kind: 'following', userId: fan.id })).items.map((item) => item.id)).toEqual([post.id]);
    await unfollowBrand(db, fan.id, brand.id);
    expect((await listFeed(db, { kind: 'following', userId: fan.id })).items).toEqual([]);
  });
});
