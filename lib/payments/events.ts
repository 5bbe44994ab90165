// Stripe webhooks: verify the signature, store each event id once, and hand each relevant type
// to its handler. Handlers re-read the object from Stripe, so event order never matters.
import 'server-only';
import type Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { stripeEvents } from '@/db/schema';
import { retrievePaymentIntent, settleFromPaymentIntent } from '@/lib/checkout/settle';
import { syncRefundsFromCharge } from '@/lib/studio/orders';
import { applyConnectAccount } from './connect';

type EventHandler = (db: Db, stripe: Stripe, event: Stripe.Event) => Promise<void>;

async function onPaymentIntentEvent(db: Db, stripe: Stripe, event: Stripe.Event) {
  const intent = event.data.object as Stripe.PaymentIntent;
  await settleFromPaymentIntent(db, stripe, await retrievePaymentIntent(stripe, intent.id));
}

// Brand studio: a brand's Connect account flags, and refunds (also ones made outside the studio).
async function onAccountUpdated(db: Db, stripe: Stripe, event: Stripe.Event) {
  const account = event.data.object as Stripe.Account;
  await applyConnectAccount(db, await stripe.accounts.retrieve(account.id));
}

async function onChargeRefunded(db: Db, stripe: Stripe, event: Stripe.Event) {
  const charge = event.data.object as Stripe.Charge;
  await syncRefundsFromCharge(db, await stripe.charges.retrieve(charge.id));
}

const HANDLERS: Partial<Record<Stripe.Event.Type, EventHandler>> = {
  'payment_intent.succeeded': onPaymentIntentEvent,
  'payment_intent.payment_failed': onPaymentIntentEvent,
  'payment_intent.canceled': onPaymentIntentEvent,
  'payment_intent.amount_capturable_updated': onPaymentIntentEvent,
  'account.updated': onAccountUpdated,
  'charge.refunded': onChargeRefunded,
};

export class WebhookSignatureError extends Error {}

export function verifyStripeEvent(stripe: Stripe, payload: string, signature: string | null, secret: string | undefined): Stripe.Event {
  if (!secret) throw new WebhookSignatureError('STRIPE_WEBHOOK_SECRET is not set');
  if (!signature) throw new WebhookSignatureError('missing Stripe-Signature header');
  try {
    return stripe.webhooks.constructEvent(payload, signature, secret);
  } catch (error) {
    throw new WebhookSignatureError(error instanceof Error ? error.message : 'bad signature', { cause: error });
  }
}

/**
 * Handles an event once. The handler runs before the id is stored, so an event whose handling
 * failed is retried by Stripe; the handlers themselves are idempotent, so a crash between the two
 * steps is harmless.
 */
export async function handleStripeEvent(db: Db, stripe: Stripe, event: Stripe.Event): Promise<'handled' | 'duplicate' | 'ignored'> {
  const handler = HANDLERS[event.type];
  const [seen] = await db.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, event.id));
  if (seen) return 'duplicate';
  if (handler) await handler(db, stripe, event);
  const stored = await db.insert(stripeEvents).values({ id: event.id, type: event.type }).onConflictDoNothing().returning({ id: stripeEvents.id });
  if (!stored.length) return 'duplicate';
  return handler ? 'handled' : 'ignored';
}
