// Stripe's documented test cards (https://docs.stripe.com/testing) and what each does when charged or set up.
import type { CardFailure } from './errors';

export type CardBehaviour =
  | 'succeed'
  | 'decline_generic'
  | 'decline_insufficient_funds'
  | 'decline_lost_card'
  | 'decline_stolen_card'
  | 'decline_expired_card'
  | 'decline_incorrect_cvc'
  | 'decline_processing_error'
  /** 4000000000000341: attaches to a customer, every charge fails. */
  | 'charge_customer_fail'
  /** 4000002500003155: authentication on-session, none once set up for future use. */
  | 'authenticate_unless_set_up'
  /** 4000002760003184, 4000000000003220: authentication on every transaction. */
  | 'authenticate_always'
  /** A Luhn-valid number that is not a test card: Stripe refuses real cards in test mode. */
  | 'live_card_in_test_mode';

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'diners' | 'jcb' | 'unionpay' | 'unknown';

interface TestCard {
  behaviour: CardBehaviour;
  funding: 'credit' | 'debit' | 'prepaid';
  country: string;
}

const TEST_CARDS: Record<string, TestCard> = {
  '4242424242424242': { behaviour: 'succeed', funding: 'credit', country: 'US' },
  '4000056655665556': { behaviour: 'succeed', funding: 'debit', country: 'US' },
  '5555555555554444': { behaviour: 'succeed', funding: 'credit', country: 'US' },
  '2223003122003222': { behaviour: 'succeed', funding: 'credit', country: 'US' },
  '5200828282828210': { behaviour: 'succeed', funding: 'debit', country: 'US' },
  '378282246310005': { behaviour: 'succeed', funding: 'credit', country: 'US' },
  '6011111111111117': { behaviour: 'succeed', funding: 'credit', country: 'US' },
  '4000000000000002': { behaviour: 'decline_generic', funding: 'credit', country: 'US' },
  '4000000000009995': { behaviour: 'decline_insufficient_funds', funding: 'credit', country: 'US' },
  '4000000000009987': { behaviour: 'decline_lost_card', funding: 'credit', country: 'US' },
  '4000000000009979': { behaviour: 'decline_stolen_card', funding: 'credit', country: 'US' },
  '4000000000000069': { behaviour: 'decline_expired_card', funding: 'credit', country: 'US' },
  '4000000000000127': { behaviour: 'decline_incorrect_cvc', funding: 'credit', country: 'US' },
  '4000000000000119': { behaviour: 'decline_processing_error', funding: 'credit', country: 'US' },
  '4000000000000341': { behaviour: 'charge_customer_fail', funding: 'credit', country: 'US' },
  '4000002500003155': { behaviour: 'authenticate_unless_set_up', funding: 'credit', country: 'US' },
  '4000002760003184': { behaviour: 'authenticate_always', funding: 'credit', country: 'US' },
  '4000000000003220': { behaviour: 'authenticate_always', funding: 'credit', country: 'US' },
};

/** Server-side test PaymentMethod ids; each use creates a fresh pm_ object, as Stripe does. */
export const TEST_PAYMENT_METHODS: Record<string, string> = {
  pm_card_visa: '4242424242424242',
  pm_card_visa_debit: '4000056655665556',
  pm_card_mastercard: '5555555555554444',
  pm_card_amex: '378282246310005',
  pm_card_discover: '6011111111111117',
  pm_card_chargeDeclined: '4000000000000002',
  pm_card_chargeDeclinedInsufficientFunds: '4000000000009995',
  pm_card_chargeDeclinedLostCard: '4000000000009987',
  pm_card_chargeDeclinedStolenCard: '4000000000009979',
  pm_card_chargeDeclinedExpiredCard: '4000000000000069',
  pm_card_chargeDeclinedIncorrectCvc: '4000000000000127',
  pm_card_chargeDeclinedProcessingError: '4000000000000119',
  pm_card_chargeCustomerFail: '4000000000000341',
  pm_card_authenticationRequiredOnSetup: '4000002500003155',
  pm_card_authenticationRequired: '4000002760003184',
  pm_card_threeDSecure2Required: '4000000000003220',
};

// Kept free of inner functions and closures: the browser stand-in embeds these via Function#toString.
export function luhnValid(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function cardBrand(digits: string): CardBrand {
  if (/^4/.test(digits)) return 'visa';
  if (/^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^(6011|65|64[4-9])/.test(digits)) return 'discover';
  if (/^3(0[0-5]|[689])/.test(digits)) return 'diners';
  if (/^35/.test(digits)) return 'jcb';
  if (/^62/.test(digits)) return 'unionpay';
  return 'unknown';
}

export function cardNumberLength(brand: string): number {
  if (brand === 'amex') return 15;
  if (brand === 'diners') return 14;
  return 16;
}

export function describeTestCard(digits: string): TestCard {
  return TEST_CARDS[digits] ?? { behaviour: 'live_card_in_test_mode', funding: 'credit', country: 'US' };
}

const DECLINES: Partial<Record<CardBehaviour, CardFailure>> = {
  decline_generic: { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' },
  charge_customer_fail: { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' },
  decline_insufficient_funds: { code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  decline_lost_card: { code: 'card_declined', decline_code: 'lost_card', message: 'Your card was declined.' },
  decline_stolen_card: { code: 'card_declined', decline_code: 'stolen_card', message: 'Your card was declined.' },
  decline_expired_card: { code: 'expired_card', decline_code: 'expired_card', message: 'Your card has expired.' },
  decline_incorrect_cvc: { code: 'incorrect_cvc', decline_code: 'incorrect_cvc', message: "Your card's security code is incorrect." },
  decline_processing_error: {
    code: 'processing_error',
    decline_code: 'processing_error',
    message: 'An error occurred while processing your card. Try again in a little bit.',
  },
  live_card_in_test_mode: {
    code: 'card_declined',
    decline_code: 'test_mode_live_card',
    message:
      'Your card was declined. Your request was in test mode, but used a non test card. For a list of valid test cards, visit: https://stripe.com/docs/testing.',
  },
};

const AUTHENTICATION_REQUIRED: CardFailure = {
  code: 'authentication_required',
  decline_code: 'authentication_required',
  message: 'Your card was declined. This transaction requires authentication.',
};

export type AttemptOutcome = { kind: 'succeed' } | { kind: 'requires_action' } | { kind: 'fail'; failure: CardFailure };

export interface AttemptContext {
  /** The customer is not present, so a challenge cannot be shown. */
  offSession: boolean;
  /** The card was set up (SetupIntent or setup_future_usage) with authentication earlier. */
  setUpForFutureUse: boolean;
  /** The customer has just passed a challenge for this very attempt. */
  authenticated: boolean;
}

export function chargeOutcome(behaviour: CardBehaviour, ctx: AttemptContext): AttemptOutcome {
  const decline = DECLINES[behaviour];
  if (decline) return { kind: 'fail', failure: decline };
  const needsAuthentication =
    (behaviour === 'authenticate_always' || (behaviour === 'authenticate_unless_set_up' && !ctx.setUpForFutureUse)) && !ctx.authenticated;
  if (!needsAuthentication) return { kind: 'succeed' };
  return ctx.offSession ? { kind: 'fail', failure: AUTHENTICATION_REQUIRED } : { kind: 'requires_action' };
}

/** Setting up a card is a zero-amount check: issuer declines still fail, "charge fails later" cards pass. */
export function setupOutcome(behaviour: CardBehaviour, ctx: Pick<AttemptContext, 'authenticated'>): AttemptOutcome {
  if (behaviour === 'charge_customer_fail' || behaviour === 'decline_insufficient_funds') return { kind: 'succeed' };
  const decline = DECLINES[behaviour];
  if (decline) return { kind: 'fail', failure: decline };
  const needsAuthentication = behaviour === 'authenticate_always' || behaviour === 'authenticate_unless_set_up';
  return needsAuthentication && !ctx.authenticated ? { kind: 'requires_action' } : { kind: 'succeed' };
}
