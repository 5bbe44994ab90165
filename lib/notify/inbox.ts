// The inbox: receipts, order news and moderation notices, one list per user.
import 'server-only';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { inboxMessages, type InboxMessage } from '@/db/schema';

export interface NewInboxMessage {
  userId: string;
  kind: InboxMessage['kind'];
  body: string;
  href?: string | null;
}

export async function sendInboxMessage(db: DbOrTx, message: NewInboxMessage): Promise<void> {
  await db.insert(inboxMessages).values({ ...message, href: message.href ?? null });
}

export async function listInbox(db: DbOrTx, userId: string, limit = 50): Promise<InboxMessage[]> {
  return db
    .select()
    .from(inboxMessages)
    .where(eq(inboxMessages.userId, userId))
    .orderBy(desc(inboxMessages.createdAt))
    .limit(limit);
}

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(inboxMessages)
    .where(and(eq(inboxMessages.userId, userId), isNull(inboxMessages.readAt)));
  return row?.n ?? 0;
}

export async function markInboxRead(db: DbOrTx, userId: string): Promise<void> {
  await db.update(inboxMessages).set({ readAt: new Date() }).where(and(eq(inboxMessages.userId, userId), isNull(inboxMessages.readAt)));
}
