// The only way Stripe talks to us.
import { getDb } from '@/db/client';
import { getStripe } from '@/lib/payments/stripe';
import { handleStripeEvent, verifyStripeEvent, WebhookSignatureError } from '@/lib/payments/events';

export async function POST(request: Request) {
  const payload = await request.text();
  const stripe = getStripe();
  let event;
  try {
    event = verifyStripeEvent(stripe, payload, request.headers.get('stripe-signature'), process.env.STRIPE_WEBHOOK_SECRET);
  } catch (error) {
    if (error instanceof WebhookSignatureError) return Response.json({ error: 'invalid_signature' }, { status: 400 });
    throw error;
  }
  try {
    const outcome = await handleStripeEvent(await getDb(), stripe, event);
    return Response.json({ received: true, outcome });
  } catch (error) {
    console.error('stripe webhook: handling failed', { eventId: event.id, type: event.type, error });
    return Response.json({ error: 'handler_failed' }, { status: 500 });
  }
}
