// The waitlist for sold-out variants.
import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { users } from './accounts';
import { replies, variants } from './catalog';
import { orders } from './orders';

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
