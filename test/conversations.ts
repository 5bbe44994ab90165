// What a person would read in their inbox: every message visible on their side, worded, oldest first.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/open';
import { conversationMessages, conversations } from '../db/schema';
import { renderMessage, type MessageKey } from '../lib/conversations/catalog';
import { translatorFor } from '../lib/i18n/translator';
import { formatMoney } from '../lib/money';

/** Worded as an English reader (or `locale`) sees them. */
export async function inboxTexts(db: DbOrTx, userId: string, key?: MessageKey, locale = 'en'): Promise<string[]> {
  const wording = { say: await translatorFor(locale), money: (amountMinor: number, currency: string) => formatMoney(amountMinor, currency, locale) };
  const rows = await db
    .select({ message: conversationMessages })
    .from(conversationMessages)
    .innerJoin(conversations, eq(conversations.id, conversationMessages.conversationId))
    .where(and(eq(conversations.buyerId, userId), inArray(conversationMessages.audience, ['both', 'buyer']), key ? eq(conversationMessages.messageKey, key) : undefined))
    .orderBy(asc(conversationMessages.createdAt), asc(conversationMessages.seq));
  return rows.map(({ message }) => {
    if (message.body !== null) return message.body;
    const rendered = renderMessage(message.messageKey ?? '', message.params, 'buyer', wording);
    return rendered.title ? `${rendered.title}: ${rendered.text}` : rendered.text;
  });
}
