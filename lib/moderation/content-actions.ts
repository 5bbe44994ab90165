// Admin actions on what people wrote: a reply under a post, a message in a conversation.
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { conversationMessages, replies } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import type { Actor } from './audit';
import { moderate, reportTarget, tellOwner, type ModerationDeps, type ModerationInput } from './moderate';
import { resolveReports } from './reports';
import { requireTarget } from './targets';

export function removeReply(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx, reason) => {
    const target = await requireTarget(tx, 'reply', input.targetId);
    const [removed] = await tx.delete(replies).where(eq(replies.id, target.id)).returning();
    await resolveReports(tx, actor, [reportTarget(target)], 'actioned', 'removed');
    await tellOwner(tx, target, 'replyRemoved', reason);
    // The reply is gone; the log keeps what it said.
    return { entry: { action: 'remove_reply', targetType: 'reply', targetId: target.id, targetName: target.name, changes: { body: removed?.body, postId: removed?.postId } } };
  });
}

export function removeMessage(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx, reason) => {
    const target = await requireTarget(tx, 'message', input.targetId);
    // Kept, marked removed: the thread shows "Message removed" and the log keeps what it said.
    const [removed] = await tx
      .update(conversationMessages)
      .set({ removedAt: new Date() })
      .where(and(eq(conversationMessages.id, target.id), isNull(conversationMessages.removedAt)))
      .returning();
    if (!removed) throw new DomainError('conflict', 'errors.moderation.messageAlreadyRemoved');
    await resolveReports(tx, actor, [reportTarget(target)], 'actioned', 'removed');
    await tellOwner(tx, target, 'messageRemoved', reason);
    return { entry: { action: 'remove_message', targetType: 'message', targetId: target.id, targetName: target.name, changes: { body: removed.body, conversationId: removed.conversationId } } };
  });
}
