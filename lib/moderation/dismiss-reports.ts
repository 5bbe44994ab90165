// Dismissing the open reports on something that breaks no rule; reporters are told.
import 'server-only';
import type { Db } from '@/db/open';
import { DomainError } from '@/lib/errors';
import type { Actor } from './audit';
import { moderate, reportTarget, type ModerationDeps, type ModerationInput } from './moderate';
import { resolveReports, type ReportableType } from './reports';
import { requireTarget } from './targets';

export interface DismissInput extends ModerationInput {
  targetType: ReportableType;
}

export function dismissReports(db: Db, actor: Actor, input: DismissInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx) => {
    const target = await requireTarget(tx, input.targetType, input.targetId);
    const dismissed = await resolveReports(tx, actor, [reportTarget(target)], 'dismissed', 'dismissed');
    if (dismissed === 0) throw new DomainError('conflict', 'errors.moderation.noOpenReports');
    return { entry: { action: 'dismiss_reports', targetType: target.type, targetId: target.id, targetName: target.name, changes: { dismissed } } };
  });
}
