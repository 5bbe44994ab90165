// Studio edits to a brand's own posts: text, variants (price, stock, SKU), limits and archiving.
// Orders copy their unit price at checkout, so a price edit never touches them.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/open';
import { postViewsDaily, posts, variants, type Post } from '@/db/schema';
import { requireOwnPost } from '@/lib/catalog/posts';
import { checkVariants } from '@/lib/catalog/variant-rules';
import { syncPostHashtags } from '@/lib/catalog/hashtags';
import { checkPostTitle } from '@/lib/catalog/post-title';
import { archiveOwnPost } from '@/lib/catalog/post-transitions';
import { DomainError } from '@/lib/errors';

export interface VariantEdit {
  /** Absent for a new variant. */
  id?: string;
  label: string;
  priceMinor: number;
  stock: number;
  sku?: string | null;
}

export interface PostEdit {
  title: string;
  body: string;
  maxPerOrder: number;
  variants: VariantEdit[];
}

export async function editPost(db: Db, brandId: string, postId: string, edit: PostEdit): Promise<Post> {
  const current = await requireOwnPost(db, brandId, postId);
  if (current.status === 'archived') throw new DomainError('invalid_state', 'errors.post.notEditable');
  const title = checkPostTitle(edit.title);
  if (!edit.body.trim()) throw new DomainError('invalid_input', 'errors.post.needsText', 'body');
  if (!Number.isInteger(edit.maxPerOrder) || edit.maxPerOrder < 1 || edit.maxPerOrder > 99) throw new DomainError('invalid_input', 'errors.post.limitRange', 'maxPerOrder');
  checkVariants(edit.variants);
  return db.transaction(async (tx) => {
    const existing = await tx.select().from(variants).where(eq(variants.postId, postId));
    const currency = existing[0]?.currency ?? 'EUR';
    for (const [index, variant] of edit.variants.entries()) {
      const values = { label: variant.label.trim(), priceMinor: variant.priceMinor, stock: variant.stock, sku: variant.sku?.trim() || null, position: index };
      if (variant.id) {
        // Only this post's variants: an id from another post is refused, never updated.
        if (!existing.some((row) => row.id === variant.id)) throw new DomainError('not_owner', 'errors.post.variantOfOtherPost');
        await tx.update(variants).set(values).where(and(eq(variants.id, variant.id), eq(variants.postId, postId)));
      } else {
        await tx.insert(variants).values({ ...values, postId, currency });
      }
    }
    const [post] = await tx
      .update(posts)
      .set({ title, body: edit.body.trim(), maxPerOrder: edit.maxPerOrder, updatedAt: new Date() })
      .where(and(eq(posts.id, postId), eq(posts.brandId, brandId)))
      .returning();
    await syncPostHashtags(tx, postId);
    return post!;
  });
}

/** Takes a post off sale and out of the feeds; its orders stay. */
export async function archivePost(db: DbOrTx, brandId: string, postId: string): Promise<Post> {
  const current = await requireOwnPost(db, brandId, postId);
  if (current.status === 'archived') return current;
  const post = await archiveOwnPost(db, postId, brandId);
  // Hidden by a moderator: archiving must not become a way back to publishing it.
  if (!post) throw new DomainError('invalid_state', 'errors.post.takenDownNoArchive');
  return post;
}

/** One view of a post, counted in its day's row (one upsert, no per-view rows). */
export async function recordPostView(db: DbOrTx, postId: string, now = new Date()): Promise<void> {
  await recordPostViews(db, new Map([[postId, 1]]), now);
}

/** Views of many posts at once (what the page cache served in the last second); a post deleted since is skipped. */
export async function recordPostViews(db: DbOrTx, counts: Map<string, number>, now = new Date()): Promise<void> {
  if (counts.size === 0) return;
  const day = now.toISOString().slice(0, 10);
  const rows = sql.join([...counts].map(([id, n]) => sql`(${id}::uuid, ${n}::int)`), sql`, `);
  await db.execute(sql`insert into ${postViewsDaily} (post_id, day, views)
    select p.id, ${day}::date, v.n from (values ${rows}) as v(id, n) join ${posts} p on p.id = v.id
    on conflict (post_id, day) do update set views = ${postViewsDaily}.views + excluded.views`);
}
