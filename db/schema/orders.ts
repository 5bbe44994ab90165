// Orders and the Stripe events already applied to them. Money is integer minor units plus an ISO currency.
import { relations, sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { users } from './accounts';
import { brands, posts, replies, variants } from './catalog';

// Where an order is in its lifecycle (lib/orders/lifecycle.ts has the moves between them):
// authorized is a drop order whose card is held until the drop is decided.
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
    // Why the last attempt failed, as a payments.declines.* key worded when read (older rows: Stripe's text).
    lastPaymentError: text('last_payment_error'),
    shipping: jsonb('shipping').$type<ShippingAddress>(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    // The platform's cut (fixed at checkout), the amount refunded so far, and when and how it shipped.
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
