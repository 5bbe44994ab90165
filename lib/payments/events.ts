// Stripe webhooks: verify the signature, store each event id once, and hand each relevant type
// to its handler. Handlers re-read the object from Stripe, so event order never matters.
import 'server-only';
import type Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { stripeEvents } from '@/db/schema';
import { retrievePaymentIntent, settleFromPaymentIntent } from '@/lib/checkout/settle';
import { syncRefundsFromCharge } from '@/lib/studio/refunds';
import { applyConnectAccount } from './connect';
import type { HandledEventType } from './webhook-events';

// A handler says whether the event concerned something of ours; 'ignored' is still a 2xx answer.
type EventHandler = (db: Db, stripe: Stripe, event: Stripe.Event) => Promise<'handled' | 'ignored'>;

/** The id of the event's object when it has the expected prefix (pi_, ch_, acct_); null otherwise. */
function objectId(event: Stripe.Event, prefix: string): string | null {
  const object: unknown = event.data?.object;
  const id = object && typeof object === 'object' ? (object as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.startsWith(prefix) && id.length <= 255 ? id : null;
}

/** Re-reads an object from Stripe; null when Stripe has no such object (not ours, or made up). */
async function unlessMissing<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if ((error as { code?: unknown })?.code === 'resource_missing') return null;
    throw error;
  }
}

async function onPaymentIntentEvent(db: Db, stripe: Stripe, event: Stripe.Event) {
  const id = objectId(event, 'pi_');
  const intent = id && (await unlessMissing(() => retrievePaymentIntent(stripe, id)));
  if (!intent) return 'ignored';
  return (await settleFromPaymentIntent(db, stripe, intent)) === 'not_ours' ? 'ignored' : 'handled';
}

// Brand studio: a brand's Connect account flags, and refunds (also ones made outside the studio).
async function onAccountUpdated(db: Db, stripe: Stripe, event: Stripe.Event) {
  const id = objectId(event, 'acct_');
  const account = id && (await unlessMissing(() => stripe.accounts.retrieve(id)));
  return account && (await applyConnectAccount(db, account)) ? 'handled' : 'ignored';
}

async function onChargeRefunded(db: Db, stripe: Stripe, event: Stripe.Event) {
  const id = objectId(event, 'ch_');
  const charge = id && (await unlessMissing(() => stripe.charges.retrieve(id)));
  return charge && (await syncRefundsFromCharge(db, charge)) ? 'handled' : 'ignored';
}

const HANDLERS: Record<HandledEventType, EventHandler> = {
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
  const handler = (HANDLERS as Partial<Record<string, EventHandler>>)[event.type];
  const [seen] = await db.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, event.id));
  if (seen) return 'duplicate';
  const outcome = handler ? await handler(db, stripe, event) : 'ignored';
  const stored = await db.insert(stripeEvents).values({ id: event.id, type: event.type }).onConflictDoNothing().returning({ id: stripeEvents.id });
  if (!stored.length) return 'duplicate';
  return outcome;
}
