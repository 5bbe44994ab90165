// Feeds of published posts, newest first, paged by a keyset cursor on (published_at, id) so a
// page costs the same however deep the reader scrolls.
//
// Every feed is two steps. First the page's post ids come from one index range scan whose order is
// the feed's order — explore and brand from posts' keyset indexes, a tag from post_hashtags, the
// following feed from the reader's fanned-out feed_entries (db/schema/feeds.ts) — so nothing is
// sorted and nothing is done per row before the LIMIT. Then brand, images and variants are read
// for those ids only. lib/catalog/feed-plans.test.ts holds each query to its index with EXPLAIN.
import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { isUuid } from '@/lib/validation/ids';
import { feedEntries, postHashtags, posts, variants } from '@/db/schema';
import { readDrawCardStates } from '@/lib/draws/card-state';
import { replyCounts } from '@/lib/replies/reply-counts';
import { POST_DETAIL_WITH, type PostDetail } from './post-detail';

export const FEED_PAGE_SIZE = 10;

export interface FeedPage {
  items: PostDetail[];
  nextCursor: string | null;
}

interface Cursor {
  publishedAt: Date;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.publishedAt.toISOString()}|${cursor.id}`).toString('base64url');
}

/** A cursor from the URL; anything malformed reads as "from the top". */
export function decodeCursor(value: string | null | undefined): Cursor | null {
  if (!value) return null;
  const [iso, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const publishedAt = new Date(iso ?? '');
  if (Number.isNaN(publishedAt.getTime()) || !id || !isUuid(id)) return null;
  return { publishedAt, id };
}

export type FeedScope =
  | { kind: 'explore' }
  | { kind: 'following'; userId: string }
  | { kind: 'brand'; brandId: string }
  | { kind: 'tag'; tag: string };

/**
 * The query that picks one page's (id, publishedAt), newest first. The ORDER BY spells out
 * `DESC NULLS LAST` on both columns because that is how the keyset indexes are built; Postgres'
 * default for DESC is NULLS FIRST, which no index here can serve, and would force a sort.
 * Scheduled posts are published rows with a future published_at: `<= now()` keeps them out until due.
 */
export function feedPageQuery(db: DbOrTx, scope: FeedScope, cursor: Cursor | null, limit: number) {
  const source =
    scope.kind === 'tag' ? { id: postHashtags.postId, at: postHashtags.publishedAt }
    : scope.kind === 'following' ? { id: feedEntries.postId, at: feedEntries.publishedAt }
    : { id: posts.id, at: posts.publishedAt };
  const where = and(
    eq(posts.status, 'published'),
    sql`${source.at} <= now()`,
    scope.kind === 'brand' ? eq(posts.brandId, scope.brandId) : undefined,
    scope.kind === 'tag' ? eq(postHashtags.tag, scope.tag) : undefined,
    scope.kind === 'following' ? eq(feedEntries.followerId, scope.userId) : undefined,
    cursor ? sql`(${source.at}, ${source.id}) < (${cursor.publishedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)` : undefined,
  );
  const order = [sql`${source.at} desc nulls last`, sql`${source.id} desc nulls last`];
  const select = db.select({ id: source.id, publishedAt: source.at });
  const from =
    scope.kind === 'tag' ? select.from(postHashtags).innerJoin(posts, eq(posts.id, postHashtags.postId))
    : scope.kind === 'following' ? select.from(feedEntries).innerJoin(posts, eq(posts.id, feedEntries.postId))
    : select.from(posts);
  return from.where(where).orderBy(...order).limit(limit);
}

/** The posts with their brand, images, variants, draw and reply count, in the order of `ids`. */
export async function loadPostDetails(db: DbOrTx, ids: string[]): Promise<PostDetail[]> {
  if (ids.length === 0) return [];
  const [rows, drawStates, replies] = await Promise.all([
    db.query.posts.findMany({
      where: inArray(posts.id, ids),
      with: POST_DETAIL_WITH,
    }),
    readDrawCardStates(db, ids),
    replyCounts(db, ids),
  ]);
  const byId = new Map(rows.map((row) => [row.id, { ...row, draw: drawStates.get(row.id) ?? null, replyCount: replies.get(row.id) ?? 0 }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function listFeed(db: DbOrTx, scope: FeedScope, cursorValue?: string | null, limit = FEED_PAGE_SIZE): Promise<FeedPage> {
  const cursor = decodeCursor(cursorValue);
  const rows = await feedPageQuery(db, scope, cursor, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last?.publishedAt ? encodeCursor({ id: last.id, publishedAt: last.publishedAt }) : null;
  return { items: await loadPostDetails(db, page.map((row) => row.id)), nextCursor };
}
