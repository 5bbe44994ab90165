// Admin actions on brands: suspend (its visible posts hidden, open checkouts cancelled), lift the
// suspension (exactly those posts back), trust (new posts publish without review).
import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { brands, moderationActions, postReviews, posts, type Post } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { markBrandTrusted } from '@/lib/catalog/brands';
import { POST_TRANSITIONS } from '@/lib/catalog/post-lifecycle';
import { hidePosts, requeueHiddenPost, restoreHiddenPost } from '@/lib/catalog/post-transitions';
import type { Actor } from './audit';
import { moderate, reportTarget, tellOwner, type ModerationDeps, type ModerationInput } from './moderate';
import { resolveReports } from './reports';
import { cancelPendingOrders } from './takedown-orders';
import { requireTarget } from './targets';

export function suspendBrand(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx, reason) => {
    const target = await requireTarget(tx, 'brand', input.targetId);
    const [brand] = await tx.select({ suspendedAt: brands.suspendedAt }).from(brands).where(eq(brands.id, target.id)).for('update');
    if (brand?.suspendedAt) throw new DomainError('conflict', 'errors.moderation.alreadySuspended');
    await tx.update(brands).set({ suspendedAt: new Date() }).where(eq(brands.id, target.id));
    const visible = await tx
      .select({ id: posts.id, status: posts.status })
      .from(posts)
      .where(and(eq(posts.brandId, target.id), inArray(posts.status, [...POST_TRANSITIONS.hide.from])));
    const ids = visible.map((post) => post.id);
    if (ids.length) {
      await hidePosts(tx, ids);
      await tx.delete(postReviews).where(inArray(postReviews.postId, ids));
    }
    const paymentIntentsToCancel = await cancelPendingOrders(tx, ids);
    const postNames = await Promise.all(ids.map((id) => requireTarget(tx, 'post', id)));
    await resolveReports(tx, actor, [reportTarget(target), ...postNames.map(reportTarget)], 'actioned', 'suspended');
    await tellOwner(tx, target, 'brandSuspended', reason);
    return {
      // Lifting the suspension puts exactly these posts back the way they were.
      entry: { action: 'suspend_brand', targetType: 'brand', targetId: target.id, targetName: target.name, changes: { hiddenPosts: visible, cancelledOrders: paymentIntentsToCancel.length } },
      paymentIntentsToCancel,
    };
  });
}

export function liftSuspension(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx, reason) => {
    const target = await requireTarget(tx, 'brand', input.targetId);
    const [brand] = await tx.select().from(brands).where(eq(brands.id, target.id));
    if (!brand?.suspendedAt) throw new DomainError('conflict', 'errors.moderation.notSuspended');
    await tx.update(brands).set({ suspendedAt: null }).where(eq(brands.id, target.id));
    const [suspension] = await tx
      .select({ changes: moderationActions.changes })
      .from(moderationActions)
      .where(and(eq(moderationActions.action, 'suspend_brand'), eq(moderationActions.targetId, target.id)))
      .orderBy(desc(moderationActions.createdAt))
      .limit(1);
    const hidden = (suspension?.changes.hiddenPosts ?? []) as { id: string; status: Post['status'] }[];
    const restored: string[] = [];
    for (const post of hidden) {
      // Only posts still hidden: one an admin hid separately since stays down.
      const row = post.status === 'pending_review' ? await requeueHiddenPost(tx, post.id) : await restoreHiddenPost(tx, post.id);
      if (row) restored.push(row.id);
    }
    await tellOwner(tx, target, 'suspensionLifted', reason);
    return { entry: { action: 'lift_suspension', targetType: 'brand', targetId: target.id, targetName: target.name, changes: { restoredPostIds: restored } } };
  });
}

export function trustBrand(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx, reason) => {
    const target = await requireTarget(tx, 'brand', input.targetId);
    if (!(await markBrandTrusted(tx, target.id))) throw new DomainError('conflict', 'errors.moderation.alreadyTrusted');
    await tellOwner(tx, target, 'brandTrusted', reason);
    return { entry: { action: 'trust_brand', targetType: 'brand', targetId: target.id, targetName: target.name, changes: { trusted: true } } };
  });
}
