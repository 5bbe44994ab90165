// PaymentMethods: card details become a pm_ object (never storing the number), attach/detach to customers.
import { createHash } from 'node:crypto';
import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type RequestContext } from '../context';
import { cardError, invalidRequest, noSuch } from '../errors';
import { newId } from '../ids';
import { paginate } from '../pagination';
import { billingDetailsParam, cardDataParam, listParams, metadataParam, parseParams } from '../params';
import type { ApiRoute } from '../routes';
import type { CardRecord } from '../store';
import { cardBrand, describeTestCard, luhnValid, setupOutcome, TEST_PAYMENT_METHODS } from '../test-cards';
import { requireCustomer } from './customers';

type CardInput = z.output<typeof cardDataParam>;
type BillingInput = z.output<typeof billingDetailsParam>;

function billingDetails(input: BillingInput | undefined): Stripe.PaymentMethod.BillingDetails {
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

export interface CardPaymentMethodInput {
  card: CardInput;
  billing_details?: BillingInput;
  metadata?: Record<string, string> | null;
  allow_redisplay?: Stripe.PaymentMethod.AllowRedisplay;
}

export function createCardPaymentMethod(ctx: RequestContext, input: CardPaymentMethodInput): Stripe.PaymentMethod {
  const digits = validateCard(input.card, new Date(ctx.store.now() * 1000));
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
    created: ctx.store.now(),
    customer: null,
    customer_account: null,
    livemode: false,
    metadata: input.metadata ?? {},
    type: 'card',
  };
  ctx.store.state.paymentMethods[paymentMethod.id] = paymentMethod;
  ctx.store.state.cards[paymentMethod.id] = { behaviour: testCard.behaviour, setUpForFutureUse: false, consumed: false };
  return paymentMethod;
}

/** `pm_card_visa` and friends mint a fresh PaymentMethod on every use. */
export function resolvePaymentMethod(ctx: RequestContext, reference: string, param: string): Stripe.PaymentMethod {
  const testNumber = TEST_PAYMENT_METHODS[reference];
  if (testNumber) {
    const nextYear = new Date(ctx.store.now() * 1000).getUTCFullYear() + 1;
    return createCardPaymentMethod(ctx, { card: { number: testNumber, exp_month: 12, exp_year: nextYear, cvc: '123' } });
  }
  const found = ctx.store.state.paymentMethods[reference];
  if (!found) throw noSuch('PaymentMethod', reference, param);
  return found;
}

export function cardRecord(ctx: RequestContext, paymentMethodId: string): CardRecord {
  const record = ctx.store.state.cards[paymentMethodId];
  if (!record) throw new Error(`PaymentMethod ${paymentMethodId} has no test-card record`);
  return record;
}

export function attachPaymentMethod(ctx: RequestContext, paymentMethod: Stripe.PaymentMethod, customerId: string): void {
  if (paymentMethod.customer === customerId) return;
  if (paymentMethod.customer) {
    throw invalidRequest('The payment method you provided has already been attached to a customer.', {
      code: 'payment_method_unexpected_state',
    });
  }
  if (cardRecord(ctx, paymentMethod.id).consumed) {
    throw invalidRequest(
      'This PaymentMethod was previously used without being attached to a Customer or was detached from a Customer, and may not be used again.',
      { code: 'payment_method_unexpected_state', param: 'payment_method' },
    );
  }
  paymentMethod.customer = customerId;
  ctx.emit('payment_method.attached', paymentMethod);
}

export function requirePaymentMethod(ctx: RequestContext, id: string): Stripe.PaymentMethod {
  const found = ctx.store.state.paymentMethods[id];
  if (!found) throw noSuch('PaymentMethod', id);
  return found;
}

const createSchema = z.strictObject({
  type: z.literal('card'),
  card: cardDataParam,
  billing_details: billingDetailsParam.optional(),
  metadata: metadataParam.optional(),
  allow_redisplay: z.enum(['always', 'limited', 'unspecified']).optional(),
});

const updateSchema = z.strictObject({
  billing_details: billingDetailsParam.optional(),
  metadata: metadataParam.optional(),
  allow_redisplay: z.enum(['always', 'limited', 'unspecified']).optional(),
});

function listForCustomer(ctx: RequestContext, customer: string, query: z.output<typeof listSchema>, url: string) {
  requireCustomer(ctx, customer, 'customer');
  const items = Object.values(ctx.store.state.paymentMethods).filter(
    (pm) => pm.customer === customer && (query.type === undefined || pm.type === query.type),
  );
  return paginate(items, query, url);
}

const listSchema = z.strictObject({ ...listParams, customer: z.string().optional(), type: z.string().optional() });

export const paymentMethodRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/payment_methods',
    handler(ctx) {
      const params = parseParams(createSchema, ctx.params);
      return createCardPaymentMethod(ctx, params);
    },
  },
  {
    method: 'GET',
    path: '/v1/payment_methods/:id',
    handler: (ctx) => requirePaymentMethod(ctx, pathParam(ctx, 'id')),
  },
  {
    method: 'POST',
    path: '/v1/payment_methods/:id',
    handler(ctx) {
      const paymentMethod = requirePaymentMethod(ctx, pathParam(ctx, 'id'));
      const params = parseParams(updateSchema, ctx.params);
      if (params.billing_details) paymentMethod.billing_details = billingDetails(params.billing_details);
      if (params.metadata !== undefined) paymentMethod.metadata = params.metadata === null ? {} : { ...paymentMethod.metadata, ...params.metadata };
      if (params.allow_redisplay) paymentMethod.allow_redisplay = params.allow_redisplay;
      ctx.emit('payment_method.updated', paymentMethod);
      return paymentMethod;
    },
  },
  {
    method: 'POST',
    path: '/v1/payment_methods/:id/attach',
    handler(ctx) {
      // As in Stripe's test mode, attaching `pm_card_visa` mints a fresh card and attaches that.
      const paymentMethod = resolvePaymentMethod(ctx, pathParam(ctx, 'id'), 'id');
      const { customer } = parseParams(z.strictObject({ customer: z.string() }), ctx.params);
      requireCustomer(ctx, customer, 'customer');
      // Attaching runs a zero-amount check with the issuer, so declining cards fail here.
      const outcome = setupOutcome(cardRecord(ctx, paymentMethod.id).behaviour, { authenticated: true });
      if (outcome.kind === 'fail') throw cardError(outcome.failure);
      attachPaymentMethod(ctx, paymentMethod, customer);
      return paymentMethod;
    },
  },
  {
    method: 'POST',
    path: '/v1/payment_methods/:id/detach',
    handler(ctx) {
      const paymentMethod = requirePaymentMethod(ctx, pathParam(ctx, 'id'));
      parseParams(z.strictObject({}), ctx.params);
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
    },
  },
  {
    method: 'GET',
    path: '/v1/payment_methods',
    handler(ctx) {
      const query = parseParams(listSchema, ctx.params);
      if (!query.customer) throw unsupportedListWithoutCustomer();
      return listForCustomer(ctx, query.customer, query, '/v1/payment_methods');
    },
  },
  {
    method: 'GET',
    path: '/v1/customers/:customer/payment_methods',
    handler(ctx) {
      const customer = pathParam(ctx, 'customer');
      const query = parseParams(listSchema.omit({ customer: true }), ctx.params);
      return listForCustomer(ctx, customer, query, `/v1/customers/${customer}/payment_methods`);
    },
  },
];

function unsupportedListWithoutCustomer() {
  return invalidRequest('Listing PaymentMethods requires a customer.', { param: 'customer', code: 'parameter_missing' });
}
