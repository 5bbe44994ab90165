// Conversations are found or made on first use, and every message goes through appendMessage: it
// numbers the message, moves the conversation to the top, counts it unread for the other side and
// announces it to open streams.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { conversationMessages, conversations, type Conversation, type ConversationMessage } from '@/db/schema';
import { announce } from '@/lib/live/announce';
import type { MessageKey, MessageParams, Side } from './catalog';

export async function brandConversation(db: DbOrTx, buyerId: string, brandId: string): Promise<Conversation> {
  await db.insert(conversations).values({ kind: 'brand', buyerId, brandId }).onConflictDoNothing();
  const [row] = await db.select().from(conversations).where(and(eq(conversations.buyerId, buyerId), eq(conversations.brandId, brandId)));
  return row!;
}

export async function systemConversation(db: DbOrTx, userId: string): Promise<Conversation> {
  await db.insert(conversations).values({ kind: 'system', buyerId: userId }).onConflictDoNothing();
  const [row] = await db.select().from(conversations).where(and(eq(conversations.buyerId, userId), eq(conversations.kind, 'system')));
  return row!;
}

export type NewMessage =
  | { sender: 'buyer' | 'brand'; authorId: string; body: string }
  | { sender: 'system'; key: MessageKey; params: MessageParams; orderId?: string | null; audience?: 'both' | Side; unreadFor: Side[] };

export async function appendMessage(db: DbOrTx, conversation: Pick<Conversation, 'id' | 'buyerId' | 'brandId'>, message: NewMessage): Promise<ConversationMessage> {
  const unreadFor: Side[] = message.sender === 'system' ? message.unreadFor : [message.sender === 'buyer' ? 'brand' : 'buyer'];
  const bump = (side: Side) => (unreadFor.includes(side) ? 1 : 0);
  const written = await db.transaction(async (tx) => {
    // The row lock on the conversation hands out seq numbers one at a time.
    const [head] = await tx
      .update(conversations)
      .set({
        lastSeq: sql`${conversations.lastSeq} + 1`,
        lastMessageAt: sql`now()`,
        buyerUnread: sql`${conversations.buyerUnread} + ${bump('buyer')}`,
        brandUnread: sql`${conversations.brandUnread} + ${bump('brand')}`,
        // Whoever writes has seen everything up to their own message.
        ...(message.sender === 'buyer' ? { buyerReadSeq: sql`${conversations.lastSeq} + 1`, buyerUnread: 0 } : {}),
        ...(message.sender === 'brand' ? { brandReadSeq: sql`${conversations.lastSeq} + 1`, brandUnread: 0 } : {}),
      })
      .where(eq(conversations.id, conversation.id))
      .returning({ seq: conversations.lastSeq, at: conversations.lastMessageAt });
    if (!head) throw new Error(`conversation ${conversation.id} vanished`);
    const [row] = await tx
      .insert(conversationMessages)
      .values(
        message.sender === 'system'
          ? { conversationId: conversation.id, seq: head.seq, sender: 'system', audience: message.audience ?? 'both', messageKey: message.key, params: message.params, orderId: message.orderId ?? null, createdAt: head.at }
          : { conversationId: conversation.id, seq: head.seq, sender: message.sender, authorId: message.authorId, body: message.body, createdAt: head.at },
      )
      .returning();
    await announce(tx, { t: 'message', c: conversation.id, buyer: conversation.buyerId, brand: conversation.brandId, seq: head.seq });
    return row!;
  });
  return written;
}
