// Shoppable posts: creating them with images and variants, editing and publishing them, all
// limited to the brand that owns them.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { postImages, posts, variants, type Post } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { isKnownCurrency } from '@/lib/money';
import { checkDropGoal, type DropGoal } from '@/lib/studio/drop-rules';
import { holdForReview, reviewReasons } from '@/lib/moderation/review';
import { syncPostHashtags } from './hashtags';
import { POST_DETAIL_WITH, type PostDetail } from './post-detail';
import type { NEW_POST_STATUSES } from './post-lifecycle';
import { holdPostForReview, publishPostNow } from './post-transitions';
import { checkPostTitle } from './post-title';
import { checkVariants } from './variant-rules';

export interface NewVariant {
  label: string;
  priceMinor: number;
  stock: number;
  sku?: string | null;
}

export interface NewPost {
  title: string;
  body: string;
  buyHashtag: string;
  maxPerOrder: number;
  currency: string;
  variants: NewVariant[];
  images: { url: string; alt: string }[];
  publish: boolean;
  /** Brand studio: publish later (a future published_at; feeds show posts once it has passed). */
  publishAt?: Date | null;
  /** Brand studio: charge only if the post gets `goal` orders by `endsAt`. */
  drop?: DropGoal | null;
}

export async function createPost(db: DbOrTx, brandId: string, input: NewPost): Promise<Post> {
  const title = checkPostTitle(input.title);
  const body = input.body.trim();
  if (!body && input.images.length === 0) throw new DomainError('invalid_input', 'errors.post.empty', 'body');
  if (!isKnownCurrency(input.currency)) throw new DomainError('invalid_input', 'errors.post.chooseCurrency', 'currency');
  checkVariants(input.variants);
  if (input.drop) checkDropGoal(input.drop);
  if (input.publishAt && (Number.isNaN(input.publishAt.getTime()) || input.publishAt.getTime() > Date.now() + 90 * 86_400_000)) {
    throw new DomainError('invalid_input', 'errors.post.scheduleWindow', 'publishAt');
  }
  return db.transaction(async (tx) => {
    // A post that would publish waits for an admin when the moderation rules say so.
    const held = input.publish ? await reviewReasons(tx, brandId, { body, currency: input.currency, prices: input.variants.map((v) => v.priceMinor) }) : [];
    const publish = input.publish && held.length === 0;
    const [post] = await tx
      .insert(posts)
      .values({
        brandId,
        title,
        body,
        buyHashtag: input.buyHashtag,
        maxPerOrder: input.maxPerOrder,
        status: (publish ? 'published' : held.length ? 'pending_review' : 'draft') satisfies (typeof NEW_POST_STATUSES)[number],
        publishedAt: publish ? (input.publishAt ?? new Date()) : null,
        dropGoal: input.drop?.goal ?? null,
        dropEndsAt: input.drop?.endsAt ?? null,
      })
      .returning();
    if (!post) throw new DomainError('internal', 'errors.post.saveFailed');
    await syncPostHashtags(tx, post.id);
    if (held.length) await holdForReview(tx, post.id, held);
    if (input.images.length > 0) {
      await tx.insert(postImages).values(input.images.map((image, position) => ({ postId: post.id, ...image, position })));
    }
    await tx.insert(variants).values(
      input.variants.map((variant, position) => ({
        postId: post.id,
        label: variant.label.trim(),
        priceMinor: variant.priceMinor,
        currency: input.currency,
        stock: variant.stock,
        sku: variant.sku?.trim() || null,
        position,
      })),
    );
    return post;
  });
}

/** The post, if the given brand owns it; otherwise a not_owner error (or not_found). */
export async function requireOwnPost(db: DbOrTx, brandId: string, postId: string): Promise<Post> {
  const [post] = await db.select().from(posts).where(eq(posts.id, postId));
  if (!post) throw new DomainError('not_found', 'errors.post.notFound');
  if (post.brandId !== brandId) throw new DomainError('not_owner', 'errors.post.otherBrand');
  return post;
}

export async function updatePostBody(db: DbOrTx, brandId: string, postId: string, body: string): Promise<Post> {
  await requireOwnPost(db, brandId, postId);
  if (!body.trim()) throw new DomainError('invalid_input', 'errors.post.needsText', 'body');
  return db.transaction(async (tx) => {
    const [post] = await tx
      .update(posts)
      .set({ body: body.trim(), updatedAt: new Date() })
      .where(and(eq(posts.id, postId), eq(posts.brandId, brandId)))
      .returning();
    if (!post) throw new DomainError('not_owner', 'errors.post.otherBrand');
    await syncPostHashtags(tx, post.id);
    return post;
  });
}

/** The brand publishes a draft or puts an archived post back on sale; the moderation rules may hold it for an admin first. */
export async function publishPost(db: DbOrTx, brandId: string, postId: string): Promise<Post> {
  const current = await requireOwnPost(db, brandId, postId);
  if (current.status === 'published' || current.status === 'pending_review') return current;
  // Only an admin brings back a post a moderator took down.
  if (current.status === 'hidden') throw new DomainError('forbidden', 'errors.post.takenDown');
  return db.transaction(async (tx) => {
    const prices = await tx.select({ priceMinor: variants.priceMinor, currency: variants.currency }).from(variants).where(eq(variants.postId, postId));
    const held = await reviewReasons(tx, brandId, { body: current.body, currency: prices[0]?.currency ?? '', prices: prices.map((v) => v.priceMinor) }, postId);
    const post = held.length ? await holdPostForReview(tx, postId) : await publishPostNow(tx, postId);
    if (!post) throw new DomainError('conflict', 'errors.post.changedMeanwhile');
    if (held.length) await holdForReview(tx, post.id, held);
    return post;
  });
}

export async function getPostDetail(db: DbOrTx, postId: string): Promise<PostDetail | null> {
  const post = await db.query.posts.findFirst({
    where: eq(posts.id, postId),
    with: POST_DETAIL_WITH,
  });
  return post ?? null;
}

export async function listBrandPosts(db: DbOrTx, brandId: string): Promise<PostDetail[]> {
  return db.query.posts.findMany({
    where: eq(posts.brandId, brandId),
    orderBy: (p, { desc }) => [desc(p.createdAt)],
    with: POST_DETAIL_WITH,
  });
}

export function isVisibleToPublic(post: Pick<Post, 'status' | 'publishedAt'>): boolean {
  // A scheduled post is published with a future published_at: hidden until then.
  return post.status === 'published' && Boolean(post.publishedAt && post.publishedAt <= new Date());
}

