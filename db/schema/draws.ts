// Fair-launch draws: a post whose units go to a verifiable random selection of entrants rather
// than to the fastest buyers. The seed is committed (sha256) when the draw is launched and revealed
// at close; entries are shuffled in entry-number order with it (lib/draws/shuffle.ts).
import { relations, sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { users } from './accounts';
import { brands, posts, variants } from './catalog';
import { orders } from './orders';

// open: taking entries (or waiting for opensAt); drawn: seed revealed, entries ranked, units being
// charged in rank order; finished: every unit sold or nobody left to offer it to.
export const drawStatus = pgEnum('draw_status', ['open', 'drawn', 'finished']);

// entered → withdrawn (by the entrant) | void (banned) before the draw; after it: offered (a unit
// is reserved and being charged) → won | lapsed (not paid within 30 minutes); or lost.
export const drawEntryStatus = pgEnum('draw_entry_status', ['entered', 'withdrawn', 'void', 'offered', 'won', 'lapsed', 'lost']);

export const draws = pgTable(
  'draws',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    brandId: uuid('brand_id')
      .notNull()
      .references(() => brands.id, { onDelete: 'cascade' }),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    // Entry rules, fixed once entries open.
    minAccountAgeDays: integer('min_account_age_days'),
    requireVerifiedEmail: boolean('require_verified_email').notNull().default(false),
    requireFollower: boolean('require_follower').notNull().default(false),
    // sha256 of the seed's hex text, public from launch; the seed itself is shown only once drawn.
    seedCommitment: text('seed_commitment').notNull(),
    seed: text('seed').notNull(),
    status: drawStatus('status').notNull().default('open'),
    // Entries refused because their card was already entered by another account (admin queue).
    sharedCardAttempts: integer('shared_card_attempts').notNull().default(0),
    drawnAt: timestamp('drawn_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('draws_post_id_unique').on(t.postId),
    index('draws_brand_id_idx').on(t.brandId),
    index('draws_due_idx').on(t.closesAt).where(sql`${t.status} <> 'finished'`),
    check('draws_window_order', sql`${t.closesAt} > ${t.opensAt}`),
    check('draws_window_max_7_days', sql`${t.closesAt} - ${t.opensAt} <= interval '7 days'`),
    check('draws_min_account_age', sql`${t.minAccountAgeDays} is null or ${t.minAccountAgeDays} between 1 and 3650`),
  ],
);

export const drawVariants = pgTable(
  'draw_variants',
  {
    drawId: uuid('draw_id')
      .notNull()
      .references(() => draws.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    units: integer('units').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.drawId, t.variantId] }), index('draw_variants_variant_id_idx').on(t.variantId), check('draw_variants_units_positive', sql`${t.units} > 0`)],
);

export const drawEntries = pgTable(
  'draw_entries',
  {
    // The public entry number: the shuffle's input is the valid entries in this order.
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    drawId: uuid('draw_id')
      .notNull()
      .references(() => draws.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    // The saved card the entrant agreed to be charged with off-session if they win.
    paymentMethodId: text('payment_method_id').notNull(),
    cardFingerprint: text('card_fingerprint').notNull(),
    cardSummary: text('card_summary').notNull(),
    status: drawEntryStatus('status').notNull().default('entered'),
    // 0-based place in the shuffle, set once when the draw is made.
    rank: integer('rank'),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'set null' }),
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One live entry per person and per card in a draw; a withdrawn entry frees both.
    uniqueIndex('draw_entries_one_per_user').on(t.drawId, t.userId).where(sql`${t.status} <> 'withdrawn'`),
    uniqueIndex('draw_entries_one_per_card').on(t.drawId, t.cardFingerprint).where(sql`${t.status} <> 'withdrawn'`),
    index('draw_entries_draw_status_idx').on(t.drawId, t.status, t.rank),
    index('draw_entries_user_id_idx').on(t.userId, t.createdAt),
    index('draw_entries_variant_id_idx').on(t.variantId),
    index('draw_entries_order_id_idx').on(t.orderId),
  ],
);

export const drawsRelations = relations(draws, ({ one, many }) => ({
  post: one(posts, { fields: [draws.postId], references: [posts.id] }),
  brand: one(brands, { fields: [draws.brandId], references: [brands.id] }),
  variants: many(drawVariants),
  entries: many(drawEntries),
}));
export const drawVariantsRelations = relations(drawVariants, ({ one }) => ({
  draw: one(draws, { fields: [drawVariants.drawId], references: [draws.id] }),
  variant: one(variants, { fields: [drawVariants.variantId], references: [variants.id] }),
}));
export const drawEntriesRelations = relations(drawEntries, ({ one }) => ({
  draw: one(draws, { fields: [drawEntries.drawId], references: [draws.id] }),
  user: one(users, { fields: [drawEntries.userId], references: [users.id] }),
  variant: one(variants, { fields: [drawEntries.variantId], references: [variants.id] }),
}));

export type Draw = typeof draws.$inferSelect;
export type DrawVariant = typeof drawVariants.$inferSelect;
export type DrawEntry = typeof drawEntries.$inferSelect;
