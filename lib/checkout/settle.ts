// Order outcomes decided by Stripe's word: a PaymentIntent read from Stripe (never the browser's
// report) moves its order through the lifecycle (lib/orders): paid, authorised for a drop,
// released, or a failed attempt recorded. Each transition happens at most once, whatever order
// events arrive in.
import 'server-only';
import type Stripe from 'stripe';
import type { Db } from '@/db/open';
import { postOrderCard } from '@/lib/conversations/order-cards';
import { authoriseOrder, recordPaymentFailure } from '@/lib/orders/transitions';
import { cancelOrder } from '@/lib/orders/stock-transitions';
import { afterDropAuthorization } from '@/lib/studio/drops';
import { describePaymentIntentCard } from './payment-summary';
import { storedDecline } from '@/lib/payments/decline-messages';
import { orderForIntent, settlePaid, shippingOf, type SettleOutcome } from './settle-paid';

export async function retrievePaymentIntent(stripe: Stripe, id: string): Promise<Stripe.PaymentIntent> {
  return stripe.paymentIntents.retrieve(id, { expand: ['latest_charge', 'payment_method'] });
}

/** Applies what Stripe says about a PaymentIntent to its order. Safe to call any number of times. */
export async function settleFromPaymentIntent(db: Db, stripe: Stripe, intent: Stripe.PaymentIntent): Promise<SettleOutcome> {
  const order = await orderForIntent(db, intent);
  if (!order) return 'not_ours';

  if (intent.status === 'succeeded') return settlePaid(db, stripe, order, intent);

  if (intent.status === 'requires_capture') {
    // A drop order: authorised now, captured only when the drop reaches its goal.
    const card = describePaymentIntentCard(intent);
    const authorized = await authoriseOrder(db, order.id, { paymentMethodSummary: card, shipping: shippingOf(intent) });
    if (authorized) {
      await postOrderCard(db, order, 'order.authorized', { card });
    }
    await afterDropAuthorization(db, stripe, order.postId);
    return authorized ? 'authorized' : 'unchanged';
  }

  if (intent.status === 'canceled') {
    return (await cancelOrder(db, order.id)) ? 'released' : 'unchanged';
  }

  if (intent.status === 'requires_payment_method' && intent.last_payment_error && order.status === 'pending_payment') {
    await recordPaymentFailure(db, order.id, storedDecline(intent.last_payment_error));
  }
  return 'unchanged';
}
