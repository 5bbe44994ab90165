// Pre-publication review: the rules that hold a post in pending_review instead of publishing it,
// and the list of held posts for the admin queue.
import 'server-only';
import { and, asc, count, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { brands, postReviews, posts, prohibitedTerms, variants } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { lowPriceReason, NEW_BRAND_REASON, prohibitedTermsReason } from './held-reasons';
import { POST_DETAIL_WITH, type PostDetail } from '@/lib/catalog/post-detail';
import { authorizeAdmin, type Actor } from './audit';

/** A brand's first posts are reviewed until this many have been published (or an admin trusts it). */
export const TRUSTED_AFTER_POSTS = 2;
/** A price below this share of the brand's median price in that currency looks like bait. */
export const LOW_PRICE_RATIO = 0.3;
/** The median needs a few prices to mean anything. */
const MIN_PRICES_FOR_MEDIAN = 3;

export interface PostCandidate {
  body: string;
  currency: string;
  prices: number[];
}

function matchesTerm(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Why this post must wait for an admin; empty when it may publish at once. A suspended brand
 * cannot publish at all.
 */
export async function reviewReasons(tx: DbOrTx, brandId: string, candidate: PostCandidate, excludePostId?: string): Promise<string[]> {
  const [brand] = await tx.select().from(brands).where(eq(brands.id, brandId));
  if (!brand) throw new DomainError('not_found', 'errors.brand.notFound');
  if (brand.suspendedAt) throw new DomainError('brand_suspended', 'errors.brand.suspendedCannotPublish');
  const reasons: string[] = [];

  if (!brand.trustedAt) {
    const [published] = await tx.select({ n: count() }).from(posts).where(and(eq(posts.brandId, brandId), isNotNull(posts.publishedAt)));
    if ((published?.n ?? 0) < TRUSTED_AFTER_POSTS) reasons.push(NEW_BRAND_REASON);
  }

  const terms = await tx.select({ term: prohibitedTerms.term }).from(prohibitedTerms);
  const hits = terms.filter(({ term }) => matchesTerm(candidate.body, term)).map(({ term }) => term);
  if (hits.length) reasons.push(prohibitedTermsReason(hits));

  const usual = await tx
    .select({ price: variants.priceMinor, postId: posts.id })
    .from(variants)
    .innerJoin(posts, eq(posts.id, variants.postId))
    .where(and(eq(posts.brandId, brandId), eq(posts.status, 'published'), eq(variants.currency, candidate.currency)));
  const prices = usual.filter((row) => row.postId !== excludePostId).map((row) => row.price);
  if (prices.length >= MIN_PRICES_FOR_MEDIAN && candidate.prices.length) {
    const typical = median(prices);
    const lowest = Math.min(...candidate.prices);
    if (lowest < typical * LOW_PRICE_RATIO) {
      reasons.push(lowPriceReason(lowest, Math.round(typical), candidate.currency));
    }
  }
  return reasons;
}

/** Marks a post as held with its reasons (inside the post's own write transaction). */
export async function holdForReview(tx: DbOrTx, postId: string, reasons: string[]): Promise<void> {
  await tx.insert(postReviews).values({ postId, reasons }).onConflictDoUpdate({ target: postReviews.postId, set: { reasons } });
}

export interface HeldPost extends PostDetail {
  reasons: string[];
  heldAt: Date;
}

/** Posts waiting for a decision, the longest waiting first. */
export async function listPendingReview(db: DbOrTx, actor: Actor, limit = 50): Promise<HeldPost[]> {
  await authorizeAdmin(db, actor);
  const held = await db
    .select({ postId: postReviews.postId, reasons: postReviews.reasons, heldAt: postReviews.createdAt })
    .from(postReviews)
    .innerJoin(posts, eq(posts.id, postReviews.postId))
    .where(eq(posts.status, 'pending_review'))
    .orderBy(asc(postReviews.createdAt))
    .limit(limit);
  if (held.length === 0) return [];
  // One read for every held post's detail, not one per post.
  const details = new Map((await db.query.posts.findMany({ where: inArray(posts.id, held.map((row) => row.postId)), with: POST_DETAIL_WITH })).map((post) => [post.id, post]));
  return held.flatMap((row) => {
    const post = details.get(row.postId);
    return post ? [{ ...post, reasons: row.reasons, heldAt: row.heldAt }] : [];
  });
}
