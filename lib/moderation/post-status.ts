// Moving a post between moderation states, only from the states the move allows.
import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/open';
import { postReviews, posts, type Post } from '@/db/schema';
import { DomainError } from '@/lib/errors';

export async function setPostStatus(tx: Tx, postId: string, from: Post['status'][], to: Post['status']): Promise<Post> {
  const [post] = await tx
    .update(posts)
    // A post coming back from hidden keeps its publish time (it must not jump to the top of every
    // feed); one published for the first time (approved) goes out now.
    .set({ status: to, updatedAt: new Date(), ...(to === 'published' ? { publishedAt: from.includes('hidden') ? sql`coalesce(${posts.publishedAt}, now())` : new Date() } : {}) })
    .where(and(eq(posts.id, postId), inArray(posts.status, from)))
    .returning();
  if (!post) throw new DomainError('conflict', 'errors.post.statusChanged', undefined, { params: { from: from.join('_or_') } });
  await tx.delete(postReviews).where(eq(postReviews.postId, postId));
  return post;
}
