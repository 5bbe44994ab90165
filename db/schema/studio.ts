// Daily views of each post (the insights funnel) and each refund made on an order.
import { date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { posts } from './catalog';
import { orders } from './orders';

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
