import { describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { cardErrorWithIntent } from './card-error';

describe('cardErrorWithIntent', () => {
  const intent = { id: 'pi_123', object: 'payment_intent', status: 'requires_payment_method' };

  it('recognises a card error made by another copy of the SDK (not an instance of this one)', () => {
    const foreign = Object.assign(new Error('Your card was declined.'), { type: 'StripeCardError', code: 'authentication_required', payment_intent: intent });
    expect(foreign instanceof Stripe.errors.StripeCardError).toBe(false);
    expect(cardErrorWithIntent(foreign)?.payment_intent.id).toBe('pi_123');
  });

  it('recognises one made by this copy', () => {
    const own = new Stripe.errors.StripeCardError({ type: 'card_error', code: 'card_declined', message: 'declined', payment_intent: intent as never });
    expect(cardErrorWithIntent(own)?.code).toBe('card_declined');
  });

  it('refuses other errors and card errors without an intent', () => {
    expect(cardErrorWithIntent(new Error('boom'))).toBeNull();
    expect(cardErrorWithIntent(Object.assign(new Error('x'), { type: 'StripeCardError' }))).toBeNull();
    expect(cardErrorWithIntent(Object.assign(new Error('x'), { type: 'StripeAPIError', payment_intent: intent }))).toBeNull();
    expect(cardErrorWithIntent(null)).toBeNull();
  });
});
