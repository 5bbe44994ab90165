// Hashcart's tables. Auth tables follow better-auth's model (plural names, camelCase fields);
// the shop's tables are ours. Money is always integer minor units plus an ISO currency.
import { relations, sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

// ── accounts (better-auth) ───────────────────────────────────────────────────────────────
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  bannedAt: timestamp('banned_at', { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('accounts_user_id_idx').on(t.userId)],
);

export const verifications = pgTable('verifications', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

// Rate-limit counters live in Postgres so several app instances share them.
export const rateLimits = pgTable('rate_limits', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  lastRequest: bigint('last_request', { mode: 'number' }).notNull(),
  createdAt: createdAt(),
});

// ── brands and follows ───────────────────────────────────────────────────────────────────
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
export const postStatus = pgEnum('post_status', ['draft', 'published', 'archived']);

export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    brandId: uuid('brand_id')
      .notNull()
      .references(() => brands.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    buyHashtag: text('buy_hashtag').notNull().default('buy'),
    maxPerOrder: integer('max_per_order').notNull().default(5),
    status: postStatus('status').notNull().default('draft'),
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
    check('posts_max_per_order_range', sql`${t.maxPerOrder} between 1 and 99`),
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
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('replies_post_id_idx').on(t.postId, t.createdAt), index('replies_author_id_idx').on(t.authorId)],
);

export const inboxKind = pgEnum('inbox_kind', ['receipt', 'new_order', 'order_update', 'moderation', 'system']);

export const inboxMessages = pgTable(
  'inbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: inboxKind('kind').notNull(),
    body: text('body').notNull(),
    href: text('href'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('inbox_messages_user_idx').on(t.userId, t.createdAt.desc())],
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
export type InboxMessage = typeof inboxMessages.$inferSelect;

// ── orders and payments ──────────────────────────────────────────────────────────────────
export const orderStatus = pgEnum('order_status', ['pending_payment', 'paid', 'expired', 'canceled', 'refunded']);
export const orderSource = pgEnum('order_source', ['button', 'reply']);

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    buyerId: text('buyer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    brandId: uuid('brand_id')
      .notNull()
      .references(() => brands.id, { onDelete: 'restrict' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'restrict' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'restrict' }),
    // What was bought, copied at checkout so later edits to the post never change this order.
    itemLabel: text('item_label').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceMinor: integer('unit_price_minor').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    status: orderStatus('status').notNull().default('pending_payment'),
    source: orderSource('source').notNull().default('button'),
    paymentIntentId: text('payment_intent_id').unique(),
    clientSecret: text('client_secret'),
    paymentMethodSummary: text('payment_method_summary'),
    lastPaymentError: text('last_payment_error'),
    shipping: jsonb('shipping').$type<ShippingAddress>(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('orders_buyer_id_idx').on(t.buyerId, t.createdAt.desc()),
    index('orders_brand_id_idx').on(t.brandId, t.createdAt.desc()),
    index('orders_post_id_idx').on(t.postId),
    index('orders_variant_id_idx').on(t.variantId),
    index('orders_pending_expiry_idx').on(t.expiresAt).where(sql`${t.status} = 'pending_payment'`),
    // One open checkout per buyer and variant: double clicks and retries land on the same order.
    uniqueIndex('orders_one_pending_per_buyer_variant').on(t.buyerId, t.variantId).where(sql`${t.status} = 'pending_payment'`),
    check('orders_quantity_positive', sql`${t.quantity} > 0`),
    check('orders_amount_positive', sql`${t.amountMinor} > 0`),
  ],
);

export interface ShippingAddress {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  postalCode: string;
  country: string;
}

// Each Stripe event id is stored once; a redelivered or duplicated event finds its row and stops.
export const stripeEvents = pgTable('stripe_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  createdAt: createdAt(),
});

export const ordersRelations = relations(orders, ({ one }) => ({
  buyer: one(users, { fields: [orders.buyerId], references: [users.id] }),
  brand: one(brands, { fields: [orders.brandId], references: [brands.id] }),
  post: one(posts, { fields: [orders.postId], references: [posts.id] }),
  variant: one(variants, { fields: [orders.variantId], references: [variants.id] }),
}));

export type Order = typeof orders.$inferSelect;
