// Writing in a conversation: buyers start one with a brand, either side writes text. Text only,
// checked, and rate-limited per person so a script cannot flood a brand.
import 'server-only';
import { and, count, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { brands, conversationMessages, conversations, type Conversation, type ConversationMessage } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { fileReport, type NewReport } from '@/lib/moderation/reports';
import type { Side } from './catalog';
import { openConversation, type Reader } from './read';
import { appendMessage, brandConversation } from './store';

export const MESSAGE_MAX_LENGTH = 2000;
export const RATE_LIMIT = { messages: 20, windowMs: 60_000 };

/** The buyer's conversation with a brand, made on first use. */
export async function startConversation(db: DbOrTx, reader: Reader, brandId: string): Promise<Conversation> {
  const [brand] = await db.select({ id: brands.id, ownerId: brands.ownerId, suspendedAt: brands.suspendedAt }).from(brands).where(eq(brands.id, brandId));
  if (!brand) throw new DomainError('not_found', 'errors.brand.notFound');
  if (brand.ownerId === reader.userId) throw new DomainError('invalid_input', 'errors.conversation.ownBrand');
  if (brand.suspendedAt) throw new DomainError('brand_suspended', 'errors.conversation.brandSuspended');
  return brandConversation(db, reader.userId, brand.id);
}

export function cleanText(text: string): string {
  const trimmed = text.replace(/\r\n/g, '\n').trim();
  if (!trimmed) throw new DomainError('invalid_input', 'errors.conversation.empty', 'body');
  if (trimmed.length > MESSAGE_MAX_LENGTH) throw new DomainError('invalid_input', 'errors.conversation.tooLong', 'body', { params: { max: MESSAGE_MAX_LENGTH } });
  return trimmed;
}

async function checkRate(db: DbOrTx, authorId: string) {
  const since = new Date(Date.now() - RATE_LIMIT.windowMs);
  const [recent] = await db
    .select({ n: count() })
    .from(conversationMessages)
    .where(and(eq(conversationMessages.authorId, authorId), gt(conversationMessages.createdAt, since)));
  if ((recent?.n ?? 0) >= RATE_LIMIT.messages) throw new DomainError('rate_limited', 'errors.conversation.tooFast');
}

/** A text message from the reader's side; the Hashcart conversation takes no replies. */
export async function writeMessage(db: DbOrTx, reader: Reader, side: Side, conversationId: string, text: string): Promise<ConversationMessage> {
  const body = cleanText(text);
  const conversation = await openConversation(db, reader, conversationId, side);
  if (conversation.kind === 'system') throw new DomainError('invalid_input', 'errors.conversation.noticesNoReply');
  await checkRate(db, reader.userId);
  return appendMessage(db, conversation, { sender: side, authorId: reader.userId, body });
}

/** Either side may report a written message in its own conversation; cards and notices are Hashcart's. */
export async function reportMessage(db: DbOrTx, reader: Reader, messageId: string, report: { reason: NewReport['reason']; note?: string }) {
  const [message] = await db
    .select({ conversation: conversations, authorId: conversationMessages.authorId })
    .from(conversationMessages)
    .innerJoin(conversations, eq(conversations.id, conversationMessages.conversationId))
    .where(eq(conversationMessages.id, messageId));
  const side = message?.conversation.buyerId === reader.userId ? 'buyer' : 'brand';
  // Checked the same way as reading it, so a message id from someone else's conversation is "not found".
  if (!message?.authorId) throw new DomainError('not_found', 'errors.conversation.messageNotFound');
  await openConversation(db, reader, message.conversation.id, side);
  return fileReport(db, reader.userId, { targetType: 'message', targetId: messageId, ...report });
}
