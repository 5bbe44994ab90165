// Feeds of published posts, newest first, paged by a keyset cursor on (published_at, id) so a
// page costs the same however deep the reader scrolls.
import 'server-only';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { isUuid } from '@/lib/validation/ids';
import { postImages, posts, variants } from '@/db/schema';
import type { PostDetail } from './posts';

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

function scopeFilter(scope: FeedScope): SQL | undefined {
  // A whole hashtag: #tee matches "#tee!" but not "#teeshirt". The tag is passed as a value, never as SQL.
  if (scope.kind === 'tag') {
    // Only word characters reach the pattern, so a tag can never carry regular-expression syntax.
    const word = scope.tag.replace(/[^\p{L}\p{N}_]/gu, '');
    return sql`${posts.body} ~* ('#' || ${word} || '([^[:alnum:]_]|$)')`;
  }
  if (scope.kind === 'brand') return eq(posts.brandId, scope.brandId);
  if (scope.kind === 'following') {
    // Plain column names: the relational query builder would re-alias column references to "posts".
    return inArray(posts.brandId, sql`(select brand_id from follows where follower_id = ${scope.userId})`);
  }
  return undefined;
}

export async function listFeed(db: DbOrTx, scope: FeedScope, cursorValue?: string | null, limit = FEED_PAGE_SIZE): Promise<FeedPage> {
  const cursor = decodeCursor(cursorValue);
  const rows = await db.query.posts.findMany({
    where: and(
      eq(posts.status, 'published'),
      // Scheduled posts carry a future published_at and appear once it has passed.
      sql`${posts.publishedAt} <= now()`,
      scopeFilter(scope),
      cursor ? sql`(${posts.publishedAt}, ${posts.id}) < (${cursor.publishedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)` : undefined,
    ),
    orderBy: [desc(posts.publishedAt), desc(posts.id)],
    limit: limit + 1,
    with: {
      brand: true,
      images: { orderBy: [asc(postImages.position)] },
      variants: { orderBy: [asc(variants.position)] },
    },
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last?.publishedAt ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null;
  return { items, nextCursor };
}
