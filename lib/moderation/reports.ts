// Reports from signed-in users, the admin queue that groups them by target, and resolving them
// (each reporter hears the outcome in their inbox).
import 'server-only';
import type { ReportOutcome } from '@/lib/conversations/catalog';
import { and, asc, count, desc, eq, inArray, min, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { reports, type Report } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { sendNotice } from '@/lib/conversations/order-cards';
import { authorizeAdmin, type Actor } from './audit';
import { describeTarget, requireTarget, type TargetSummary } from './targets';

export type ReportReason = Report['reason'];
export type ReportableType = 'post' | 'reply' | 'brand' | 'message';

export const REPORTABLE_TYPES: ReportableType[] = ['post', 'reply', 'brand', 'message'];

export interface NewReport {
  targetType: ReportableType;
  targetId: string;
  reason: ReportReason;
  note?: string;
}

export async function fileReport(db: DbOrTx, reporterId: string, input: NewReport): Promise<Report> {
  const target = await requireTarget(db, input.targetType, input.targetId);
  if (target.ownerId === reporterId) throw new DomainError('invalid_input', 'errors.moderation.reportOwn');
  const [report] = await db
    .insert(reports)
    .values({ reporterId, targetType: input.targetType, targetId: input.targetId, reason: input.reason, note: input.note?.trim() ?? '' })
    // The partial unique index keeps one open report per reporter and target.
    .onConflictDoNothing()
    .returning();
  if (!report) throw new DomainError('already_reported', 'errors.moderation.alreadyReported');
  return report;
}

export interface ReportGroup {
  target: TargetSummary;
  /** The target is gone (its name is then empty). */
  deleted: boolean;
  count: number;
  reasons: ReportReason[];
  notes: string[];
  firstReportedAt: Date;
}

export interface QueueFilter {
  targetType?: ReportableType;
  reason?: ReportReason;
}

/** Open reports grouped by target: the most reported first, then the longest waiting. */
export async function listReportQueue(db: DbOrTx, actor: Actor, filter: QueueFilter = {}, limit = 100): Promise<ReportGroup[]> {
  await authorizeAdmin(db, actor);
  const firstAt = min(reports.createdAt);
  const total = count();
  const groups = await db
    .select({
      targetType: reports.targetType,
      targetId: reports.targetId,
      count: total,
      firstReportedAt: firstAt,
      reasons: sql<ReportReason[]>`array_agg(distinct ${reports.reason})`,
      notes: sql<string[]>`array_remove(array_agg(nullif(${reports.note}, '') order by ${reports.createdAt}), null)`,
    })
    .from(reports)
    .where(
      and(
        eq(reports.status, 'open'),
        filter.targetType ? eq(reports.targetType, filter.targetType) : undefined,
        filter.reason ? eq(reports.reason, filter.reason) : undefined,
      ),
    )
    .groupBy(reports.targetType, reports.targetId)
    .orderBy(desc(total), asc(firstAt))
    .limit(limit);
  const out: ReportGroup[] = [];
  for (const group of groups) {
    const found = await describeTarget(db, group.targetType, group.targetId);
    const target = found ?? { type: group.targetType, id: group.targetId, name: '', href: null, ownerId: null, brandId: null };
    out.push({ target, deleted: !found, count: group.count, reasons: group.reasons, notes: group.notes, firstReportedAt: group.firstReportedAt ?? new Date() });
  }
  return out;
}

/**
 * Closes the open reports on these targets and tells each reporter the outcome. Runs inside the
 * admin action's transaction.
 */
export async function resolveReports(
  tx: DbOrTx,
  actor: Actor,
  targets: { type: ReportableType; id: string; name: string }[],
  status: 'actioned' | 'dismissed',
  outcome: ReportOutcome,
): Promise<number> {
  let resolved = 0;
  for (const target of targets) {
    const closed = await tx
      .update(reports)
      .set({ status, resolvedById: actor.id, resolvedAt: new Date() })
      .where(and(eq(reports.targetType, target.type), eq(reports.targetId, target.id), eq(reports.status, 'open')))
      .returning({ reporterId: reports.reporterId });
    for (const { reporterId } of closed) {
      await sendNotice(tx, reporterId, 'notice.report_outcome', { target: target.name, targetType: target.type, outcome });
    }
    resolved += closed.length;
  }
  return resolved;
}

export async function countOpenReports(db: DbOrTx, targetType: ReportableType, targetIds: string[]): Promise<number> {
  if (targetIds.length === 0) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(reports)
    .where(and(eq(reports.status, 'open'), eq(reports.targetType, targetType), inArray(reports.targetId, targetIds)));
  return row?.n ?? 0;
}
