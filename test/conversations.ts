// What a person would read in their inbox: every message visible on their side, worded, oldest first.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/open';
import { conversationMessages, conversations } from '../db/schema';
import { renderMessage, type MessageKey } from '../lib/conversations/catalog';

export async function inboxTexts(db: DbOrTx, userId: string, key?: MessageKey): Promise<string[]> {
  const rows = await db
    .select({ message: conversationMessages })
    .from(conversationMessages)
    .innerJoin(conversations, eq(conversations.id, conversationMessages.conversationId))
    .where(and(eq(conversations.buyerId, userId), inArray(conversationMessages.audience, ['both', 'buyer']), key ? eq(conversationMessages.messageKey, key) : undefined))
    .orderBy(asc(conversationMessages.createdAt), asc(conversationMessages.seq));
  return rows.map(({ message }) => {
    if (message.body !== null) return message.body;
    const rendered = renderMessage(message.messageKey ?? '', message.params, 'buyer');
    return rendered.title ? `${rendered.title}: ${rendered.text}` : rendered.text;
  });
}
