'use server';
import type { z } from 'zod';
import { authedAction, done, type ActionResult, type ActionState } from '@/lib/actions/define-action';
import { checkoutLine, type LeaveLine } from '@/lib/checkout/admission';
import { startCheckout as start, type CheckoutSession } from '@/lib/checkout/start-checkout';
import { getStripe } from '@/lib/payments/stripe';
import { startCheckoutSchema } from './schemas';

const startAs = (leaveLine: LeaveLine) =>
  authedAction({ schema: startCheckoutSchema }, async (input, { viewer, db }) => {
    const stripe = getStripe();
    // A returning buyer's Stripe customer comes with the viewer; a first-time buyer gets one only if
    // they choose to save the card (lib/payments/customers consentToSaveCard), not on every checkout.
    const extra = viewer.stripeCustomerId ? { customer: viewer.stripeCustomerId } : {};
    return done(await start(db, stripe, { ...input, buyerId: viewer.id, source: 'button' }, { extra, leaveLine }));
  });

/**
 * Buyers of a variant take their turn in its line (lib/checkout/admission) before even the session
 * is looked up, so in a drop the earliest arrivals are served first instead of with the burst. The
 * line is keyed by the variant the request names; the guard inside still checks who is calling and
 * what they asked for, and a request naming no variant is refused by it without queueing.
 */
export async function startCheckout(previous: ActionState<CheckoutSession>, raw: FormData | z.input<typeof startCheckoutSchema>): Promise<ActionResult<CheckoutSession>> {
  // Any value may arrive from the wire: only a string names a line.
  const variantId: unknown = raw instanceof FormData ? raw.get('variantId') : (raw as { variantId?: unknown } | null)?.variantId;
  if (typeof variantId !== 'string') return startAs(() => {})(previous, raw);
  return checkoutLine.run(variantId, (leave) => startAs(leave)(previous, raw));
}
