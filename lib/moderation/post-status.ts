// A moderator's move of a post (lib/catalog/post-transitions): refused unless the post is in a
// status the move allows; whatever the move, the post leaves the review queue.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/open';
import { postReviews, type Post } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { POST_TRANSITIONS } from '@/lib/catalog/post-lifecycle';
import { approveHeldPost, hidePosts, restoreHiddenPost } from '@/lib/catalog/post-transitions';

const MOVES = {
  approve: approveHeldPost,
  hide: async (tx: Tx, postId: string) => (await hidePosts(tx, [postId]))[0] ?? null,
  restore: restoreHiddenPost,
} satisfies Record<string, (tx: Tx, postId: string) => Promise<Post | null>>;

export async function moderatePost(tx: Tx, postId: string, move: keyof typeof MOVES): Promise<Post> {
  const post = await MOVES[move](tx, postId);
  if (!post) throw new DomainError('conflict', 'errors.post.statusChanged', undefined, { params: { from: POST_TRANSITIONS[move].from.join('_or_') } });
  await tx.delete(postReviews).where(eq(postReviews.postId, postId));
  return post;
}
