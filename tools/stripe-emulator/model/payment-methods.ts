// PaymentMethods: card details become a pm_ object (never storing the number), attached to and
// detached from customers; each has a test-card record saying how its charges behave.
import { createHash } from 'node:crypto';
import type Stripe from 'stripe';
import type { ModelContext } from '../context';
import { cardError, invalidRequest, StripeApiError, type CardFailure } from '../errors';
import { newId } from '../ids';
import type { CardRecord } from '../store';
import { cardBrand, describeTestCard, luhnValid, setupOutcome, TEST_PAYMENT_METHODS } from '../test-cards';
import { lookup } from './lookup';

export interface CardInput {
  number: string;
  exp_month: number;
  exp_year: number;
  cvc?: string;
}

export interface AddressInput {
  line1?: string;
  line2?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  country?: string;
}

export interface BillingInput {
  name?: string;
  email?: string;
  phone?: string;
  address?: AddressInput;
}

export interface CardPaymentMethodInput {
  card: CardInput;
  billing_details?: BillingInput;
  metadata?: Record<string, string> | null;
  allow_redisplay?: Stripe.PaymentMethod.AllowRedisplay;
}

export function billingDetails(input: BillingInput | undefined): Stripe.PaymentMethod.BillingDetails {
  const address = input?.address;
  return {
    address: {
      city: address?.city ?? null,
      country: address?.country ?? null,
      line1: address?.line1 ?? null,
      line2: address?.line2 ?? null,
      postal_code: address?.postal_code ?? null,
      state: address?.state ?? null,
    },
    email: input?.email ?? null,
    name: input?.name ?? null,
    phone: input?.phone ?? null,
    tax_id: null,
  };
}

function validateCard(card: CardInput, now: Date): string {
  const digits = card.number.replace(/[\s-]/g, '');
  if (!luhnValid(digits)) {
    throw cardError({ code: 'incorrect_number', message: 'Your card number is incorrect.', param: 'number' });
  }
  if (card.exp_month < 1 || card.exp_month > 12) {
    throw cardError({ code: 'invalid_expiry_month', message: "Your card's expiration month is invalid.", param: 'exp_month' });
  }
  const year = card.exp_year < 100 ? 2000 + card.exp_year : card.exp_year;
  const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  if (year * 12 + card.exp_month - 1 < thisMonth) {
    throw cardError({ code: 'expired_card', message: 'Your card has expired.', param: 'exp_year', decline_code: 'expired_card' });
  }
  if (card.cvc !== undefined && !/^\d{3,4}$/.test(card.cvc)) {
    throw cardError({ code: 'invalid_cvc', message: "Your card's security code is invalid.", param: 'cvc' });
  }
  return digits;
}

/**
 * Stripe's fingerprint: the same card number gives the same 16 alphanumeric characters, whoever
 * saves it and however often, so a shop can tell two accounts share a card without seeing it.
 */
export function cardFingerprint(digits: string): string {
  return createHash('sha256').update(`card:${digits}`).digest('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 16);
}

export function createCardPaymentMethod(ctx: ModelContext, input: CardPaymentMethodInput): Stripe.PaymentMethod {
  const digits = validateCard(input.card, new Date(ctx.tx.now() * 1000));
  const testCard = describeTestCard(digits);
  const brand = cardBrand(digits);
  const year = input.card.exp_year < 100 ? 2000 + input.card.exp_year : input.card.exp_year;
  const paymentMethod: Stripe.PaymentMethod = {
    id: newId('pm'),
    object: 'payment_method',
    allow_redisplay: input.allow_redisplay ?? 'unspecified',
    billing_details: billingDetails(input.billing_details),
    card: {
      brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: input.card.cvc ? 'pass' : null },
      country: testCard.country,
      display_brand: brand,
      exp_month: input.card.exp_month,
      exp_year: year,
      fingerprint: cardFingerprint(digits),
      funding: testCard.funding,
      generated_from: null,
      last4: digits.slice(-4),
      networks: { available: [brand], preferred: null },
      regulated_status: 'unregulated',
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: ctx.tx.now(),
    customer: null,
    customer_account: null,
    livemode: false,
    metadata: input.metadata ?? {},
    type: 'card',
  };
  ctx.tx.put('paymentMethods', paymentMethod.id, paymentMethod);
  ctx.tx.put('cards', paymentMethod.id, { behaviour: testCard.behaviour, setUpForFutureUse: false, consumed: false });
  return paymentMethod;
}

/** `pm_card_visa` and friends mint a fresh PaymentMethod on every use. */
export function resolvePaymentMethod(ctx: ModelContext, reference: string, param: string): Stripe.PaymentMethod {
  const testNumber = TEST_PAYMENT_METHODS[reference];
  if (testNumber) {
    const nextYear = new Date(ctx.tx.now() * 1000).getUTCFullYear() + 1;
    return createCardPaymentMethod(ctx, { card: { number: testNumber, exp_month: 12, exp_year: nextYear, cvc: '123' } });
  }
  return lookup(ctx.tx, 'paymentMethods', reference, { param });
}

/** What a PaymentIntent or SetupIntent confirm says about its card, and how to go on after any challenge. */
export interface CardConfirmInput {
  payment_method?: string;
  payment_method_data?: CardPaymentMethodInput;
  return_url?: string;
  use_stripe_sdk?: boolean;
}

/**
 * The card a confirm uses: new card details, else the PaymentMethod it names, else the one already
 * on the intent (`current`); null when there is none. A card unusable as given (bad number, past
 * expiry) is still a failed attempt on the intent: `failAttempt` records it there and returns the
 * error to answer.
 */
export function resolveConfirmCard(
  ctx: ModelContext,
  params: CardConfirmInput,
  current: string | Stripe.PaymentMethod | null,
  failAttempt: (failure: CardFailure) => StripeApiError,
): Stripe.PaymentMethod | null {
  try {
    if (params.payment_method_data) return createCardPaymentMethod(ctx, params.payment_method_data);
    const reference = params.payment_method ?? (typeof current === 'string' ? current : null);
    return reference ? resolvePaymentMethod(ctx, reference, 'payment_method') : null;
  } catch (error) {
    if (error instanceof StripeApiError && error.body.type === 'card_error' && error.body.code) {
      const { code, message, decline_code, param } = error.body;
      throw failAttempt({ code, message, decline_code, param });
    }
    throw error;
  }
}

export function cardRecord(ctx: ModelContext, paymentMethodId: string): CardRecord {
  const record = ctx.tx.get('cards', paymentMethodId);
  if (!record) throw new Error(`PaymentMethod ${paymentMethodId} has no test-card record`);
  return record;
}

function refuseConsumed(ctx: ModelContext, paymentMethod: Stripe.PaymentMethod, param?: string): void {
  if (cardRecord(ctx, paymentMethod.id).consumed) {
    throw invalidRequest(
      'This PaymentMethod was previously used without being attached to a Customer or was detached from a Customer, and may not be used again.',
      { code: 'payment_method_unexpected_state', ...(param ? { param } : {}) },
    );
  }
}

/** Attaches without asking the issuer (a payment or setup that just succeeded already did). */
export function attachPaymentMethod(ctx: ModelContext, paymentMethod: Stripe.PaymentMethod, customerId: string): void {
  if (paymentMethod.customer === customerId) return;
  if (paymentMethod.customer) {
    throw invalidRequest('The payment method you provided has already been attached to a customer.', {
      code: 'payment_method_unexpected_state',
    });
  }
  refuseConsumed(ctx, paymentMethod, 'payment_method');
  paymentMethod.customer = customerId;
  ctx.emit('payment_method.attached', paymentMethod);
}

/** `POST /v1/payment_methods/:id/attach`: attaching runs a zero-amount check, so declining cards fail. */
export function attachWithCheck(ctx: ModelContext, reference: string, customerId: string): Stripe.PaymentMethod {
  // As in Stripe's test mode, attaching `pm_card_visa` mints a fresh card and attaches that.
  const paymentMethod = resolvePaymentMethod(ctx, reference, 'id');
  lookup(ctx.tx, 'customers', customerId, { param: 'customer' });
  const outcome = setupOutcome(cardRecord(ctx, paymentMethod.id).behaviour, { authenticated: true });
  if (outcome.kind === 'fail') throw cardError(outcome.failure);
  attachPaymentMethod(ctx, paymentMethod, customerId);
  return paymentMethod;
}

export function detachPaymentMethod(ctx: ModelContext, paymentMethod: Stripe.PaymentMethod): Stripe.PaymentMethod {
  if (!paymentMethod.customer) {
    throw invalidRequest('The payment method you provided is not attached to a customer so detachment is impossible.', {
      code: 'payment_method_unexpected_state',
    });
  }
  const previousCustomer = paymentMethod.customer;
  paymentMethod.customer = null;
  cardRecord(ctx, paymentMethod.id).consumed = true;
  ctx.emit('payment_method.detached', paymentMethod, { customer: previousCustomer });
  return paymentMethod;
}

export interface PaymentMethodChanges {
  billing_details?: BillingInput;
  metadata?: Record<string, string> | null;
  allow_redisplay?: Stripe.PaymentMethod.AllowRedisplay;
}

export function updatePaymentMethod(ctx: ModelContext, paymentMethod: Stripe.PaymentMethod, changes: PaymentMethodChanges): Stripe.PaymentMethod {
  if (changes.billing_details) paymentMethod.billing_details = billingDetails(changes.billing_details);
  if (changes.metadata !== undefined) paymentMethod.metadata = changes.metadata === null ? {} : { ...paymentMethod.metadata, ...changes.metadata };
  if (changes.allow_redisplay) paymentMethod.allow_redisplay = changes.allow_redisplay;
  ctx.emit('payment_method.updated', paymentMethod);
  return paymentMethod;
}

/** A customer's cards (and other types), oldest first. */
export function paymentMethodsOf(ctx: ModelContext, customerId: string, type: string | undefined): Stripe.PaymentMethod[] {
  lookup(ctx.tx, 'customers', customerId, { param: 'customer' });
  const found: Stripe.PaymentMethod[] = [];
  for (const pm of ctx.tx.values('paymentMethods')) if (pm.customer === customerId && (type === undefined || pm.type === type)) found.push(pm);
  return found;
}
