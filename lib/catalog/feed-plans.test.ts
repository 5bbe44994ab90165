// Holds every feed query to its index on a generated catalogue (db/fill.ts, 30,000 posts in a
// database of its own): from EXPLAIN, no Sort and no Seq Scan on posts, for the first page and for a
// page deep in the feed. If a query stops matching its index's order, these fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { eq } from 'drizzle-orm';
import { openDatabase, type Database } from '@/db/open';
import { brands, users } from '@/db/schema';
import { fillFeedData, FILL_FAN_EMAIL } from '@/db/fill';
import { adminUrl } from '@/test/global-setup';
import { feedPageQuery, listFeed, loadPostDetails, FEED_PAGE_SIZE, type FeedScope } from './feed';

const POSTS = 30_000;
const name = `hashcart_test_feedplans_${process.pid}_${Date.now()}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
let database: Database;
let client: postgres.Sql;
const scopes: Record<string, FeedScope> = {};

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

async function plan(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<PlanNode[]> {
  const { sql: text, params } = query.toSQL();
  const [row] = await client.unsafe(`explain (format json) ${text}`, params as postgres.ParameterOrJSON<never>[]);
  return nodes((row!['QUERY PLAN'] as [{ Plan: PlanNode }])[0].Plan);
}

function expectIndexServed(all: PlanNode[], index: string) {
  const summary = all.map((n) => `${n['Node Type']}${n['Relation Name'] ? ` on ${n['Relation Name']}` : ''}${n['Index Name'] ? ` using ${n['Index Name']}` : ''}`);
  expect(summary.filter((line) => /Sort/.test(line) || /Seq Scan on (posts|post_hashtags|feed_entries|variants|post_images)/.test(line))).toEqual([]);
  expect(summary.some((line) => line.includes(`using ${index}`)), summary.join('\n')).toBe(true);
}

beforeAll(async () => {
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  database = await openDatabase(url.toString());
  await database.migrate();
  await fillFeedData(database.db, { posts: POSTS });
  client = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const [brand] = await database.db.select({ id: brands.id }).from(brands).limit(1);
  const userId = async (email: string) => (await database.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
  scopes.explore = { kind: 'explore' };
  scopes.brand = { kind: 'brand', brandId: brand!.id };
  scopes['common tag'] = { kind: 'tag', tag: 'buy' };
  scopes['rare tag'] = { kind: 'tag', tag: 'rarefind' };
  scopes['following 5'] = { kind: 'following', userId: await userId('few@fill.test') };
  scopes['following 200'] = { kind: 'following', userId: await userId(FILL_FAN_EMAIL) };
}, 240_000);

afterAll(async () => {
  await client?.end();
  await database?.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
});

const INDEX: Record<string, string> = {
  explore: 'posts_published_keyset_idx',
  brand: 'posts_brand_published_keyset_idx',
  'common tag': 'post_hashtags_tag_keyset_idx',
  'rare tag': 'post_hashtags_tag_keyset_idx',
  'following 5': 'feed_entries_keyset_idx',
  'following 200': 'feed_entries_keyset_idx',
};

describe('feed query plans at scale', () => {
  it.each(Object.keys(INDEX))('%s: the first page and a deep page come from the index, unsorted', async (label) => {
    const scope = scopes[label]!;
    expectIndexServed(await plan(feedPageQuery(database.db, scope, null, FEED_PAGE_SIZE + 1)), INDEX[label]!);
    // A cursor three quarters down the feed: the page reads on from there, it does not skip rows.
    const all = await feedPageQuery(database.db, scope, null, 1_000_000);
    const deep = all[Math.floor(all.length * 0.75)]!;
    expectIndexServed(await plan(feedPageQuery(database.db, scope, { id: deep.id, publishedAt: deep.publishedAt! }, FEED_PAGE_SIZE + 1)), INDEX[label]!);
  });

  it('reads images and variants for the page posts only, by index', async () => {
    const page = await listFeed(database.db, { kind: 'explore' });
    expect(page.items).toHaveLength(FEED_PAGE_SIZE);
    const ids = page.items.map((item) => item.id);
    const query = database.db.query.posts.findMany({ where: (p, { inArray }) => inArray(p.id, ids), with: { brand: true, images: true, variants: true } });
    const all = await plan(query);
    expect(all.filter((n) => n['Node Type'] === 'Seq Scan' && ['posts', 'post_images', 'variants'].includes(n['Relation Name'] ?? ''))).toEqual([]);
    expect((await loadPostDetails(database.db, ids)).map((post) => post.id)).toEqual(ids);
  });

  it('pages deep into a large feed without repeats, in order', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let previous = Infinity;
    for (let page = 0; page < 30; page++) {
      const result: Awaited<ReturnType<typeof listFeed>> = await listFeed(database.db, { kind: 'tag', tag: 'tee' }, cursor);
      for (const item of result.items) {
        expect(seen.has(item.id)).toBe(false);
        expect(item.publishedAt!.getTime()).toBeLessThanOrEqual(previous);
        previous = item.publishedAt!.getTime();
        seen.add(item.id);
      }
      cursor = result.nextCursor;
    }
    expect(seen.size).toBe(300);
    const [{ n }] = (await client`select count(*)::int as n from posts where status <> 'published' or published_at > now()`) as unknown as [{ n: number }];
    expect(n).toBeGreaterThan(0);
  });
});
