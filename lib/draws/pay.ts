// A winner the off-session charge could not complete pays on-session: the entered card is confirmed
// again with the winner present, so the bank's challenge can be shown (Stripe.js takes over on
// requires_action), or another card is used through the order page.
// The confirmation says `use_stripe_sdk` so a challenge comes back as a modal for Stripe.js's
// handleNextAction on this page rather than a redirect away from it (Stripe's "finalize payments on
// the server" flow).
import 'server-only';
import type Stripe from 'stripe';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { drawEntries, draws, orders } from '@/db/schema';
import { settleFromPaymentIntent } from '@/lib/checkout/settle';
import { absoluteUrl } from '@/lib/config';
import { DomainError } from '@/lib/errors';
import { declineMessageKey, storedDecline, type DeclineKey, type StripeErrorLike } from '@/lib/payments/decline-messages';
import { chargeOffer } from './run';

/** `decline`: what went wrong, as a key of payments.declines the page words in the buyer's language. */
export type WinPayment = { status: 'paid' } | { status: 'requires_action'; clientSecret: string } | { status: 'failed'; decline: DeclineKey };

export async function payDrawWin(db: Db, stripe: Stripe, userId: string, postId: string): Promise<WinPayment> {
  const [row] = await db
    .select({ entry: drawEntries, order: orders })
    .from(drawEntries)
    .innerJoin(draws, eq(draws.id, drawEntries.drawId))
    .innerJoin(orders, eq(orders.id, drawEntries.orderId))
    .where(and(eq(draws.postId, postId), eq(drawEntries.userId, userId), eq(drawEntries.status, 'offered')));
  if (!row) throw new DomainError('not_found', 'errors.draw.noUnitWaiting');
  const { entry, order } = row;
  if (order.status === 'paid') return { status: 'paid' };
  if (order.status !== 'pending_payment' || order.expiresAt <= new Date() || !order.paymentIntentId) {
    throw new DomainError('invalid_state', 'errors.draw.payWindowPassed');
  }
  let intent: Stripe.PaymentIntent;
  try {
    intent = await stripe.paymentIntents.confirm(
      order.paymentIntentId,
      {
        payment_method: entry.paymentMethodId,
        use_stripe_sdk: true,
        return_url: absoluteUrl(`/p/${postId}`),
        expand: ['latest_charge', 'payment_method'],
      },
      { idempotencyKey: `draw-entry-${entry.id}-pay-${order.updatedAt.getTime()}` },
    );
  } catch (error) {
    await db.update(orders).set({ lastPaymentError: storedDecline(error as StripeErrorLike), updatedAt: new Date() }).where(eq(orders.id, order.id));
    return { status: 'failed', decline: declineMessageKey(error as StripeErrorLike) ?? 'generic' };
  }
  if (intent.status === 'requires_action' && intent.client_secret) return { status: 'requires_action', clientSecret: intent.client_secret };
  await settleFromPaymentIntent(db, stripe, intent);
  return (await chargeOffer(db, stripe, entry.id)) === 'won' ? { status: 'paid' } : { status: 'failed', decline: declineMessageKey(intent.last_payment_error) ?? 'generic' };
}

/** After the browser finished the bank's challenge: ask Stripe, and record the win. */
export async function refreshDrawWin(db: Db, stripe: Stripe, userId: string, postId: string): Promise<WinPayment> {
  const [row] = await db
    .select({ entry: drawEntries })
    .from(drawEntries)
    .innerJoin(draws, eq(draws.id, drawEntries.drawId))
    .where(and(eq(draws.postId, postId), eq(drawEntries.userId, userId)));
  if (!row || !['offered', 'won'].includes(row.entry.status)) throw new DomainError('not_found', 'errors.draw.noUnitWaiting');
  const outcome = await chargeOffer(db, stripe, row.entry.id);
  // Not paid after the challenge: the bank's check was not passed (or not finished).
  return outcome === 'won' ? { status: 'paid' } : { status: 'failed', decline: 'authenticationFailed' };
}
