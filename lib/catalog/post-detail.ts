// The post detail shape: a post with its brand, photos and options in display order, as pages,
// feeds, the review queue and tests read it.
import { asc } from 'drizzle-orm';
import { postImages, variants, type Brand, type Post, type PostImage, type Variant } from '@/db/schema';
import type { DrawCardState } from '@/lib/draws/card-state';

export interface PostDetail extends Post {
  brand: Brand;
  images: PostImage[];
  variants: Variant[];
  /** Feeds read it for their page of posts (a card shows the draw's state). */
  draw?: DrawCardState | null;
  /** Feeds count a page's replies (a card shows the count). */
  replyCount?: number;
}

/** What a relational query reads beside the post for its detail (`db.query.posts.findMany({ with })`). */
export const POST_DETAIL_WITH = {
  brand: true as const,
  images: { orderBy: [asc(postImages.position)] },
  variants: { orderBy: [asc(variants.position)] },
};
