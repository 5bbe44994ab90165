// One-tap buying: charge the saved card the confirmation offered. If the bank asks the buyer to
// authenticate, the browser takes over with the PaymentIntent's client secret.
import 'server-only';
import type Stripe from 'stripe';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { orders } from '@/db/schema';
import { settleFromPaymentIntent } from '@/lib/checkout/settle';
import { DomainError } from '@/lib/errors';
import { absoluteUrl } from '@/lib/config';
import { declineMessageKey, storedDecline, type DeclineKey, type StripeErrorLike } from '@/lib/payments/decline-messages';

/** `decline`: why the card was refused, a key of payments.declines worded in the buyer's language. */
export type SavedCardResult = { status: 'paid' } | { status: 'requires_action'; clientSecret: string } | { status: 'failed'; decline: DeclineKey };

export async function confirmWithSavedCard(db: Db, stripe: Stripe, buyerId: string, orderId: string): Promise<SavedCardResult> {
  const [order] = await db.select().from(orders).where(and(eq(orders.id, orderId), eq(orders.buyerId, buyerId)));
  if (!order) throw new DomainError('not_found', 'errors.reply.purchaseNotFound');
  if (order.status === 'paid') return { status: 'paid' };
  if (order.status !== 'pending_payment' || order.expiresAt <= new Date() || !order.paymentIntentId) {
    throw new DomainError('not_buyable', 'errors.reply.purchaseLapsed');
  }
  let intent: Stripe.PaymentIntent;
  try {
    intent = await stripe.paymentIntents.confirm(
      order.paymentIntentId,
      // use_stripe_sdk: a challenge opens as a modal over the thread (handleNextAction), not a redirect.
      { use_stripe_sdk: true, return_url: absoluteUrl(`/orders/${order.id}`), expand: ['latest_charge', 'payment_method'] },
      { idempotencyKey: `order-${order.id}-one-tap-${order.updatedAt.getTime()}` },
    );
  } catch (error) {
    await db.update(orders).set({ lastPaymentError: storedDecline(error as StripeErrorLike), updatedAt: new Date() }).where(eq(orders.id, order.id));
    return { status: 'failed', decline: declineMessageKey(error as StripeErrorLike) ?? 'generic' };
  }
  if (intent.status === 'requires_action' && intent.client_secret) return { status: 'requires_action', clientSecret: intent.client_secret };
  const outcome = await settleFromPaymentIntent(db, stripe, intent);
  if (outcome === 'paid' || outcome === 'already_paid') return { status: 'paid' };
  return { status: 'failed', decline: declineMessageKey(intent.last_payment_error) ?? 'generic' };
}
