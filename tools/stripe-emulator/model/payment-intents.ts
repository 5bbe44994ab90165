// PaymentIntents and their status machine: requires_payment_method → requires_confirmation → (requires_action)
// → requires_capture | succeeded, or back to requires_payment_method after a decline; canceled from any open state.
import type Stripe from 'stripe';
import type { ModelContext } from '../context';
import { cardError, invalidRequest, StripeApiError, unexpectedState, type CardFailure } from '../errors';
import { newClientSecret, newId } from '../ids';
import { chargeOutcome, type AttemptOutcome } from '../test-cards';
import { abandonAuthentications, startAuthentication } from './authentication';
import { createCharge } from './charges';
import { toShipping, type ShippingInput } from './customers';
import { lookup } from './lookup';
import { attachPaymentMethod, cardRecord, resolveConfirmCard, resolvePaymentMethod, type CardConfirmInput } from './payment-methods';

/** Stripe's minimum charge in the currencies Hashcart is likely to use; others are not checked. */
const MINIMUM_AMOUNT: Record<string, number> = { usd: 50, eur: 50, cad: 50, aud: 50, chf: 50, gbp: 30 };

type CaptureMethod = Stripe.PaymentIntent.CaptureMethod;
type FutureUsage = 'on_session' | 'off_session';

interface DescribingInput {
  description?: string | null;
  metadata?: Record<string, string> | null;
  statement_descriptor?: string | null;
  statement_descriptor_suffix?: string | null;
  transfer_group?: string | null;
  application_fee_amount?: number | null;
  receipt_email?: string | null;
  shipping?: ShippingInput | null;
}

export interface ConfirmInput extends CardConfirmInput {
  off_session?: boolean;
  setup_future_usage?: FutureUsage | null;
  shipping?: ShippingInput | null;
  receipt_email?: string | null;
  error_on_requires_action?: boolean;
  capture_method?: CaptureMethod;
}

export interface CreateInput extends DescribingInput, ConfirmInput {
  amount: number;
  currency: string;
  customer?: string;
  automatic_payment_methods?: { enabled: boolean; allow_redirects?: 'always' | 'never' };
  confirmation_method?: 'automatic' | 'manual';
  confirm?: boolean;
  on_behalf_of?: string;
  transfer_data?: { destination: string; amount?: number };
}

export interface UpdateInput extends DescribingInput {
  amount?: number;
  currency?: string;
  customer?: string;
  payment_method?: string;
  setup_future_usage?: FutureUsage | null;
  capture_method?: CaptureMethod;
  transfer_data?: { amount?: number };
}

export interface CaptureInput {
  amount_to_capture?: number;
  application_fee_amount?: number;
  metadata?: Record<string, string> | null;
}

function checkAmount(amount: number, currency: string): void {
  const minimum = MINIMUM_AMOUNT[currency];
  if (minimum !== undefined && amount < minimum) {
    throw invalidRequest(`Amount must be at least ${minimum} ${currency} cents`, { param: 'amount', code: 'amount_too_small' });
  }
}

function checkDestination(ctx: ModelContext, destination: string): void {
  const account = lookup(ctx.tx, 'accounts', destination, { param: 'transfer_data[destination]' });
  if (account.capabilities?.transfers !== 'active') {
    throw invalidRequest(
      'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
      { param: 'transfer_data[destination]', code: 'insufficient_capabilities_for_transfer' },
    );
  }
}

function applyDescribingFields(intent: Stripe.PaymentIntent, params: DescribingInput): void {
  if (params.description !== undefined) intent.description = params.description;
  if (params.metadata !== undefined) intent.metadata = params.metadata === null ? {} : { ...intent.metadata, ...params.metadata };
  if (params.statement_descriptor !== undefined) intent.statement_descriptor = params.statement_descriptor;
  if (params.statement_descriptor_suffix !== undefined) intent.statement_descriptor_suffix = params.statement_descriptor_suffix;
  if (params.transfer_group !== undefined) intent.transfer_group = params.transfer_group;
  if (params.receipt_email !== undefined) intent.receipt_email = params.receipt_email;
  if (params.shipping !== undefined) intent.shipping = toShipping(params.shipping);
}

function snapshot(intent: Stripe.PaymentIntent): Stripe.PaymentIntent {
  return structuredClone(intent);
}

function failAttempt(
  ctx: ModelContext,
  intent: Stripe.PaymentIntent,
  paymentMethod: Stripe.PaymentMethod | null,
  failure: CardFailure,
  charge: Stripe.Charge | null,
): StripeApiError {
  intent.status = 'requires_payment_method';
  intent.payment_method = null;
  intent.next_action = null;
  intent.last_payment_error = {
    type: 'card_error',
    code: failure.code,
    message: failure.message,
    ...(failure.decline_code ? { decline_code: failure.decline_code } : {}),
    ...(failure.param ? { param: failure.param } : {}),
    ...(charge ? { charge: charge.id } : {}),
    ...(paymentMethod ? { payment_method: structuredClone(paymentMethod) } : {}),
  };
  if (charge) {
    intent.latest_charge = charge.id;
    ctx.emit('charge.failed', charge);
  }
  ctx.emit('payment_intent.payment_failed', intent);
  // The failed attempt is recorded (the PaymentIntent, its charge, the events) and then answered.
  return cardError(failure, {
    ...(charge ? { charge: charge.id } : {}),
    payment_intent: snapshot(intent),
    ...(paymentMethod ? { payment_method: structuredClone(paymentMethod) } : {}),
  }).keepingChanges();
}

function succeedAttempt(ctx: ModelContext, intent: Stripe.PaymentIntent, paymentMethod: Stripe.PaymentMethod, authenticated: boolean): void {
  const manual = intent.capture_method === 'manual';
  const charge = createCharge(ctx, intent, paymentMethod, { kind: 'succeeded', captured: !manual });
  intent.latest_charge = charge.id;
  intent.next_action = null;
  intent.last_payment_error = null;
  const card = cardRecord(ctx, paymentMethod.id);
  if (intent.setup_future_usage && typeof intent.customer === 'string') {
    attachPaymentMethod(ctx, paymentMethod, intent.customer);
    // A card saved while the customer was present (and authenticated if asked) is set up for later use.
    card.setUpForFutureUse = card.setUpForFutureUse || authenticated || card.behaviour !== 'authenticate_unless_set_up';
  }
  if (!paymentMethod.customer) card.consumed = true;
  ctx.emit('charge.succeeded', charge);
  if (manual) {
    intent.status = 'requires_capture';
    intent.amount_capturable = intent.amount;
    ctx.emit('payment_intent.amount_capturable_updated', intent);
  } else {
    intent.status = 'succeeded';
    intent.amount_received = intent.amount;
    ctx.emit('payment_intent.succeeded', intent);
  }
}

interface AttemptOptions {
  returnUrl: string | null;
  useStripeSdk: boolean;
  errorOnRequiresAction: boolean;
  authenticated: boolean;
}

/** Turns a test card's verdict into state, charges and events. Declines throw Stripe's 402 after recording. */
function applyOutcome(
  ctx: ModelContext,
  intent: Stripe.PaymentIntent,
  paymentMethod: Stripe.PaymentMethod,
  outcome: AttemptOutcome,
  opts: AttemptOptions,
): Stripe.PaymentIntent {
  if (outcome.kind === 'succeed') {
    succeedAttempt(ctx, intent, paymentMethod, opts.authenticated);
    return intent;
  }
  if (outcome.kind === 'requires_action' && !opts.errorOnRequiresAction) {
    intent.status = 'requires_action';
    intent.next_action = startAuthentication(ctx, { object: 'payment_intent', id: intent.id }, opts);
    ctx.emit('payment_intent.requires_action', intent);
    return intent;
  }
  const failure: CardFailure =
    outcome.kind === 'fail'
      ? outcome.failure
      : { code: 'authentication_required', decline_code: 'authentication_required', message: 'Your card was declined. This transaction requires authentication.' };
  const charge = createCharge(ctx, intent, paymentMethod, { kind: 'failed', failure });
  throw failAttempt(ctx, intent, paymentMethod, failure, charge);
}

export function confirmPaymentIntent(ctx: ModelContext, intent: Stripe.PaymentIntent, params: ConfirmInput): Stripe.PaymentIntent {
  if (!['requires_payment_method', 'requires_confirmation', 'requires_action'].includes(intent.status)) {
    throw unexpectedState(`You cannot confirm this PaymentIntent because it has a status of ${intent.status}.`);
  }
  if (params.shipping !== undefined) intent.shipping = toShipping(params.shipping);
  if (params.receipt_email !== undefined) intent.receipt_email = params.receipt_email;
  if (params.setup_future_usage !== undefined) intent.setup_future_usage = params.setup_future_usage;
  if (params.capture_method !== undefined) intent.capture_method = params.capture_method;
  abandonAuthentications(ctx, intent.id);

  const paymentMethod = resolveConfirmCard(ctx, params, intent.payment_method, (failure) => failAttempt(ctx, intent, null, failure, null));
  if (!paymentMethod) {
    throw invalidRequest(
      "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
      { code: 'payment_intent_unexpected_state' },
    );
  }
  if (paymentMethod.customer && paymentMethod.customer !== intent.customer) {
    throw invalidRequest(
      intent.customer
        ? `The provided PaymentMethod belongs to a different Customer than the one on this PaymentIntent.`
        : 'The provided PaymentMethod belongs to a Customer, but you did not provide the customer. Please provide the customer on the PaymentIntent.',
      { param: 'payment_method', code: 'payment_method_unexpected_state' },
    );
  }
  const card = cardRecord(ctx, paymentMethod.id);
  if (card.consumed) {
    throw invalidRequest(
      'This PaymentMethod was previously used without being attached to a Customer or was detached from a Customer, and may not be used again.',
      { param: 'payment_method', code: 'payment_method_unexpected_state' },
    );
  }
  intent.payment_method = paymentMethod.id;
  intent.last_payment_error = null;
  const offSession = params.off_session === true;
  const outcome = chargeOutcome(card.behaviour, { offSession, setUpForFutureUse: card.setUpForFutureUse, authenticated: false });
  return applyOutcome(ctx, intent, paymentMethod, outcome, {
    returnUrl: params.return_url ?? null,
    useStripeSdk: params.use_stripe_sdk === true,
    errorOnRequiresAction: params.error_on_requires_action === true,
    authenticated: false,
  });
}

/** The customer finished (or failed) the 3-D Secure challenge opened by `next_action`. */
export function finishPaymentAuthentication(ctx: ModelContext, intent: Stripe.PaymentIntent, passed: boolean): void {
  const paymentMethodId = typeof intent.payment_method === 'string' ? intent.payment_method : null;
  const paymentMethod = paymentMethodId ? ctx.tx.get('paymentMethods', paymentMethodId) : undefined;
  if (intent.status !== 'requires_action' || !paymentMethod) {
    throw unexpectedState(`This PaymentIntent is not awaiting authentication (status ${intent.status}).`);
  }
  if (!passed) {
    intent.status = 'requires_payment_method';
    intent.payment_method = null;
    intent.next_action = null;
    intent.last_payment_error = {
      type: 'invalid_request_error',
      code: 'payment_intent_authentication_failure',
      message:
        'The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.',
      payment_method: structuredClone(paymentMethod),
      doc_url: 'https://stripe.com/docs/error-codes/payment-intent-authentication-failure',
    };
    ctx.emit('payment_intent.payment_failed', intent);
    return;
  }
  const card = cardRecord(ctx, paymentMethod.id);
  const outcome = chargeOutcome(card.behaviour, { offSession: false, setUpForFutureUse: card.setUpForFutureUse, authenticated: true });
  try {
    applyOutcome(ctx, intent, paymentMethod, outcome, { returnUrl: null, useStripeSdk: true, errorOnRequiresAction: false, authenticated: true });
  } catch (error) {
    // A decline after authentication is recorded on the intent; the challenge page itself has nothing to report.
    if (!(error instanceof StripeApiError) || error.status !== 402) throw error;
  }
}

export function createPaymentIntent(ctx: ModelContext, params: CreateInput): Stripe.PaymentIntent {
  checkAmount(params.amount, params.currency);
  if (params.customer) lookup(ctx.tx, 'customers', params.customer, { param: 'customer' });
  if (params.on_behalf_of) lookup(ctx.tx, 'accounts', params.on_behalf_of, { param: 'on_behalf_of' });
  if (params.transfer_data) checkDestination(ctx, params.transfer_data.destination);
  if (params.application_fee_amount != null && !params.transfer_data) {
    throw invalidRequest(
      'Can only apply an application_fee_amount when the PaymentIntent is attempting a direct payment (using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).',
      { param: 'application_fee_amount' },
    );
  }
  if (!params.confirm) {
    for (const only of ['return_url', 'off_session', 'error_on_requires_action', 'use_stripe_sdk'] as const) {
      if (params[only] !== undefined) throw invalidRequest(`You can only pass \`${only}\` when \`confirm=true\`.`, { param: only });
    }
  }
  const id = newId('pi');
  const intent: Stripe.PaymentIntent = {
    id,
    object: 'payment_intent',
    allowed_payment_method_types: null,
    amount: params.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: params.application_fee_amount ?? null,
    automatic_payment_methods: params.automatic_payment_methods?.enabled
      ? { enabled: true, ...(params.automatic_payment_methods.allow_redirects ? { allow_redirects: params.automatic_payment_methods.allow_redirects } : {}) }
      : null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: params.capture_method ?? 'automatic_async',
    client_secret: newClientSecret(id),
    confirmation_method: params.confirmation_method ?? 'automatic',
    created: ctx.tx.now(),
    currency: params.currency,
    customer: params.customer ?? null,
    customer_account: null,
    description: null,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: {},
    next_action: null,
    on_behalf_of: params.on_behalf_of ?? null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: ['card'],
    payment_record: null,
    processing: null,
    receipt_email: null,
    review: null,
    setup_future_usage: params.setup_future_usage ?? null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: 'requires_payment_method',
    transfer_data: params.transfer_data
      ? { destination: params.transfer_data.destination, ...(params.transfer_data.amount !== undefined ? { amount: params.transfer_data.amount } : {}) }
      : null,
    transfer_group: null,
  };
  applyDescribingFields(intent, params);
  if (params.payment_method && !params.confirm) {
    intent.payment_method = resolvePaymentMethod(ctx, params.payment_method, 'payment_method').id;
    intent.status = 'requires_confirmation';
  }
  ctx.tx.put('paymentIntents', id, intent);
  ctx.emit('payment_intent.created', intent);
  return params.confirm ? confirmPaymentIntent(ctx, intent, params) : intent;
}

export function updatePaymentIntent(ctx: ModelContext, intent: Stripe.PaymentIntent, params: UpdateInput): Stripe.PaymentIntent {
  const open = ['requires_payment_method', 'requires_confirmation', 'requires_action'].includes(intent.status);
  const changesPayment = (['amount', 'currency', 'customer', 'payment_method', 'setup_future_usage', 'capture_method', 'application_fee_amount', 'transfer_data'] as const).filter(
    (key) => params[key] !== undefined,
  );
  if (!open && changesPayment.length > 0) {
    throw unexpectedState(`You cannot update ${changesPayment.join(', ')} on a PaymentIntent with status ${intent.status}.`);
  }
  if (params.amount !== undefined || params.currency !== undefined) {
    checkAmount(params.amount ?? intent.amount, params.currency ?? intent.currency);
    intent.amount = params.amount ?? intent.amount;
    intent.currency = params.currency ?? intent.currency;
  }
  if (params.customer !== undefined) intent.customer = lookup(ctx.tx, 'customers', params.customer, { param: 'customer' }).id;
  if (params.setup_future_usage !== undefined) intent.setup_future_usage = params.setup_future_usage;
  if (params.capture_method !== undefined) intent.capture_method = params.capture_method;
  if (params.application_fee_amount !== undefined) intent.application_fee_amount = params.application_fee_amount;
  if (params.transfer_data?.amount !== undefined) {
    if (!intent.transfer_data) throw invalidRequest('This PaymentIntent has no transfer_data to update.', { param: 'transfer_data[amount]' });
    intent.transfer_data.amount = params.transfer_data.amount;
  }
  if (params.payment_method !== undefined) {
    intent.payment_method = resolvePaymentMethod(ctx, params.payment_method, 'payment_method').id;
    intent.status = 'requires_confirmation';
    intent.next_action = null;
    abandonAuthentications(ctx, intent.id);
  }
  applyDescribingFields(intent, params);
  return intent;
}

export function capturePaymentIntent(ctx: ModelContext, intent: Stripe.PaymentIntent, params: CaptureInput): Stripe.PaymentIntent {
  if (intent.status !== 'requires_capture') {
    throw unexpectedState(`This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`);
  }
  const amount = params.amount_to_capture ?? intent.amount_capturable;
  if (amount > intent.amount_capturable) {
    throw invalidRequest(`The amount to capture (${amount}) is greater than the amount capturable (${intent.amount_capturable}).`, {
      param: 'amount_to_capture',
      code: 'amount_too_large',
    });
  }
  const charge = lookup(ctx.tx, 'charges', String(intent.latest_charge));
  charge.captured = true;
  charge.amount_captured = amount;
  // The uncaptured remainder is released, which Stripe reports as refunded on the charge.
  charge.amount_refunded = charge.amount - amount;
  if (params.application_fee_amount !== undefined) intent.application_fee_amount = charge.application_fee_amount = params.application_fee_amount;
  if (params.metadata !== undefined) intent.metadata = params.metadata === null ? {} : { ...intent.metadata, ...params.metadata };
  intent.amount_capturable = 0;
  intent.amount_received = amount;
  intent.status = 'succeeded';
  ctx.emit('charge.captured', charge);
  ctx.emit('payment_intent.succeeded', intent);
  return intent;
}

export function cancelPaymentIntent(ctx: ModelContext, intent: Stripe.PaymentIntent, params: { cancellation_reason?: Stripe.PaymentIntent.CancellationReason }): Stripe.PaymentIntent {
  if (intent.status === 'succeeded' || intent.status === 'canceled') {
    throw unexpectedState(`You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.`);
  }
  if (intent.status === 'requires_capture') {
    const charge = lookup(ctx.tx, 'charges', String(intent.latest_charge));
    charge.amount_refunded = charge.amount;
    charge.refunded = true;
    intent.amount_capturable = 0;
  }
  abandonAuthentications(ctx, intent.id);
  intent.status = 'canceled';
  intent.next_action = null;
  intent.canceled_at = ctx.tx.now();
  intent.cancellation_reason = params.cancellation_reason ?? null;
  ctx.emit('payment_intent.canceled', intent);
  return intent;
}
