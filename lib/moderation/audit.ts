// Who may moderate, and the append-only log of what they did. Nothing here updates or deletes a
// logged row: the log is the record admins answer to.
import 'server-only';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { moderationActions, users, type ModerationAction } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { DomainError } from '@/lib/errors';

/** The caller of a moderation function: the request's viewer, or anyone a test pretends to be. */
export type Actor = Pick<Viewer, 'id' | 'name' | 'roles'>;

export type ActionKind = ModerationAction['action'];
export type TargetType = ModerationAction['targetType'];

/**
 * Refuses anyone but a current admin. Checked inside the action's transaction, against the
 * database too, so an admin banned a moment ago cannot act on a stale session.
 */
export async function authorizeAdmin(tx: DbOrTx, actor: Actor | null | undefined): Promise<Actor> {
  if (!actor) throw new DomainError('unauthenticated', 'common.errors.unauthenticated');
  if (!actor.roles.includes('admin')) throw new DomainError('forbidden', 'errors.moderation.adminsOnly');
  const [row] = await tx.select({ bannedAt: users.bannedAt }).from(users).where(eq(users.id, actor.id));
  if (!row || row.bannedAt) throw new DomainError('forbidden', 'errors.moderation.adminsOnly');
  return actor;
}

/** A moderator's reason is shown to the people affected and kept in the log: one rule for the form and the domain. */
export const REASON_LENGTH = { min: 3, max: 500 } as const;

export function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < REASON_LENGTH.min) throw new DomainError('invalid_input', 'errors.moderation.reasonTooShort', 'reason');
  if (trimmed.length > REASON_LENGTH.max) throw new DomainError('invalid_input', 'errors.moderation.reasonTooLong', 'reason', { params: { max: REASON_LENGTH.max } });
  return trimmed;
}

export interface AuditEntry {
  action: ActionKind;
  targetType: TargetType;
  targetId: string;
  targetName: string;
  reason: string;
  changes?: Record<string, unknown>;
}

export async function appendAudit(tx: DbOrTx, actor: Actor, entry: AuditEntry): Promise<ModerationAction> {
  const [row] = await tx
    .insert(moderationActions)
    .values({ actorId: actor.id, actorName: actor.name, ...entry, changes: entry.changes ?? {} })
    .returning();
  if (!row) throw new DomainError('internal', 'errors.moderation.auditFailed');
  return row;
}

export interface AuditFilter {
  action?: ActionKind;
  targetType?: TargetType;
  /** Entries created before this instant (the previous page's last row). */
  before?: Date;
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit(db: DbOrTx, actor: Actor, filter: AuditFilter = {}, limit = AUDIT_PAGE_SIZE): Promise<ModerationAction[]> {
  await authorizeAdmin(db, actor);
  const where: (SQL | undefined)[] = [
    filter.action ? eq(moderationActions.action, filter.action) : undefined,
    filter.targetType ? eq(moderationActions.targetType, filter.targetType) : undefined,
    filter.before ? lt(moderationActions.createdAt, filter.before) : undefined,
  ];
  return db
    .select()
    .from(moderationActions)
    .where(and(...where))
    .orderBy(desc(moderationActions.createdAt), desc(moderationActions.id))
    .limit(limit);
}
