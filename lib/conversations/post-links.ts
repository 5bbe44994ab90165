// Links to posts inside a message become cards: found in the text, then loaded in one query.
import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { brands, postImages, posts, variants } from '@/db/schema';

const POST_LINK = /(?:https?:\/\/[^\s/]+)?\/p\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/gi;

export type TextPart = { kind: 'text'; text: string } | { kind: 'post'; postId: string; text: string };

/** The text split around post links, so a renderer can put a card where each link was. */
export function splitPostLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(POST_LINK)) {
    if (match.index > at) parts.push({ kind: 'text', text: text.slice(at, match.index) });
    parts.push({ kind: 'post', postId: match[1]!.toLowerCase(), text: match[0] });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

export interface PostPreview {
  id: string;
  title: string;
  handle: string;
  imageUrl: string | null;
  priceMinor: number | null;
  currency: string | null;
}

/** Previews of the published posts among `ids`; a hidden or removed post stays a plain link. */
export async function loadPostPreviews(db: DbOrTx, ids: string[]): Promise<Map<string, PostPreview>> {
  const unique = [...new Set(ids)].slice(0, 100);
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: posts.id, title: posts.title, handle: brands.handle })
    .from(posts)
    .innerJoin(brands, eq(brands.id, posts.brandId))
    .where(and(inArray(posts.id, unique), eq(posts.status, 'published')));
  const ready = rows.map((row) => row.id);
  const [images, prices] = ready.length
    ? await Promise.all([
        db.select({ postId: postImages.postId, url: postImages.url }).from(postImages).where(inArray(postImages.postId, ready)).orderBy(asc(postImages.position)),
        db.select({ postId: variants.postId, priceMinor: variants.priceMinor, currency: variants.currency }).from(variants).where(inArray(variants.postId, ready)).orderBy(asc(variants.priceMinor)),
      ])
    : [[], []];
  return new Map(
    rows.map((row) => {
      const price = prices.find((p) => p.postId === row.id);
      return [
        row.id,
        { id: row.id, title: row.title, handle: row.handle, imageUrl: images.find((i) => i.postId === row.id)?.url ?? null, priceMinor: price?.priceMinor ?? null, currency: price?.currency ?? null },
      ];
    }),
  );
}
