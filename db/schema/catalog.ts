// Brands, follows, shoppable posts with their images and variants, and replies.
import { relations, sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { users } from './accounts';

export const brands = pgTable(
  'brands',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    handle: text('handle').notNull(),
    name: text('name').notNull(),
    bio: text('bio').notNull().default(''),
    avatarUrl: text('avatar_url'),
    // The brand's Stripe Connect Express account, which receives its sales, and what Stripe last said
    // it may do (kept current by account.updated webhooks and a retrieve on return from onboarding).
    stripeAccountId: text('stripe_account_id').unique(),
    chargesEnabled: boolean('charges_enabled').notNull().default(false),
    payoutsEnabled: boolean('payouts_enabled').notNull().default(false),
    // When an admin trusted the brand (its posts publish without review) or suspended it (its posts
    // hidden, nothing of it buyable); null when not.
    trustedAt: timestamp('trusted_at', { withTimezone: true }),
    suspendedAt: timestamp('suspended_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('brands_handle_unique').on(sql`lower(${t.handle})`),
    uniqueIndex('brands_owner_id_unique').on(t.ownerId),
  ],
);

export const follows = pgTable(
  'follows',
  {
    followerId: text('follower_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    brandId: uuid('brand_id')
      .notNull()
      .references(() => brands.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.followerId, t.brandId] }), index('follows_brand_id_idx').on(t.brandId)],
);

// ── posts, images, variants ──────────────────────────────────────────────────────────────
// Where a post is in its lifecycle (lib/catalog/post-lifecycle.ts has the moves between them):
// pending_review waits for an admin; hidden was taken down by one.
export const postStatus = pgEnum('post_status', ['draft', 'published', 'archived', 'pending_review', 'hidden']);

export const POST_TITLE_MAX = 80;

// How a drop ended (null while it is open or when the post has no drop).
export const dropOutcome = pgEnum('drop_outcome', ['succeeded', 'failed']);

export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    brandId: uuid('brand_id')
      .notNull()
      .references(() => brands.id, { onDelete: 'cascade' }),
    // What receipts, orders and cards call the item ("Ridge Tee"); the body is the caption.
    title: text('title').notNull(),
    body: text('body').notNull(),
    buyHashtag: text('buy_hashtag').notNull().default('buy'),
    maxPerOrder: integer('max_per_order').notNull().default(5),
    status: postStatus('status').notNull().default('draft'),
    // A drop: "at least drop_goal orders by drop_ends_at"; its buyers are charged only if it is reached.
    dropGoal: integer('drop_goal'),
    dropEndsAt: timestamp('drop_ends_at', { withTimezone: true }),
    dropOutcome: dropOutcome('drop_outcome'),
    // Millisecond precision so a JS Date round-trips exactly through a feed cursor.
    publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Keyset pagination of the explore feed and of one brand's (or several followed brands') posts.
    index('posts_published_keyset_idx')
      .on(t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.status} = 'published'`),
    index('posts_brand_published_keyset_idx').on(t.brandId, t.publishedAt.desc(), t.id.desc()),
    check('posts_title_length', sql`char_length(${t.title}) between 1 and ${sql.raw(String(POST_TITLE_MAX))}`),
    check('posts_max_per_order_range', sql`${t.maxPerOrder} between 1 and 99`),
    check('posts_drop_goal_positive', sql`${t.dropGoal} is null or ${t.dropGoal} > 0`),
    // Open drops, swept when their deadline passes.
    index('posts_open_drop_idx').on(t.dropEndsAt).where(sql`${t.dropGoal} is not null and ${t.dropOutcome} is null`),
  ],
);

export const postImages = pgTable(
  'post_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    alt: text('alt').notNull().default(''),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('post_images_post_id_idx').on(t.postId, t.position)],
);

export const variants = pgTable(
  'variants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    priceMinor: integer('price_minor').notNull(),
    currency: text('currency').notNull(),
    stock: integer('stock').notNull(),
    sku: text('sku'), // the brand's own stock-keeping code, optional
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index('variants_post_id_idx').on(t.postId, t.position),
    check('variants_stock_non_negative', sql`${t.stock} >= 0`),
    check('variants_price_positive', sql`${t.priceMinor} > 0`),
    check('variants_currency_iso', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

// ── conversation ─────────────────────────────────────────────────────────────────────────
export const replies = pgTable(
  'replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // What a person wrote, kept as written. Null on the brand's automatic answers, which are a
    // message key with params worded in each reader's language when read (older answers keep text).
    body: text('body'),
    messageKey: text('message_key'),
    messageParams: jsonb('message_params').$type<Record<string, string | number>>(),
    // Set when the brand's account answers a buying reply ("Which size? …"); the brand speaks, not its owner.
    asBrandId: uuid('as_brand_id').references(() => brands.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('replies_post_id_idx').on(t.postId, t.createdAt),
    index('replies_author_id_idx').on(t.authorId),
    index('replies_as_brand_id_idx').on(t.asBrandId),
    check('replies_text_or_message', sql`(${t.body} is not null) <> (${t.messageKey} is not null)`),
  ],
);

// ── relations and types ──────────────────────────────────────────────────────────────────
export const brandsRelations = relations(brands, ({ one, many }) => ({
  owner: one(users, { fields: [brands.ownerId], references: [users.id] }),
  posts: many(posts),
}));
export const postsRelations = relations(posts, ({ one, many }) => ({
  brand: one(brands, { fields: [posts.brandId], references: [brands.id] }),
  images: many(postImages),
  variants: many(variants),
  replies: many(replies),
}));
export const postImagesRelations = relations(postImages, ({ one }) => ({
  post: one(posts, { fields: [postImages.postId], references: [posts.id] }),
}));
export const variantsRelations = relations(variants, ({ one }) => ({
  post: one(posts, { fields: [variants.postId], references: [posts.id] }),
}));
export const repliesRelations = relations(replies, ({ one }) => ({
  post: one(posts, { fields: [replies.postId], references: [posts.id] }),
  author: one(users, { fields: [replies.authorId], references: [users.id] }),
}));

export type User = typeof users.$inferSelect;
export type Brand = typeof brands.$inferSelect;
export type Post = typeof posts.$inferSelect;
export type PostImage = typeof postImages.$inferSelect;
export type Variant = typeof variants.$inferSelect;
export type Reply = typeof replies.$inferSelect;
