// Reading conversations: who may open one, the lists (a person's and a brand's) and threads in
// keyset pages, unread counts and marking read. Pages seek by index, so the 10,000th conversation
// or message costs what the first does.
import 'server-only';
import { and, desc, eq, gt, inArray, lt, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { brands, conversationMessages, conversations, orders, users, type Conversation, type ConversationMessage } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { announce } from '@/lib/live/announce';
import { selectOrderRows, toOrderRows } from '@/lib/orders/order-row';
import { COUNTERPART_COLUMNS, counterpartFrom, type Counterpart } from './conversation-row';
import type { Side } from './catalog';

/** Who is reading: a person, and the brand they answer for if any. */
export interface Reader {
  userId: string;
  brandId: string | null;
}

/** The side the reader sits on in this conversation, or not_found (never "forbidden": no leak that it exists). */
export async function openConversation(db: DbOrTx, reader: Reader, conversationId: string, as: Side): Promise<Conversation> {
  const [conversation] = /^[0-9a-f-]{36}$/i.test(conversationId) ? await db.select().from(conversations).where(eq(conversations.id, conversationId)) : [];
  const mine = as === 'buyer' ? conversation?.buyerId === reader.userId : Boolean(reader.brandId) && conversation?.brandId === reader.brandId;
  if (!conversation || !mine) throw new DomainError('not_found', 'errors.conversation.notFound');
  return conversation;
}

export interface ListCursor {
  at: string;
  id: string;
}

export interface ConversationSummary {
  id: string;
  kind: Conversation['kind'];
  lastMessageAt: Date;
  unread: number;
  /** The other party as this side sees them. */
  name: string;
  handle: string | null;
  avatarUrl: string | null;
  brandId: string | null;
  buyerId: string;
  last: Pick<ConversationMessage, 'sender' | 'body' | 'messageKey' | 'params' | 'removedAt'> | null;
  openOrderId: string | null;
}

export interface ListOptions {
  before?: ListCursor | null;
  limit?: number;
  unreadOnly?: boolean;
  withOpenOrder?: boolean;
}

// Orders the brand still has to act on: paid and not yet shipped, or held for a drop.
const openOrderFor = (conversation: { buyerId: AnyColumn; brandId: AnyColumn }) => sql<string | null>`(
  select ${orders.id} from ${orders}
  where ${orders.buyerId} = ${conversation.buyerId} and ${orders.brandId} = ${conversation.brandId}
    and (${orders.status} = 'authorized' or (${orders.status} = 'paid' and ${orders.fulfilledAt} is null))
  order by ${orders.createdAt} desc limit 1)`;

// Spelled as the list indexes are (DESC NULLS LAST), or Postgres sorts instead of reading the index in order.
const newestFirst = (table: { lastMessageAt: AnyColumn; id: AnyColumn }) => [sql`${table.lastMessageAt} desc nulls last`, sql`${table.id} desc nulls last`];

const visibleTo = (side: Side) => inArray(conversationMessages.audience, ['both', side]);

/** A side's conversations, newest first; `before` continues after the last one shown. */
export async function listConversations(db: DbOrTx, side: Side, ownerId: string, options: ListOptions = {}): Promise<{ items: ConversationSummary[]; next: ListCursor | null }> {
  const limit = Math.min(options.limit ?? 30, 100);
  const unread = side === 'buyer' ? conversations.buyerUnread : conversations.brandUnread;
  const filters: (SQL | undefined)[] = [
    side === 'buyer' ? eq(conversations.buyerId, ownerId) : eq(conversations.brandId, ownerId),
    options.before
      ? or(lt(conversations.lastMessageAt, new Date(options.before.at)), and(eq(conversations.lastMessageAt, new Date(options.before.at)), lt(conversations.id, options.before.id)))
      : undefined,
    options.unreadOnly ? gt(unread, 0) : undefined,
    options.withOpenOrder ? sql`${openOrderFor(conversations)} is not null` : undefined,
  ];
  // The page is chosen from the list index alone; names and last messages are joined to its rows only.
  const page = db
    .select()
    .from(conversations)
    .where(and(...filters))
    .orderBy(...newestFirst(conversations))
    .limit(limit + 1)
    .as('page');
  const last = db
    .select({
      sender: conversationMessages.sender,
      body: conversationMessages.body,
      messageKey: conversationMessages.messageKey,
      params: conversationMessages.params,
      removedAt: conversationMessages.removedAt,
    })
    .from(conversationMessages)
    .where(and(eq(conversationMessages.conversationId, page.id), visibleTo(side)))
    .orderBy(desc(conversationMessages.seq))
    .limit(1)
    .as('last');
  const rows = await db
    .select({
      conversation: {
        id: page.id,
        kind: page.kind,
        buyerId: page.buyerId,
        brandId: page.brandId,
        lastMessageAt: page.lastMessageAt,
        buyerUnread: page.buyerUnread,
        brandUnread: page.brandUnread,
      },
      counterpart: COUNTERPART_COLUMNS,
      last: { sender: last.sender, body: last.body, messageKey: last.messageKey, params: last.params, removedAt: last.removedAt },
      openOrderId: side === 'brand' ? openOrderFor(page) : sql<null>`null`,
    })
    .from(page)
    .innerJoin(users, eq(users.id, page.buyerId))
    .leftJoin(brands, eq(brands.id, page.brandId))
    .leftJoinLateral(last, sql`true`)
    .orderBy(...newestFirst(page));
  const items = rows.slice(0, limit).map(({ conversation: c, ...row }): ConversationSummary => {
    const { title: name, handle, avatarUrl } = counterpartFrom(side, c.kind, row.counterpart);
    return {
      id: c.id,
      kind: c.kind,
      lastMessageAt: c.lastMessageAt,
      unread: side === 'buyer' ? c.buyerUnread : c.brandUnread,
      name,
      handle,
      avatarUrl,
      brandId: c.brandId,
      buyerId: c.buyerId,
      last: row.last?.sender ? (row.last as ConversationSummary['last']) : null,
      openOrderId: row.openOrderId,
    };
  });
  const tail = items.at(-1);
  return { items, next: rows.length > limit && tail ? { at: tail.lastMessageAt.toISOString(), id: tail.id } : null };
}

export interface ThreadPage {
  messages: (ConversationMessage & { authorName: string | null })[];
  /** The seq to pass as `before` for older messages; null at the start of the conversation. */
  olderThan: number | null;
}

/** Messages oldest-to-newest for display; `before` pages back in time by seq. */
export async function readThread(db: DbOrTx, conversation: Conversation, side: Side, options: { before?: number | null; limit?: number } = {}): Promise<ThreadPage> {
  const limit = Math.min(options.limit ?? 50, 200);
  const rows = await db
    .select({ message: conversationMessages, authorName: users.name })
    .from(conversationMessages)
    .leftJoin(users, eq(users.id, conversationMessages.authorId))
    .where(
      and(
        eq(conversationMessages.conversationId, conversation.id),
        visibleTo(side),
        options.before ? lt(conversationMessages.seq, options.before) : undefined,
      ),
    )
    .orderBy(desc(conversationMessages.seq))
    .limit(limit + 1);
  const page = rows.slice(0, limit).reverse();
  return {
    messages: page.map((row) => ({ ...row.message, authorName: row.authorName })),
    olderThan: rows.length > limit && page[0] ? page[0].message.seq : null,
  };
}

/** Clears the side's unread count up to the newest message; tells the reader's other tabs. */
export async function markRead(db: DbOrTx, conversation: Conversation, side: Side): Promise<void> {
  const [changed] = await db
    .update(conversations)
    .set(side === 'buyer' ? { buyerUnread: 0, buyerReadSeq: conversations.lastSeq } : { brandUnread: 0, brandReadSeq: conversations.lastSeq })
    .where(and(eq(conversations.id, conversation.id), gt(side === 'buyer' ? conversations.buyerUnread : conversations.brandUnread, 0)))
    .returning({ id: conversations.id });
  if (changed) await announce(db, { t: 'read', c: conversation.id, buyer: conversation.buyerId, brand: conversation.brandId });
}

export interface UnreadCounts {
  inbox: number;
  studio: number;
}

export async function unreadCounts(db: DbOrTx, reader: Reader): Promise<UnreadCounts> {
  const [mine] = await db
    .select({ n: sql<number>`coalesce(sum(${conversations.buyerUnread}), 0)::int` })
    .from(conversations)
    .where(and(eq(conversations.buyerId, reader.userId), gt(conversations.buyerUnread, 0)));
  const [brand] = reader.brandId
    ? await db
        .select({ n: sql<number>`coalesce(sum(${conversations.brandUnread}), 0)::int` })
        .from(conversations)
        .where(and(eq(conversations.brandId, reader.brandId), gt(conversations.brandUnread, 0)))
    : [{ n: 0 }];
  return { inbox: mine?.n ?? 0, studio: brand?.n ?? 0 };
}

/** Which of these orders can still be paid: a waitlist offer shows Pay only while it is open. */
export async function stillPayable(db: DbOrTx, orderIds: string[]): Promise<Set<string>> {
  if (orderIds.length === 0) return new Set();
  const rows = await db.select({ id: orders.id }).from(orders).where(and(inArray(orders.id, orderIds), eq(orders.status, 'pending_payment')));
  return new Set(rows.map((row) => row.id));
}

/** `before=<iso>_<uuid>` from a "older conversations" link; anything else starts at the top. */
export function parseListCursor(value: string | undefined): ListCursor | null {
  const match = /^(\d{4}-\d\d-\d\dT[\d:.]+Z)_([0-9a-f-]{36})$/i.exec(value ?? '');
  return match && !Number.isNaN(Date.parse(match[1]!)) ? { at: match[1]!, id: match[2]! } : null;
}

/** Who the reader is talking to: the brand for a buyer, the buyer for the brand, or Hashcart. */
export async function counterpartOf(db: DbOrTx, conversation: Conversation, side: Side): Promise<Counterpart> {
  const [columns] = await db
    .select(COUNTERPART_COLUMNS)
    .from(conversations)
    .innerJoin(users, eq(users.id, conversations.buyerId))
    .leftJoin(brands, eq(brands.id, conversations.brandId))
    .where(eq(conversations.id, conversation.id));
  if (!columns) throw new DomainError('not_found', 'errors.conversation.notFound');
  return counterpartFrom(side, conversation.kind, columns);
}

/** The buyer's orders with this brand, newest first: shown beside the thread in the studio. */
export async function ordersInConversation(db: DbOrTx, conversation: Conversation, limit = 5) {
  if (!conversation.brandId) return [];
  return selectOrderRows(db)
    .where(and(eq(orders.buyerId, conversation.buyerId), eq(orders.brandId, conversation.brandId), inArray(orders.status, ['paid', 'authorized', 'partially_refunded', 'refunded', 'pending_payment'])))
    .orderBy(desc(orders.createdAt))
    .limit(limit)
    .then(toOrderRows);
}

/** `before=<seq>` from an "older messages" link; anything else shows the newest page. */
export function parseSeqCursor(value: string | undefined): number | null {
  const seq = Number(value);
  return Number.isInteger(seq) && seq > 0 ? seq : null;
}
