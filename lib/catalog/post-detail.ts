// The post detail shape: a post with its brand, photos and options in display order, as pages,
// feeds, the review queue and tests read it.
import type { Brand, Post, PostImage, Variant } from '@/db/schema';
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
