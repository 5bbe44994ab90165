// A large, realistic catalogue for feeds at scale (`npm run db:fill -- --posts N`): N posts over
// max(200, N/500) brands, 1–4 variants and 1–3 images each, a long tail of hashtags, drafts,
// archived, hidden and scheduled posts, and followers of 5, 200 and 2,000 brands. Set-based SQL in
// one transaction, so a million posts take minutes rather than hours.
import { hashPassword } from 'better-auth/crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from './open';
import { accounts, users } from './schema';
import { DEMO_PASSWORD } from './seed';

export interface FillOptions {
  posts: number;
}

export interface FillResult {
  brands: number;
  posts: number;
  /** Readers whose following feed covers 5, 200 and (up to) 2,000 brands. */
  followers: { email: string; follows: number }[];
}

export const FILL_FAN_EMAIL = 'fan@fill.test';

const COMMON_TAGS = ['tee', 'drop', 'summer', 'hoodie', 'linen', 'ceramics', 'sneakers', 'vintage', 'organic', 'handmade', 'denim', 'knit', 'restock', 'sale', 'gift', 'tée', '東京', 'größe', 'limited', 'new'];
const PRODUCTS = ['tee', 'hoodie', 'mug', 'bowl set', 'beanie', 'tote', 'sneaker', 'candle', 'scarf', 'cap'];
const IMAGES = ['tee-forest', 'tee-sand', 'hoodie-charcoal', 'beanie-rust', 'bowl-set'];
const LABELS = ['S', 'M', 'L', 'XL'];

const array = (items: string[]) => sql.raw(`array[${items.map((item) => `'${item.replace(/'/g, "''")}'`).join(',')}]`);

/** Fills the database; throws if it was already filled (fan@fill.test exists). */
export async function fillFeedData(db: Db, options: FillOptions): Promise<FillResult> {
  const total = Math.floor(options.posts);
  if (!Number.isInteger(total) || total < 1) throw new Error('--posts must be a positive whole number');
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, FILL_FAN_EMAIL));
  if (existing) throw new Error(`This database was already filled (${FILL_FAN_EMAIL} exists); fill a fresh one.`);
  const brandCount = Math.max(200, Math.floor(total / 500));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const run = Date.now().toString(36).slice(-6);

  await db.transaction(async (tx) => {
    const exec = (query: ReturnType<typeof sql>) => tx.execute(query);
    await exec(sql`set local synchronous_commit = off`);
    // Rows made here are consistent by construction: skip the per-row foreign-key triggers (and the
    // fan-out trigger, which has no followers to serve yet). Needs a superuser, as on a dev database.
    await exec(sql`set local session_replication_role = replica`);
    await exec(sql`set local maintenance_work_mem = '256MB'`);
    // Secondary indexes are rebuilt once after the load (a sorted build) rather than updated row by
    // row, which is several times quicker for millions of rows; their definitions come from the catalog.
    const secondary = await tx.execute<{ name: string; def: string }>(sql`select i.indexname as name, i.indexdef as def from pg_indexes i
      where i.schemaname = 'public' and i.tablename in ('posts', 'post_hashtags', 'variants', 'post_images')
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`);
    const indexes = [...(Array.isArray(secondary) ? secondary : (secondary as unknown as { rows: { name: string; def: string }[] }).rows)];
    for (const index of indexes) await exec(sql`drop index ${sql.identifier(index.name)}`);
    await exec(sql`create temp table fill_brands on commit drop as
      select gen_random_uuid() as id, n, gen_random_uuid()::text as owner_id from generate_series(0, ${brandCount - 1}::int) n`);
    await exec(sql`insert into users (id, name, email, email_verified)
      select owner_id, 'Fill owner ' || n, 'owner' || n || '-' || ${run}::text || '@fill.test', true from fill_brands`);
    await exec(sql`insert into brands (id, owner_id, handle, name, bio, trusted_at)
      select id, owner_id, 'f' || ${run}::text || '_' || n, initcap((${array(['north', 'kiln', 'sole', 'lumen', 'moss', 'tide', 'ember', 'field'])})[1 + n % 8] || ' ' || (${array(['works', 'studio', 'goods', 'supply', 'atelier'])})[1 + n / 8 % 5]) || ' ' || n,
        'Small-batch goods, made to order.', now() from fill_brands`);

    // Every third post shares its published_at with two others, so cursors meet ties at every depth.
    // i % 100: 0–89 published, 90–93 draft, 94–96 archived, 97–98 scheduled (due within 3 days), 99 hidden.
    // Tags are chosen here and written both into the body and, already normalised, into
    // post_hashtags (what lib/catalog/hashtags.ts would extract), which is far quicker than a regex pass.
    await exec(sql`create temp table fill_posts on commit drop as
      select gen_random_uuid() as id, i, b.id as brand_id,
        (case when i % 100 < 90 or i % 100 in (97, 98) then 'published' when i % 100 < 94 then 'draft' when i % 100 < 97 then 'archived' else 'hidden' end)::post_status as status,
        case when i % 100 between 90 and 93 then null
             when i % 100 in (97, 98) then now() + (1 + i % 72) * interval '1 hour'
             else now() - (i / 3) * (interval '365 days' / greatest(${total}::int / 3, 1)) end as published_at,
        array_remove(array[
          (${array(COMMON_TAGS)})[1 + (i * 7) % 20],
          case when i % 3 = 0 then (${array(COMMON_TAGS)})[1 + ((i * 7) % 20 + 1 + (i / 3) % 6) % 20] end,
          case when i % 40 = 0 then 'edition' || (i / 40) % 5000 end,
          case when i % 9973 = 0 then 'rarefind' end,
          'buy'], null) as tags
      from generate_series(0, ${total - 1}::int) i join fill_brands b on b.n = i % ${brandCount}::int`);
    await exec(sql`insert into posts (id, brand_id, title, body, status, published_at, created_at, updated_at)
      select id, brand_id, initcap((${array(PRODUCTS)})[1 + i % 10]) || ' No. ' || i,
        'Fresh ' || (${array(PRODUCTS)})[1 + i % 10] || ' from the workshop. #' || array_to_string(tags[1:cardinality(tags) - 1], ' #') || ' Reply #buy with your size.',
        status, published_at, coalesce(published_at, now()), now() from fill_posts`);
    await exec(sql`insert into post_hashtags (post_id, tag, published_at) select p.id, t, p.published_at from fill_posts p, unnest(p.tags) t`);
    await exec(sql`insert into variants (post_id, label, price_minor, currency, stock, position)
      select p.id, (${array(LABELS)})[k], 1500 + (p.i % 50) * 100 + k * 200, 'EUR', (p.i * 7 + k) % 40, k - 1
      from fill_posts p cross join lateral generate_series(1, 1 + p.i % 4) k`);
    await exec(sql`insert into post_images (post_id, url, alt, position)
      select p.id, '/demo/' || (${array(IMAGES)})[1 + (p.i + k) % 5] || '.svg', 'Product photo ' || k, k - 1
      from fill_posts p cross join lateral generate_series(1, 1 + p.i % 3) k`);
    for (const index of indexes) await exec(sql.raw(index.def));
  });

  const followers = [
    { email: 'few@fill.test', follows: 5 },
    { email: FILL_FAN_EMAIL, follows: 200 },
    { email: 'many@fill.test', follows: Math.min(2000, brandCount) },
  ];
  for (const follower of followers) {
    const id = crypto.randomUUID();
    await db.insert(users).values({ id, email: follower.email, name: follower.email.split('@')[0]!, emailVerified: true });
    await db.insert(accounts).values({ id: crypto.randomUUID(), accountId: id, providerId: 'credential', userId: id, password: passwordHash });
    // Spread over the whole brand list; the follows trigger fans each brand's posts into the timeline.
    const step = Math.max(1, Math.floor(brandCount / follower.follows));
    await db.execute(sql`insert into follows (follower_id, brand_id)
      select ${id}, b.id from (select id, row_number() over (order by handle) - 1 as n from brands where handle like ${`f${run}\\_%`}) b
      where b.n % ${step}::int = 0 and b.n / ${step}::int < ${follower.follows}::int`);
  }
  await db.execute(sql`analyze`);
  return { brands: brandCount, posts: total, followers };
}
