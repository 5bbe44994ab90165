// Stripe's card errors, recognised by shape: the bundler can load the stripe SDK more than once
// (route handlers, server actions, instrumentation), so `instanceof Stripe.errors.StripeCardError`
// fails whenever another copy made the client — an off-session decline then looked like a crash.
import type Stripe from 'stripe';

export type CardError = Pick<Stripe.errors.StripeCardError, 'code' | 'decline_code' | 'message'> & {
  payment_intent: Stripe.PaymentIntent;
};

/** The card error with the PaymentIntent it left open, or null for anything else. */
export function cardErrorWithIntent(error: unknown): CardError | null {
  if (!error || typeof error !== 'object') return null;
  const candidate = error as { type?: unknown; payment_intent?: { id?: unknown } };
  if (candidate.type !== 'StripeCardError' || typeof candidate.payment_intent?.id !== 'string') return null;
  return error as CardError;
}
