// The serialisable shape of a post as the feed and post page render it, shared by server
// components, the feed's client-side "load more" and its JSON route.
import type { DrawCardState } from '@/lib/draws/card-state';
import type { PostDetail } from './post-detail';

export interface PostCardVariant {
  id: string;
  label: string;
  priceMinor: number;
  currency: string;
  stock: number;
}

export interface PostCardData {
  id: string;
  title: string;
  body: string;
  buyHashtag: string;
  maxPerOrder: number;
  publishedAt: string | null;
  brand: { id: string; handle: string; name: string; avatarUrl: string | null };
  images: { url: string; alt: string }[];
  variants: PostCardVariant[];
  draw: DrawCardState | null;
  replyCount: number;
}

export function toPostCard(post: PostDetail): PostCardData {
  return {
    id: post.id,
    title: post.title,
    body: post.body,
    buyHashtag: post.buyHashtag,
    maxPerOrder: post.maxPerOrder,
    publishedAt: post.publishedAt?.toISOString() ?? null,
    brand: { id: post.brand.id, handle: post.brand.handle, name: post.brand.name, avatarUrl: post.brand.avatarUrl },
    images: post.images.map(({ url, alt }) => ({ url, alt })),
    variants: post.variants.map(({ id, label, priceMinor, currency, stock }) => ({ id, label, priceMinor, currency, stock })),
    draw: post.draw ?? null,
    replyCount: post.replyCount ?? 0,
  };
}
