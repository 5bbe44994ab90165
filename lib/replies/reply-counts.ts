// How many replies each post has, for a page of feed cards: one grouped count over the page's posts
// (replies_post_id_idx), read with the page and cached with it.
import 'server-only';
import { count, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { replies } from '@/db/schema';

export async function replyCounts(db: DbOrTx, postIds: string[]): Promise<Map<string, number>> {
  if (postIds.length === 0) return new Map();
  const rows = await db.select({ postId: replies.postId, n: count() }).from(replies).where(inArray(replies.postId, postIds)).groupBy(replies.postId);
  return new Map(rows.map((row) => [row.postId, row.n]));
}
