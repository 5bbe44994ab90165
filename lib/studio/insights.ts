// A brand's funnel per post: views → replies → buying replies → checkouts started → paid, with
// revenue (after refunds) and conversion, per day and in total. Read-only, brand-scoped.
import 'server-only';
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { orders, postViewsDaily, posts, replies, variants } from '@/db/schema';

const PAID = ['paid', 'partially_refunded', 'refunded'] as const;

export interface Funnel {
  views: number;
  replies: number;
  buyingReplies: number;
  checkouts: number;
  paid: number;
}

export interface PostInsights extends Funnel {
  postId: string;
  title: string;
  currency: string | null;
  revenueMinor: number;
  /** Paid orders per view, 0 when nobody viewed. */
  conversion: number;
}

export interface DayPoint extends Funnel {
  day: string;
}

const empty = (): Funnel => ({ views: 0, replies: 0, buyingReplies: 0, checkouts: 0, paid: 0 });

export function conversionOf(funnel: Pick<Funnel, 'views' | 'paid'>): number {
  return funnel.views > 0 ? funnel.paid / funnel.views : 0;
}

// A reply buys when it carries the post's hashtag as a word (#buy, #buy M x2).
const buyingReply = sql`${replies.body} ~* ('(^|\\s)#' || ${posts.buyHashtag} || '(\\s|$)')`;

/** Funnel counts for every post of the brand (optionally one post), grouped by post or by day. */
async function funnelRows(db: DbOrTx, brandId: string, by: 'post' | 'day', postId?: string, since?: Date) {
  const scope = (postCol: typeof posts.id) => and(eq(posts.brandId, brandId), postId ? eq(postCol, postId) : undefined);
  const key = (column: unknown) => (by === 'post' ? sql<string>`${posts.id}::text` : sql<string>`to_char(${column}, 'YYYY-MM-DD')`);
  const views = await db
    .select({ key: key(postViewsDaily.day), n: sql<number>`sum(${postViewsDaily.views})::int` })
    .from(postViewsDaily)
    .innerJoin(posts, eq(posts.id, postViewsDaily.postId))
    .where(and(scope(posts.id), since ? gte(postViewsDaily.day, since.toISOString().slice(0, 10)) : undefined))
    .groupBy(sql`1`);
  const talk = await db
    .select({ key: key(replies.createdAt), n: sql<number>`count(*)::int`, buying: sql<number>`count(*) filter (where ${buyingReply})::int` })
    .from(replies)
    .innerJoin(posts, eq(posts.id, replies.postId))
    .where(and(scope(posts.id), since ? gte(replies.createdAt, since) : undefined))
    .groupBy(sql`1`);
  const sales = await db
    .select({
      key: key(orders.createdAt),
      checkouts: sql<number>`count(*)::int`,
      paid: sql<number>`count(*) filter (where ${inArray(orders.status, [...PAID])})::int`,
      revenue: sql<number>`coalesce(sum(${orders.amountMinor} - ${orders.refundedMinor}) filter (where ${inArray(orders.status, [...PAID])}), 0)::int`,
    })
    .from(orders)
    .innerJoin(posts, eq(posts.id, orders.postId))
    .where(and(scope(posts.id), since ? gte(orders.createdAt, since) : undefined))
    .groupBy(sql`1`);
  const rows = new Map<string, Funnel & { revenueMinor: number }>();
  const at = (k: string) => rows.get(k) ?? rows.set(k, { ...empty(), revenueMinor: 0 }).get(k)!;
  for (const row of views) at(row.key).views = row.n;
  for (const row of talk) Object.assign(at(row.key), { replies: row.n, buyingReplies: row.buying });
  for (const row of sales) Object.assign(at(row.key), { checkouts: row.checkouts, paid: row.paid, revenueMinor: row.revenue });
  return rows;
}

export async function listPostInsights(db: DbOrTx, brandId: string): Promise<PostInsights[]> {
  const list = await db
    .select({ id: posts.id, title: posts.title, currency: sql<string | null>`min(${variants.currency})` })
    .from(posts)
    .leftJoin(variants, eq(variants.postId, posts.id))
    .where(eq(posts.brandId, brandId))
    .groupBy(posts.id)
    .orderBy(sql`${posts.createdAt} desc`);
  const rows = await funnelRows(db, brandId, 'post');
  return list.map((post) => {
    const funnel = rows.get(post.id) ?? { ...empty(), revenueMinor: 0 };
    return { postId: post.id, title: post.title, currency: post.currency, ...funnel, conversion: conversionOf(funnel) };
  });
}

/** Brand totals; revenue per currency since posts may sell in different currencies. */
export function totalsOf(list: PostInsights[]): Funnel & { revenue: Record<string, number> } {
  const totals = { ...empty(), revenue: {} as Record<string, number> };
  for (const post of list) {
    for (const k of ['views', 'replies', 'buyingReplies', 'checkouts', 'paid'] as const) totals[k] += post[k];
    if (post.currency && post.revenueMinor) totals.revenue[post.currency] = (totals.revenue[post.currency] ?? 0) + post.revenueMinor;
  }
  return totals;
}

/** The last `days` days for one post (or the whole brand), oldest first, zero-filled. */
export async function dailySeries(db: DbOrTx, brandId: string, days = 14, postId?: string, now = new Date()): Promise<DayPoint[]> {
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)));
  const rows = await funnelRows(db, brandId, 'day', postId, since);
  return Array.from({ length: days }, (_, index) => {
    const day = new Date(since.getTime() + index * 86_400_000).toISOString().slice(0, 10);
    const { revenueMinor: _revenue, ...funnel } = rows.get(day) ?? { ...empty(), revenueMinor: 0 };
    return { day, ...funnel };
  });
}
