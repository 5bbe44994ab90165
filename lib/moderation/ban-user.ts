// Banning an account: every open session ends now and sign-in refuses it from here on.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { sessions, users } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import type { Actor } from './audit';
import { moderate, type ModerationDeps, type ModerationInput } from './moderate';
import { requireTarget } from './targets';

export function banUser(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx) => {
    const target = await requireTarget(tx, 'user', input.targetId);
    if (target.id === actor.id) throw new DomainError('conflict', 'errors.moderation.banSelf');
    const [user] = await tx.update(users).set({ bannedAt: new Date(), updatedAt: new Date() }).where(eq(users.id, target.id)).returning();
    if (!user) throw new DomainError('not_found', 'errors.moderation.userNotFound');
    // Every open session ends now; sign-in refuses them from here on.
    const ended = await tx.delete(sessions).where(eq(sessions.userId, target.id)).returning({ id: sessions.id });
    return { entry: { action: 'ban_user', targetType: 'user', targetId: target.id, targetName: target.name, changes: { sessionsEnded: ended.length } } };
  });
}
