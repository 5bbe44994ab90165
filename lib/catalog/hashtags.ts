// A post's hashtags, extracted when its body is written into post_hashtags so the tag feed is an
// index range scan rather than a regular expression over every post at read time. No 'server-only'
// here: db/seed.ts (plain tsx) writes posts through syncPostHashtags too.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { postHashtags, posts } from '@/db/schema';

// A tag starts after a non-word character (so `shop.com/a#b` is no tag), runs over Unicode letters,
// marks, digits and '_', and needs a letter: `#2` is a quantity in a buy reply, not a topic.
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_])#([\p{L}\p{M}\p{N}_]+)/gu;
const MAX_TAG_LENGTH = 64;

/**
 * The stored and searched form of a tag: NFKC (full-width and composed forms become one), lower
 * case, without a leading '#'. `#Tee`, `#tee!` and `ＴＥＥ` all read as `tee`; `#tée` stays its own
 * tag because é is a different letter. Returns '' for anything that is not a tag.
 */
export function normalizeTag(raw: string): string {
  const tag = raw.normalize('NFKC').trim().replace(/^#/, '').toLowerCase();
  if (!/^[\p{L}\p{M}\p{N}_]+$/u.test(tag) || !/\p{L}/u.test(tag) || [...tag].length > MAX_TAG_LENGTH) return '';
  return tag;
}

/** The distinct normalised tags in a post body, in order of first appearance. */
export function extractHashtags(body: string): string[] {
  const tags = new Set<string>();
  for (const match of body.normalize('NFKC').matchAll(HASHTAG)) {
    const tag = normalizeTag(match[1] ?? '');
    if (tag) tags.add(tag);
  }
  return [...tags];
}

/** Rewrites a post's tag rows from its current body; call in the transaction that writes the body. */
export async function syncPostHashtags(db: DbOrTx, postId: string): Promise<void> {
  const [post] = await db.select({ body: posts.body, publishedAt: posts.publishedAt }).from(posts).where(eq(posts.id, postId));
  await db.delete(postHashtags).where(eq(postHashtags.postId, postId));
  if (!post) return;
  const tags = extractHashtags(post.body);
  if (tags.length > 0) {
    await db.insert(postHashtags).values(tags.map((tag) => ({ postId, tag, publishedAt: post.publishedAt })));
  }
}

