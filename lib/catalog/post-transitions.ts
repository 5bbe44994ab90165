// The post transitions: each a conditional UPDATE from the statuses ./post-lifecycle.ts allows,
// RETURNING the posts it moved (none when they were in no such status: then nothing changed).
import 'server-only';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { posts, type Post } from '@/db/schema';
import { POST_TRANSITIONS, type PostTransition } from './post-lifecycle';

type PostFields = Partial<Pick<typeof posts.$inferInsert, 'publishedAt'>> | { publishedAt: SQL };

async function move(db: DbOrTx, transition: PostTransition, postIds: string[], fields: PostFields = {}, also?: SQL): Promise<Post[]> {
  if (postIds.length === 0) return [];
  const { from, to } = POST_TRANSITIONS[transition];
  return db
    .update(posts)
    .set({ ...fields, status: to, updatedAt: new Date() })
    .where(and(inArray(posts.id, postIds), inArray(posts.status, [...from]), also))
    .returning();
}

async function moveOne(db: DbOrTx, transition: PostTransition, postId: string, fields?: PostFields, also?: SQL): Promise<Post | null> {
  return (await move(db, transition, [postId], fields, also))[0] ?? null;
}

export function publishPostNow(db: DbOrTx, postId: string, brandId?: string): Promise<Post | null> {
  return moveOne(db, 'publish', postId, { publishedAt: new Date() }, brandId ? eq(posts.brandId, brandId) : undefined);
}

export function holdPostForReview(db: DbOrTx, postId: string): Promise<Post | null> {
  return moveOne(db, 'holdForReview', postId);
}

/** Published for the first time: it goes out now. */
export function approveHeldPost(db: DbOrTx, postId: string): Promise<Post | null> {
  return moveOne(db, 'approve', postId, { publishedAt: new Date() });
}

/** Every post given that is visible or waiting: hidden. Returns those it hid. */
export function hidePosts(db: DbOrTx, postIds: string[]): Promise<Post[]> {
  return move(db, 'hide', postIds);
}

/** Back from hidden at its old publish time: it must not jump to the top of every feed. */
export function restoreHiddenPost(db: DbOrTx, postId: string): Promise<Post | null> {
  return moveOne(db, 'restore', postId, { publishedAt: sql`coalesce(${posts.publishedAt}, now())` });
}

export function requeueHiddenPost(db: DbOrTx, postId: string): Promise<Post | null> {
  return moveOne(db, 'requeue', postId);
}

export function archiveOwnPost(db: DbOrTx, postId: string, brandId: string): Promise<Post | null> {
  return moveOne(db, 'archive', postId, {}, eq(posts.brandId, brandId));
}
