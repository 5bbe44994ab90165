// Hashcart's tables. Auth tables follow better-auth's model (plural names, camelCase fields);
// the shop's tables are ours. Money is always integer minor units plus an ISO currency.
import { relations, sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
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
  // The buyer's Stripe Customer, created on first checkout; saved cards live there, not here.
  stripeCustomerId: text('stripe_customer_id').unique(),
  hideBuyBadges: boolean('hide_buy_badges').notNull().default(false),
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
    // Brand studio: the brand's Stripe Connect Express account and what Stripe last said about it
    // (kept current by account.updated webhooks and a retrieve on return from onboarding).
    stripeAccountId: text('stripe_account_id').unique(),
    chargesEnabled: boolean('charges_enabled').notNull().default(false),
    payoutsEnabled: boolean('payouts_enabled').notNull().default(false),
    // Moderation: a trusted brand publishes without review; a suspended one has its posts hidden.
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
// pending_review, hidden and removed belong to moderation: posts held for an admin or taken down by one.
export const postStatus = pgEnum('post_status', ['draft', 'published', 'archived', 'pending_review', 'hidden', 'removed']);

// Brand studio: how a drop ended (null while it is open or when the post has no drop).
export const dropOutcome = pgEnum('drop_outcome', ['succeeded', 'failed']);

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
    // Brand studio drops: "at least dropGoal orders by dropEndsAt", charged only if reached.
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
    sku: text('sku'), // brand studio: the brand's own stock-keeping code, optional
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
    // Set when the brand's account answers a buying reply ("Which size? …"); the brand speaks, not its owner.
    asBrandId: uuid('as_brand_id').references(() => brands.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('replies_post_id_idx').on(t.postId, t.createdAt),
    index('replies_author_id_idx').on(t.authorId),
    index('replies_as_brand_id_idx').on(t.asBrandId),
  ],
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
// authorized (a drop order held until the drop succeeds) and partially_refunded belong to brand studio.
export const orderStatus = pgEnum('order_status', ['pending_payment', 'paid', 'expired', 'canceled', 'refunded', 'authorized', 'partially_refunded']);
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
    replyId: uuid('reply_id').references(() => replies.id, { onDelete: 'set null' }),
    paymentIntentId: text('payment_intent_id').unique(),
    clientSecret: text('client_secret'),
    paymentMethodSummary: text('payment_method_summary'),
    lastPaymentError: text('last_payment_error'),
    shipping: jsonb('shipping').$type<ShippingAddress>(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    // Brand studio: the platform's cut (fixed at checkout), refunds so far and fulfilment.
    platformFeeMinor: integer('platform_fee_minor').notNull().default(0),
    refundedMinor: integer('refunded_minor').notNull().default(0),
    fulfilledAt: timestamp('fulfilled_at', { withTimezone: true }),
    trackingRef: text('tracking_ref'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('orders_buyer_id_idx').on(t.buyerId, t.createdAt.desc()),
    index('orders_brand_id_idx').on(t.brandId, t.createdAt.desc()),
    index('orders_post_id_idx').on(t.postId),
    index('orders_variant_id_idx').on(t.variantId),
    index('orders_reply_id_idx').on(t.replyId),
    index('orders_pending_expiry_idx').on(t.expiresAt).where(sql`${t.status} = 'pending_payment'`),
    // One open checkout per buyer and variant: double clicks and retries land on the same order.
    uniqueIndex('orders_one_pending_per_buyer_variant').on(t.buyerId, t.variantId).where(sql`${t.status} = 'pending_payment'`),
    check('orders_quantity_positive', sql`${t.quantity} > 0`),
    check('orders_amount_positive', sql`${t.amountMinor} > 0`),
    check('orders_refunded_within_amount', sql`${t.refundedMinor} between 0 and ${t.amountMinor}`),
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

// ── moderation ───────────────────────────────────────────────────────────────────────────
// Reports from users, posts held for review, the prohibited-terms rule and the append-only
// audit log of every admin action (Mastodon's model: the log keeps a readable target name).
export const reportReason = pgEnum('report_reason', ['counterfeit', 'prohibited_item', 'scam', 'offensive', 'other']);
export const moderationTargetType = pgEnum('moderation_target_type', ['post', 'reply', 'brand', 'user', 'term']);
export const reportStatus = pgEnum('report_status', ['open', 'actioned', 'dismissed']);
export const moderationActionKind = pgEnum('moderation_action_kind', [
  'approve_post',
  'hide_post',
  'restore_post',
  'remove_reply',
  'suspend_brand',
  'lift_suspension',
  'trust_brand',
  'ban_user',
  'dismiss_reports',
  'add_term',
  'remove_term',
]);

export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reporterId: text('reporter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // No foreign key on the target: a report (and its outcome) outlives a deleted reply or post.
    targetType: moderationTargetType('target_type').notNull(),
    targetId: text('target_id').notNull(),
    reason: reportReason('reason').notNull(),
    note: text('note').notNull().default(''),
    status: reportStatus('status').notNull().default('open'),
    resolvedById: text('resolved_by_id').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('reports_open_target_idx').on(t.targetType, t.targetId).where(sql`${t.status} = 'open'`),
    index('reports_reporter_id_idx').on(t.reporterId),
    index('reports_resolved_by_id_idx').on(t.resolvedById),
    // One open report per user and target; once resolved they may report it again.
    uniqueIndex('reports_one_open_per_reporter_target').on(t.reporterId, t.targetType, t.targetId).where(sql`${t.status} = 'open'`),
  ],
);

// Why a post waits in pending_review; the row goes when an admin decides.
export const postReviews = pgTable('post_reviews', {
  postId: uuid('post_id')
    .primaryKey()
    .references(() => posts.id, { onDelete: 'cascade' }),
  reasons: jsonb('reasons').$type<string[]>().notNull(),
  createdAt: createdAt(),
});

export const prohibitedTerms = pgTable(
  'prohibited_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    term: text('term').notNull(),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('prohibited_terms_term_unique').on(sql`lower(${t.term})`), index('prohibited_terms_created_by_id_idx').on(t.createdById)],
);

// Append-only: nothing in the app updates or deletes these rows.
export const moderationActions = pgTable(
  'moderation_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    action: moderationActionKind('action').notNull(),
    targetType: moderationTargetType('target_type').notNull(),
    targetId: text('target_id').notNull(),
    targetName: text('target_name').notNull(),
    reason: text('reason').notNull(),
    changes: jsonb('changes').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('moderation_actions_created_at_idx').on(t.createdAt.desc()),
    index('moderation_actions_actor_id_idx').on(t.actorId),
    index('moderation_actions_target_idx').on(t.targetType, t.targetId),
  ],
);

export type Report = typeof reports.$inferSelect;
export type PostReview = typeof postReviews.$inferSelect;
export type ProhibitedTerm = typeof prohibitedTerms.$inferSelect;
export type ModerationAction = typeof moderationActions.$inferSelect;

// ── brand studio ─────────────────────────────────────────────────────────────────────────
// Post views counted per day: one upsert per view keeps insights cheap to record and to read.
export const postViewsDaily = pgTable(
  'post_views_daily',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    day: date('day', { mode: 'string' }).notNull(),
    views: integer('views').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.day] })],
);

// Each refund a brand issued from the studio, once per Stripe refund id: a replayed request (same
// idempotency key, same refund) finds its row and never restocks twice.
export const orderRefunds = pgTable(
  'order_refunds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    stripeRefundId: text('stripe_refund_id').notNull().unique(),
    amountMinor: integer('amount_minor').notNull(),
    restockedUnits: integer('restocked_units').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('order_refunds_order_id_idx').on(t.orderId)],
);

export type PostViewsDaily = typeof postViewsDaily.$inferSelect;
export type OrderRefund = typeof orderRefunds.$inferSelect;

// ── buy by reply: waitlist ───────────────────────────────────────────────────────────────
export const waitlistStatus = pgEnum('waitlist_status', ['waiting', 'offered', 'done']);

// Buyers who replied #buy to a sold-out variant, served first come, first served on restock.
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    replyId: uuid('reply_id').references(() => replies.id, { onDelete: 'set null' }),
    quantity: integer('quantity').notNull(),
    status: waitlistStatus('status').notNull().default('waiting'),
    offeredOrderId: uuid('offered_order_id').references(() => orders.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('waitlist_entries_variant_idx').on(t.variantId, t.createdAt),
    index('waitlist_entries_user_id_idx').on(t.userId),
    index('waitlist_entries_reply_id_idx').on(t.replyId),
    index('waitlist_entries_offered_order_id_idx').on(t.offeredOrderId),
    uniqueIndex('waitlist_entries_one_open_per_user_variant').on(t.userId, t.variantId).where(sql`${t.status} <> 'done'`),
    check('waitlist_entries_quantity_positive', sql`${t.quantity} > 0`),
  ],
);

export type WaitlistEntry = typeof waitlistEntries.$inferSelect;
