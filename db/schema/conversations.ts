// Conversations: one per buyer and brand (messages, receipts and order cards), plus one "Hashcart"
// conversation per person for notices that belong to no brand (moderation, account).
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { users } from './accounts';
import { brands } from './catalog';
import { orders } from './orders';

export const conversationKind = pgEnum('conversation_kind', ['brand', 'system']);
/** Who wrote a message: the buyer, the brand (any of its team), or Hashcart itself (cards, notices). */
export const messageSender = pgEnum('message_sender', ['buyer', 'brand', 'system']);
/** Which side sees a message: order cards go to both, a migrated notice keeps its one reader. */
export const messageAudience = pgEnum('message_audience', ['both', 'buyer', 'brand']);

export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: conversationKind('kind').notNull(),
    // The person on the buyer side; for a system conversation, the person it speaks to.
    buyerId: text('buyer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    brandId: uuid('brand_id').references(() => brands.id, { onDelete: 'cascade' }),
    // Sequence of the newest message; a message's seq orders the thread and pages it by keyset.
    lastSeq: integer('last_seq').notNull().default(0),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
    // Read state per side, so anyone answering for the brand clears it for the whole brand.
    buyerUnread: integer('buyer_unread').notNull().default(0),
    brandUnread: integer('brand_unread').notNull().default(0),
    buyerReadSeq: integer('buyer_read_seq').notNull().default(0),
    brandReadSeq: integer('brand_read_seq').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('conversations_buyer_brand_unique').on(t.buyerId, t.brandId).where(sql`${t.brandId} is not null`),
    uniqueIndex('conversations_system_unique').on(t.buyerId).where(sql`${t.kind} = 'system'`),
    // Keyset pages of a person's and of a brand's list, newest first.
    index('conversations_buyer_list_idx').on(t.buyerId, t.lastMessageAt.desc(), t.id.desc()),
    index('conversations_brand_list_idx').on(t.brandId, t.lastMessageAt.desc(), t.id.desc()),
    // The header badge sums only unread conversations: a reader with 10,000 mostly-read ones stays cheap.
    index('conversations_buyer_unread_idx').on(t.buyerId, t.buyerUnread).where(sql`${t.buyerUnread} > 0`),
    index('conversations_brand_unread_idx').on(t.brandId, t.brandUnread).where(sql`${t.brandUnread} > 0`),
    check('conversations_kind_brand', sql`(${t.kind} = 'brand') = (${t.brandId} is not null)`),
  ],
);

export const conversationMessages = pgTable(
  'conversation_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    sender: messageSender('sender').notNull(),
    audience: messageAudience('audience').notNull().default('both'),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    // A written message's text, or the key of a card or notice rendered from params when read.
    body: text('body'),
    messageKey: text('message_key'),
    params: jsonb('params').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'set null' }),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('conversation_messages_seq_unique').on(t.conversationId, t.seq),
    index('conversation_messages_author_idx').on(t.authorId, t.createdAt),
    index('conversation_messages_order_id_idx').on(t.orderId),
    check('conversation_messages_has_content', sql`(${t.body} is not null) <> (${t.messageKey} is not null)`),
  ],
);

export type Conversation = typeof conversations.$inferSelect;
export type ConversationMessage = typeof conversationMessages.$inferSelect;
