// Two moderation guarantees held below the app: the audit log cannot be rewritten even by the
// app's own database user, and a restored post comes back where it was in the feeds.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { moderationActions, posts, users } from '@/db/schema';
import type { Db } from '@/db/open';
import { testDb } from '@/test/database';
import { makeBrand, makePost, makeUser } from '@/test/factories';
import { hidePost, restorePost } from './post-actions';
import type { Actor } from './audit';

let db: Db;
let admin: Actor;

beforeAll(async () => {
  db = await testDb();
  const user = await makeUser(db, { name: 'Audit Admin' });
  admin = { id: user.id, name: user.name, roles: ['follower', 'admin'] };
});

async function loggedHide() {
  const post = await makePost(db, (await makeBrand(db)).id);
  const entry = await hidePost(db, admin, { targetId: post.id, reason: 'Counterfeit branding' });
  return { post, entry };
}

/** The database's own refusal, under drizzle's "Failed query" wrapper; null when it was allowed. */
async function refusal(query: PromiseLike<unknown>): Promise<string | null> {
  try {
    await query;
    return null;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? (error as Error).message;
  }
}

describe('audit log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE in the database', async () => {
    const { entry } = await loggedHide();
    expect(await refusal(db.update(moderationActions).set({ reason: 'nothing happened' }).where(eq(moderationActions.id, entry.id)))).toMatch(/append-only/);
    expect(await refusal(db.delete(moderationActions).where(eq(moderationActions.id, entry.id)))).toMatch(/append-only/);
    expect(await refusal(db.execute(sql`truncate moderation_actions`))).toMatch(/append-only/);
    const [kept] = await db.select().from(moderationActions).where(eq(moderationActions.id, entry.id));
    expect(kept).toMatchObject({ reason: 'Counterfeit branding', actorName: 'Audit Admin' });
  });

  it('still lets a deleted admin’s entries keep their name (the foreign key sets actor_id null)', async () => {
    const user = await makeUser(db, { name: 'Leaving Admin' });
    const post = await makePost(db, (await makeBrand(db)).id);
    const entry = await hidePost(db, { id: user.id, name: user.name, roles: ['follower', 'admin'] }, { targetId: post.id, reason: 'Counterfeit branding' });
    await db.delete(users).where(eq(users.id, user.id));
    const [kept] = await db.select().from(moderationActions).where(eq(moderationActions.id, entry.id));
    expect(kept).toMatchObject({ actorId: null, actorName: 'Leaving Admin', reason: 'Counterfeit branding' });
  });
});

describe('restoring a hidden post', () => {
  it('keeps its original publish time, so it does not jump to the top of the feeds', async () => {
    const { post } = await loggedHide();
    const original = new Date('2026-01-02T03:04:05Z');
    await db.update(posts).set({ publishedAt: original }).where(eq(posts.id, post.id));
    await restorePost(db, admin, { targetId: post.id, reason: 'Receipt shows it is genuine' });
    const [restored] = await db.select({ status: posts.status, publishedAt: posts.publishedAt }).from(posts).where(eq(posts.id, post.id));
    expect(restored).toEqual({ status: 'published', publishedAt: original });
  });
});
