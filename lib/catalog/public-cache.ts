// Public reads shared by every viewer — explore, brand and tag feed pages and post details — kept in
// memory per app instance and dropped precisely when the database says what changed.
//
// Why not Next's `'use cache'` / `cacheComponents`: that mode changes how every page of the app
// renders (each uncached dynamic read must sit under Suspense or the build fails) while other work is
// reshaping those pages, and `revalidateTag` only runs inside a request, so it cannot be driven by a
// NOTIFY from another instance. This cache is data-level: pages still render per request, with the
// per-viewer parts (header, follow state, purchases, saved cards, admin tools) read beside it.
//
// Invalidation: triggers (migration 0013_cache_invalidation) NOTIFY 'hashcart_cache' with the tags a
// commit changed — `post:<id>`, `brand:<id>`, `feed:explore`, `feed:brand:<id>`, `feed:tag:<tag>` —
// and every instance LISTENs, so a write on one instance drops the entries on all of them. A first
// page also expires when the next scheduled post in its feed comes due. Stock is not cached beyond
// STOCK_TTL_MS: a sale does not invalidate pages (a drop would empty the cache), the stock shown is
// re-read at most a second old, and checkout always reserves against the database. A feed card's
// counters — replies and a draw's entries — are re-read the same way, for the same reason: a busy
// #buy thread or draw must not keep emptying every feed that shows the post. The pages that list
// who replied or count followers carry tags of their own (`replies:<post>`, `followers:<brand>`,
// migration 0017), dropped on every reply or follow.
//
// Locale: nothing cached here is locale-dependent (prices are formatted per request in the reader's
// locale). Anything locale-dependent added later must put the locale into the key (`…:${locale}`).
//
// Whole pages: `documents` keeps rendered public pages for visitors (lib/cache/serve-public-page,
// keyed by locale and time zone), dropped by the same NOTIFYs; pages declare their tags with
// feedPageTags / postDetailTags. Post views served from it are counted here, in batches.
import 'server-only';
import { and, eq, gt, inArray, min, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '@/db/open';
import { postHashtags, posts, variants } from '@/db/schema';
import { TaggedCache } from '@/lib/cache/tagged-cache';
import { readDrawCardStates, type DrawCardState } from '@/lib/draws/card-state';
import { replyCounts } from '@/lib/replies/reply-counts';
import { PageCache } from '@/lib/cache/page-cache';
import type { PublicPages } from '@/lib/cache/serve-public-page';
import { recordPostViews } from '@/lib/studio/posts';
import { listFeed, type FeedPage, type FeedScope } from './feed';
import type { PostDetail } from './post-detail';
import { getPostDetail } from './posts';

export const CACHE_CHANNEL = 'hashcart_cache';
export const FEED_TTL_MS = 60_000;
export const STOCK_TTL_MS = 1_000;

export type SharedScope = Exclude<FeedScope, { kind: 'following' }>;

function scopeTag(scope: SharedScope): string {
  if (scope.kind === 'brand') return `feed:brand:${scope.brandId}`;
  if (scope.kind === 'tag') return `feed:tag:${scope.tag}`;
  return 'feed:explore';
}

/** When the next scheduled post of the feed becomes visible (a first page must not outlive that). */
async function nextDueAt(db: DbOrTx, scope: SharedScope): Promise<number | null> {
  const rows =
    scope.kind === 'tag'
      ? await db.select({ at: min(postHashtags.publishedAt) }).from(postHashtags).where(and(eq(postHashtags.tag, scope.tag), gt(postHashtags.publishedAt, sql`now()`)))
      : await db
          .select({ at: min(posts.publishedAt) })
          .from(posts)
          .where(and(eq(posts.status, 'published'), gt(posts.publishedAt, sql`now()`), scope.kind === 'brand' ? eq(posts.brandId, scope.brandId) : undefined));
  return rows[0]?.at ? new Date(rows[0].at).getTime() : null;
}

/** What a cached page showing a feed's first page names as its check: the fingerprint is read from that feed (see PageCache). */
export function feedPageCheck(scope: SharedScope): string {
  return scopeTag(scope);
}

function scopeOfCheck(check: string): SharedScope | null {
  if (check === 'feed:explore') return { kind: 'explore' };
  if (check.startsWith('feed:tag:')) return { kind: 'tag', tag: check.slice('feed:tag:'.length) };
  if (check.startsWith('feed:brand:')) return { kind: 'brand', brandId: check.slice('feed:brand:'.length) };
  return null;
}

/** The tags a cached page showing this feed page carries. */
export function feedPageTags(scope: SharedScope, page: FeedPage): string[] {
  return [scopeTag(scope), ...page.items.flatMap((post) => [`post:${post.id}`, `brand:${post.brandId}`])];
}

/** The tags a cached page showing this post and its reply thread carries. */
export function postDetailTags(detail: PostDetail): string[] {
  return [`post:${detail.id}`, `brand:${detail.brandId}`, `replies:${detail.id}`];
}

/** The tags a cached brand page carries beside its feed page's: the brand itself and its follower count. */
export function brandPageTags(brandId: string, page: FeedPage): string[] {
  return [`brand:${brandId}`, `followers:${brandId}`, ...feedPageTags({ kind: 'brand', brandId }, page)];
}

const VIEW_FLUSH_MS = 1_000;

// How long a whole page is served before it is rendered again (then at most as long again while one
// refresh runs). It bounds how stale the stock on a cached page can be; the two-instance tests
// lengthen it so only an invalidation can explain a change.
const PAGE_FRESH_MS = Number(process.env.PAGE_CACHE_FRESH_MS) || 1_000;

export class PublicCache implements PublicPages {
  readonly documents: PageCache;
  private listeningNow = false;
  private views = new Map<string, number>();
  private viewFlush: ReturnType<typeof setTimeout> | null = null;
  private pages = new TaggedCache<FeedPage>();
  private details = new TaggedCache<PostDetail>();
  private stock = new TaggedCache<Map<string, number>>(20_000);
  private counters = new TaggedCache<{ replyCount: number; draw: DrawCardState | null }>(20_000);
  private listening: Promise<boolean> | null = null;

  /** `listenOn` is the primary: NOTIFY is not replicated, and replicas cannot LISTEN for it. */
  constructor(
    private readonly listenOn: () => Promise<Database>,
    pageFreshMs = PAGE_FRESH_MS,
  ) {
    this.documents = new PageCache({ freshMs: pageFreshMs, maxAgeMs: 2 * pageFreshMs, fingerprint: (check) => this.feedFingerprint(check) });
  }

  /** Drops the entries carrying any of the tags (what a NOTIFY payload lists); `*` drops all. */
  invalidate(tags: string[]): void {
    this.pages.invalidate(tags);
    this.details.invalidate(tags);
    this.documents.invalidate(tags);
  }

  get ready(): boolean {
    return this.listeningNow;
  }

  /** Counts a post page served from the page cache; written once a second, one statement for all. */
  countPostView(postId: string): void {
    this.views.set(postId, (this.views.get(postId) ?? 0) + 1);
    this.viewFlush ??= setTimeout(() => {
      const counts = this.views;
      this.views = new Map();
      this.viewFlush = null;
      this.listenOn()
        .then((database) => recordPostViews(database.db, counts))
        .catch((error: unknown) => console.error('public cache: post views not recorded', { posts: counts.size, error }));
    }, VIEW_FLUSH_MS);
  }

  /** A feed page as every viewer sees it; the following feed is per reader and never cached. */
  async feedPage(db: DbOrTx, scope: FeedScope, cursor: string | null = null): Promise<FeedPage> {
    if (scope.kind === 'following' || !(await this.listen())) return listFeed(db, scope, cursor);
    const key = `${scopeTag(scope)}|${cursor ?? ''}`;
    let page = this.pages.get(key);
    if (!page) {
      const readSince = this.pages.mark();
      const [fresh, due] = await Promise.all([listFeed(db, scope, cursor), cursor ? null : nextDueAt(db, scope)]);
      this.pages.set(key, fresh, { expiresAt: Math.min(Date.now() + FEED_TTL_MS, due ?? Infinity), tags: feedPageTags(scope, fresh), readSince });
      page = fresh;
    }
    const [withStock] = await Promise.all([this.withFreshStock(db, page.items), this.readMissingCounters(db, page.items)]);
    return { items: withStock.map((post) => ({ ...post, ...this.counters.get(post.id) })), nextCursor: page.nextCursor };
  }

  /** A post with its brand, images and variants, whatever its status (the page decides who may see it). */
  async postDetail(db: DbOrTx, postId: string): Promise<PostDetail | null> {
    if (!(await this.listen())) return getPostDetail(db, postId);
    let detail = this.details.get(postId);
    if (!detail) {
      const readSince = this.details.mark();
      const fresh = await getPostDetail(db, postId);
      // Not found is not cached: the post may be on its way through a replica.
      if (!fresh) return null;
      this.details.set(postId, fresh, { expiresAt: Date.now() + FEED_TTL_MS, tags: postDetailTags(fresh), readSince });
      detail = fresh;
    }
    const [withStock] = await this.withFreshStock(db, [detail]);
    return withStock!;
  }

  /** Copies of the posts with stock no older than STOCK_TTL_MS, read in one query for the misses. */
  private async withFreshStock(db: DbOrTx, items: PostDetail[]): Promise<PostDetail[]> {
    const missing = items.filter((post) => !this.stock.get(post.id)).map((post) => post.id);
    if (missing.length > 0) {
      const rows = await db.select({ id: variants.id, postId: variants.postId, stock: variants.stock }).from(variants).where(inArray(variants.postId, missing));
      const expiresAt = Date.now() + STOCK_TTL_MS;
      for (const postId of missing) {
        this.stock.set(postId, new Map(rows.filter((row) => row.postId === postId).map((row) => [row.id, row.stock])), { expiresAt, tags: [] });
      }
    }
    return items.map((post) => {
      const stock = this.stock.get(post.id);
      return { ...post, variants: post.variants.map((variant) => ({ ...variant, stock: stock?.get(variant.id) ?? variant.stock })) };
    });
  }

  /**
   * What a feed's first page shows that no tag announces — which posts (a scheduled one coming due),
   * their stock, reply counts and draws — as the page would read it now, from this cache.
   */
  private async feedFingerprint(check: string): Promise<string | null> {
    const scope = scopeOfCheck(check);
    if (!scope) return null;
    const page = await this.feedPage((await this.listenOn()).db, scope);
    return JSON.stringify([page.nextCursor, page.items.map((post) => [post.id, post.variants.map((variant) => variant.stock), post.replyCount, post.draw])]);
  }

  /** Reads the reply counts and draw states no younger than STOCK_TTL_MS for the posts that have none, in one query each. */
  private async readMissingCounters(db: DbOrTx, items: PostDetail[]): Promise<void> {
    const missing = items.filter((post) => !this.counters.get(post.id)).map((post) => post.id);
    if (missing.length === 0) return;
    const [replies, draws] = await Promise.all([replyCounts(db, missing), readDrawCardStates(db, missing)]);
    const expiresAt = Date.now() + STOCK_TTL_MS;
    for (const postId of missing) this.counters.set(postId, { replyCount: replies.get(postId) ?? 0, draw: draws.get(postId) ?? null }, { expiresAt, tags: [] });
  }

  /** Caching is on only once this instance hears invalidations; if LISTEN fails, reads go to the database. */
  private listen(): Promise<boolean> {
    // PUBLIC_CACHE=off reads everything from the database (debugging; bench:feed's cold runs).
    if (process.env.PUBLIC_CACHE === 'off') return Promise.resolve(false);
    this.listening ??= this.listenOn()
      .then((database) => database.listen(CACHE_CHANNEL, (payload) => this.invalidate(payload.split(' '))))
      .then(
        () => (this.listeningNow = true),
        (error: unknown) => {
          console.error('public cache: LISTEN failed, serving uncached', { error });
          this.listening = null;
          this.listeningNow = false;
          return false;
        },
      );
    return this.listening;
  }
}

const globalForCache = globalThis as unknown as { hashcartPublicCache?: PublicCache };

/** The instance's cache, listening on the primary database. */
export function publicCache(): PublicCache {
  globalForCache.hashcartPublicCache ??= new PublicCache(async () => (await import('@/db/client')).getDatabase());
  return globalForCache.hashcartPublicCache;
}
