// Admin actions. Each is one transaction that authorizes the actor, acts, resolves the related
// reports (telling reporters), tells the owner why, and appends to the audit log. Stripe calls
// (cancelling PaymentIntents of orders that can no longer be paid) run after the commit.
import 'server-only';
import type Stripe from 'stripe';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/open';
import { brands, conversationMessages, moderationActions, orders, postReviews, posts, prohibitedTerms, replies, sessions, users, type ModerationAction, type Post } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { postOrderCard, sendNotice } from '@/lib/conversations/order-cards';
import { releaseReservation } from '@/lib/checkout/reserve';
import { appendAudit, authorizeAdmin, requireReason, type Actor, type AuditEntry } from './audit';
import { resolveReports, type ReportableType } from './reports';
import { requireTarget, type TargetSummary } from './targets';

export interface ModerationInput {
  targetId: string;
  reason: string;
}

export interface ModerationDeps {
  /** Used to cancel the PaymentIntents of orders cancelled by a takedown. */
  stripe?: Stripe;
}

interface Outcome {
  entry: Omit<AuditEntry, 'reason'>;
  paymentIntentsToCancel?: { orderId: string; paymentIntentId: string }[];
}

async function moderate(db: Db, actor: Actor, reason: string, deps: ModerationDeps, act: (tx: Tx, reason: string) => Promise<Outcome>): Promise<ModerationAction> {
  const { logged, outcome } = await db.transaction(async (tx) => {
    const admin = await authorizeAdmin(tx, actor);
    const why = requireReason(reason);
    const result = await act(tx, why);
    return { logged: await appendAudit(tx, admin, { ...result.entry, reason: why }), outcome: result };
  });
  for (const { orderId, paymentIntentId } of outcome.paymentIntentsToCancel ?? []) {
    // The order is already cancelled and its stock back; a failed cancel only leaves an unpayable intent.
    await deps.stripe?.paymentIntents
      .cancel(paymentIntentId, {}, { idempotencyKey: `order-${orderId}-takedown` })
      .catch((error: unknown) => console.error('moderation: could not cancel a PaymentIntent', { orderId, error }));
  }
  return logged;
}

async function tellOwner(tx: Tx, target: TargetSummary, body: string) {
  if (target.ownerId) await sendNotice(tx, target.ownerId, 'notice.moderation', { text: body, href: target.href });
}

/** Cancels the open checkouts of posts taken down, giving their stock back, and tells the buyers. */
async function cancelPendingOrders(tx: Tx, postIds: string[]) {
  if (postIds.length === 0) return [];
  const pending = await tx
    .select({
      id: orders.id,
      buyerId: orders.buyerId,
      brandId: orders.brandId,
      postId: orders.postId,
      itemLabel: orders.itemLabel,
      quantity: orders.quantity,
      amountMinor: orders.amountMinor,
      currency: orders.currency,
      paymentIntentId: orders.paymentIntentId,
    })
    .from(orders)
    .where(and(inArray(orders.postId, postIds), eq(orders.status, 'pending_payment')))
    .for('update');
  const toCancel: { orderId: string; paymentIntentId: string }[] = [];
  for (const order of pending) {
    if (!(await releaseReservation(tx, order.id, 'canceled'))) continue;
    await postOrderCard(tx, order, 'order.canceled_takedown');
    if (order.paymentIntentId) toCancel.push({ orderId: order.id, paymentIntentId: order.paymentIntentId });
  }
  return toCancel;
}

async function setPostStatus(tx: Tx, postId: string, from: Post['status'][], to: Post['status']): Promise<Post> {
  const [post] = await tx
    .update(posts)
    // A post coming back from hidden keeps its publish time (it must not jump to the top of every
    // feed); one published for the first time (approved) goes out now.
    .set({ status: to, updatedAt: new Date(), ...(to === 'published' ? { publishedAt: from.includes('hidden') ? sql`coalesce(${posts.publishedAt}, now())` : new Date() } : {}) })
    .where(and(eq(posts.id, postId), inArray(posts.status, from)))
    .returning();
  if (!post) throw new DomainError('conflict', `Only a post that is ${from.join(' or ').replace('_', ' ')} can be changed that way.`);
  await tx.delete(postReviews).where(eq(postReviews.postId, postId));
  return post;
}

function reportTarget(target: TargetSummary) {
  return { type: target.type as ReportableType, id: target.id, name: target.name };
}

export function approvePost(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx, reason) => {
    const target = await requireTarget(tx, 'post', input.targetId);
    await setPostStatus(tx, input.targetId, ['pending_review'], 'published');
    await tellOwner(tx, target, `Your post is live: an admin approved it. Note: ${reason}`);
    return { entry: { action: 'approve_post', targetType: 'post', targetId: target.id, targetName: target.name, changes: { status: ['pending_review', 'published'] } } };
  });
}

export function hidePost(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx, reason) => {
    const target = await requireTarget(tx, 'post', input.targetId);
    const [before] = await tx.select({ status: posts.status }).from(posts).where(eq(posts.id, target.id));
    await setPostStatus(tx, target.id, ['published', 'pending_review'], 'hidden');
    const paymentIntentsToCancel = await cancelPendingOrders(tx, [target.id]);
    await resolveReports(tx, actor, [reportTarget(target)], 'actioned', 'we hid it. Thank you for telling us.');
    await tellOwner(tx, target, `An admin hid your post. Reason: ${reason}`);
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
    if (brand?.suspendedAt) throw new DomainError('brand_suspended', 'Lift the brand suspension first.');
    await setPostStatus(tx, target.id, ['hidden'], 'published');
    await tellOwner(tx, target, `An admin restored your post. Reason: ${reason}`);
    return { entry: { action: 'restore_post', targetType: 'post', targetId: target.id, targetName: target.name, changes: { status: ['hidden', 'published'] } } };
  });
}

export function removeReply(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx, reason) => {
    const target = await requireTarget(tx, 'reply', input.targetId);
    const [removed] = await tx.delete(replies).where(eq(replies.id, target.id)).returning();
    await resolveReports(tx, actor, [reportTarget(target)], 'actioned', 'we removed it. Thank you for telling us.');
    await tellOwner(tx, target, `An admin removed your reply. Reason: ${reason}`);
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
    if (!removed) throw new DomainError('conflict', 'That message is already removed.');
    await resolveReports(tx, actor, [reportTarget(target)], 'actioned', 'we removed it. Thank you for telling us.');
    await tellOwner(tx, target, `An admin removed your message. Reason: ${reason}`);
    return { entry: { action: 'remove_message', targetType: 'message', targetId: target.id, targetName: target.name, changes: { body: removed.body, conversationId: removed.conversationId } } };
  });
}

export function suspendBrand(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx, reason) => {
    const target = await requireTarget(tx, 'brand', input.targetId);
    const [brand] = await tx.select({ suspendedAt: brands.suspendedAt }).from(brands).where(eq(brands.id, target.id)).for('update');
    if (brand?.suspendedAt) throw new DomainError('conflict', 'That brand is already suspended.');
    await tx.update(brands).set({ suspendedAt: new Date() }).where(eq(brands.id, target.id));
    const visible = await tx
      .select({ id: posts.id, status: posts.status })
      .from(posts)
      .where(and(eq(posts.brandId, target.id), inArray(posts.status, ['published', 'pending_review'])));
    const ids = visible.map((post) => post.id);
    if (ids.length) {
      await tx.update(posts).set({ status: 'hidden', updatedAt: new Date() }).where(inArray(posts.id, ids));
      await tx.delete(postReviews).where(inArray(postReviews.postId, ids));
    }
    const paymentIntentsToCancel = await cancelPendingOrders(tx, ids);
    const postNames = await Promise.all(ids.map((id) => requireTarget(tx, 'post', id)));
    await resolveReports(tx, actor, [reportTarget(target), ...postNames.map(reportTarget)], 'actioned', 'we suspended the brand. Thank you for telling us.');
    await tellOwner(tx, target, `An admin suspended your brand; its posts are hidden and cannot be bought. Reason: ${reason}`);
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
    if (!brand?.suspendedAt) throw new DomainError('conflict', 'That brand is not suspended.');
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
      const [row] = await tx
        .update(posts)
        .set({ status: post.status, updatedAt: new Date() })
        .where(and(eq(posts.id, post.id), eq(posts.status, 'hidden')))
        .returning({ id: posts.id });
      if (row) restored.push(row.id);
    }
    await tellOwner(tx, target, `An admin lifted your brand's suspension. Reason: ${reason}`);
    return { entry: { action: 'lift_suspension', targetType: 'brand', targetId: target.id, targetName: target.name, changes: { restoredPostIds: restored } } };
  });
}

export function trustBrand(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx, reason) => {
    const target = await requireTarget(tx, 'brand', input.targetId);
    const [brand] = await tx
      .update(brands)
      .set({ trustedAt: new Date() })
      .where(and(eq(brands.id, target.id), isNull(brands.trustedAt)))
      .returning({ trustedAt: brands.trustedAt });
    if (!brand) throw new DomainError('conflict', 'That brand is already trusted.');
    await tellOwner(tx, target, `Your brand is now trusted: new posts publish without review. Note: ${reason}`);
    return { entry: { action: 'trust_brand', targetType: 'brand', targetId: target.id, targetName: target.name, changes: { trusted: true } } };
  });
}

export function banUser(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx) => {
    const target = await requireTarget(tx, 'user', input.targetId);
    if (target.id === actor.id) throw new DomainError('conflict', 'You cannot ban yourself.');
    const [user] = await tx.update(users).set({ bannedAt: new Date(), updatedAt: new Date() }).where(eq(users.id, target.id)).returning();
    if (!user) throw new DomainError('not_found', 'That user does not exist.');
    // Every open session ends now; sign-in refuses them from here on.
    const ended = await tx.delete(sessions).where(eq(sessions.userId, target.id)).returning({ id: sessions.id });
    return { entry: { action: 'ban_user', targetType: 'user', targetId: target.id, targetName: target.name, changes: { sessionsEnded: ended.length } } };
  });
}

export interface DismissInput extends ModerationInput {
  targetType: ReportableType;
}

export function dismissReports(db: Db, actor: Actor, input: DismissInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx) => {
    const target = await requireTarget(tx, input.targetType, input.targetId);
    const dismissed = await resolveReports(tx, actor, [reportTarget(target)], 'dismissed', 'we reviewed it and it does not break our rules.');
    if (dismissed === 0) throw new DomainError('conflict', 'There are no open reports on that.');
    return { entry: { action: 'dismiss_reports', targetType: target.type, targetId: target.id, targetName: target.name, changes: { dismissed } } };
  });
}

export interface TermInput {
  term: string;
  reason: string;
}

export function addProhibitedTerm(db: Db, actor: Actor, input: TermInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx) => {
    const term = input.term.trim().toLowerCase();
    if (term.length < 2 || term.length > 60) throw new DomainError('invalid_input', 'Use 2 to 60 characters.', 'term');
    const [row] = await tx.insert(prohibitedTerms).values({ term, createdById: actor.id }).onConflictDoNothing().returning();
    if (!row) throw new DomainError('conflict', `"${term}" is already on the list.`, 'term');
    return { entry: { action: 'add_term', targetType: 'term', targetId: row.id, targetName: `"${term}"`, changes: { term } } };
  });
}

export function removeProhibitedTerm(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx) => {
    const [row] = await tx.delete(prohibitedTerms).where(eq(prohibitedTerms.id, input.targetId)).returning();
    if (!row) throw new DomainError('not_found', 'That term is not on the list.');
    return { entry: { action: 'remove_term', targetType: 'term', targetId: row.id, targetName: `"${row.term}"`, changes: { term: row.term } } };
  });
}

export async function listProhibitedTerms(db: Db, actor: Actor) {
  await authorizeAdmin(db, actor);
  return db.select().from(prohibitedTerms).orderBy(prohibitedTerms.term);
}
