// The frame every admin action runs in: one transaction that authorizes the actor, requires a
// reason, acts and appends to the audit log. Stripe calls (cancelling PaymentIntents of orders
// that can no longer be paid) run after the commit.
import 'server-only';
import type { ModerationNotice } from '@/lib/conversations/catalog';
import type Stripe from 'stripe';
import type { Db, Tx } from '@/db/open';
import type { ModerationAction } from '@/db/schema';
import { sendNotice } from '@/lib/conversations/order-cards';
import { appendAudit, authorizeAdmin, requireReason, type Actor, type AuditEntry } from './audit';
import type { ReportableType } from './reports';
import type { TargetSummary } from './targets';

export interface ModerationInput {
  targetId: string;
  reason: string;
}

export interface ModerationDeps {
  /** Used to cancel the PaymentIntents of orders cancelled by a takedown. */
  stripe?: Stripe;
}

export interface Outcome {
  entry: Omit<AuditEntry, 'reason'>;
  paymentIntentsToCancel?: { orderId: string; paymentIntentId: string }[];
}

export async function moderate(db: Db, actor: Actor, reason: string, deps: ModerationDeps, act: (tx: Tx, reason: string) => Promise<Outcome>): Promise<ModerationAction> {
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

/** Tells the owner of what was moderated why, in their Hashcart conversation (worded when read). */
export async function tellOwner(tx: Tx, target: TargetSummary, notice: ModerationNotice, reason: string) {
  if (target.ownerId) await sendNotice(tx, target.ownerId, 'notice.moderation', { notice, reason, href: target.href });
}

export function reportTarget(target: TargetSummary) {
  return { type: target.type as ReportableType, id: target.id, name: target.name };
}
