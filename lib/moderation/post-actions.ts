// Admin actions on posts: approve one held for review, hide one, restore a hidden one.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { brands, posts } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import type { Actor } from './audit';
import { moderate, reportTarget, tellOwner, type ModerationDeps, type ModerationInput } from './moderate';
import { moderatePost } from './post-status';
import { resolveReports } from './reports';
import { cancelPendingOrders } from './takedown-orders';
import { requireTarget } from './targets';

export function approvePost(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx, reason) => {
    const target = await requireTarget(tx, 'post', input.targetId);
    await moderatePost(tx, input.targetId, 'approve');
    await tellOwner(tx, target, 'postApproved', reason);
    return { entry: { action: 'approve_post', targetType: 'post', targetId: target.id, targetName: target.name, changes: { status: ['pending_review', 'published'] } } };
  });
}

export function hidePost(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx, reason) => {
    const target = await requireTarget(tx, 'post', input.targetId);
    const [before] = await tx.select({ status: posts.status }).from(posts).where(eq(posts.id, target.id));
    await moderatePost(tx, target.id, 'hide');
    const paymentIntentsToCancel = await cancelPendingOrders(tx, [target.id]);
    await resolveReports(tx, actor, [reportTarget(target)], 'actioned', 'hidden');
    await tellOwner(tx, target, 'postHidden', reason);
    return {
      entry: { action: 'hide_post', targetType: 'post', targetId: target.id, targetName: target.name, changes: { status: [before?.status, 'hidden'], cancelledOrders: paymentIntentsToCancel.length } },
      paymentIntentsToCancel,
    };
  });
}

export function restorePost(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx, reason) => {
    const target = await requireTarget(tx, 'post', input.targetId);
    const [brand] = await tx.select({ suspendedAt: brands.suspendedAt }).from(brands).where(eq(brands.id, target.brandId!));
    if (brand?.suspendedAt) throw new DomainError('brand_suspended', 'errors.moderation.liftSuspensionFirst');
    await moderatePost(tx, target.id, 'restore');
    await tellOwner(tx, target, 'postRestored', reason);
    return { entry: { action: 'restore_post', targetType: 'post', targetId: target.id, targetName: target.name, changes: { status: ['hidden', 'published'] } } };
  });
}
