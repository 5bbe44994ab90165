// Stripe's card errors in the buyer's language: its decline_code (or, without one, its code) picks a
// message in messages/<language>/payments.json (`payments.declines.<key>`). Import-free, so the
// browser (Stripe.js results) and the server (off-session charges, inbox cards) share it.
// As Stripe advises, a card reported lost, stolen or fraudulent reads as a plain decline.

export const DECLINE_KEYS = [
  'generic',
  'insufficientFunds',
  'expiredCard',
  'incorrectCvc',
  'incorrectNumber',
  'incorrectZip',
  'cardNotSupported',
  'processingError',
  'tryAgainLater',
  'authenticationRequired',
  'authenticationFailed',
] as const;
export type DeclineKey = (typeof DECLINE_KEYS)[number];

const BY_CODE: Record<string, DeclineKey> = {
  generic_decline: 'generic',
  card_declined: 'generic',
  do_not_honor: 'generic',
  fraudulent: 'generic',
  lost_card: 'generic',
  stolen_card: 'generic',
  pickup_card: 'generic',
  restricted_card: 'generic',
  security_violation: 'generic',
  merchant_blacklist: 'generic',
  transaction_not_allowed: 'generic',
  insufficient_funds: 'insufficientFunds',
  withdrawal_count_limit_exceeded: 'insufficientFunds',
  expired_card: 'expiredCard',
  incorrect_cvc: 'incorrectCvc',
  invalid_cvc: 'incorrectCvc',
  incorrect_number: 'incorrectNumber',
  invalid_number: 'incorrectNumber',
  incorrect_zip: 'incorrectZip',
  card_not_supported: 'cardNotSupported',
  currency_not_supported: 'cardNotSupported',
  processing_error: 'processingError',
  issuer_not_available: 'tryAgainLater',
  try_again_later: 'tryAgainLater',
  card_velocity_exceeded: 'tryAgainLater',
  approve_with_id: 'tryAgainLater',
  authentication_required: 'authenticationRequired',
  payment_intent_authentication_failure: 'authenticationFailed',
  setup_intent_authentication_failure: 'authenticationFailed',
};

export interface StripeErrorLike {
  type?: string | null;
  code?: string | null;
  decline_code?: string | null;
}

/**
 * The message key for a Stripe error the buyer should read in their language, or null when it is not
 * a card error (the Payment Element's own field messages already come in the Elements locale).
 */
export function declineMessageKey(error: StripeErrorLike | null | undefined): DeclineKey | null {
  if (!error) return null;
  const known = (error.decline_code && BY_CODE[error.decline_code]) || (error.code && BY_CODE[error.code]);
  if (known) return known;
  return error.type === 'card_error' ? 'generic' : null;
}

/**
 * What an order keeps as its last payment error: the message's full key, worded in the reader's
 * language when shown (orders written before this hold Stripe's English text, shown as it is).
 */
export function storedDecline(error: StripeErrorLike | null | undefined): `payments.declines.${DeclineKey}` {
  return `payments.declines.${declineMessageKey(error) ?? 'generic'}`;
}
