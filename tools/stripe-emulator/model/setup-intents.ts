// SetupIntents: save a card for later (off-session) use, authenticating it once if the card asks.
import type Stripe from 'stripe';
import type { ModelContext } from '../context';
import { cardError, invalidRequest, type StripeApiError, type CardFailure } from '../errors';
import { newClientSecret, newId } from '../ids';
import { setupOutcome } from '../test-cards';
import { abandonAuthentications, startAuthentication } from './authentication';
import { lookup } from './lookup';
import { attachPaymentMethod, cardRecord, resolveConfirmCard, resolvePaymentMethod, type CardConfirmInput } from './payment-methods';

export interface SetupCreateInput extends CardConfirmInput {
  customer?: string;
  description?: string | null;
  metadata?: Record<string, string> | null;
  usage?: 'off_session' | 'on_session';
  automatic_payment_methods?: { enabled: boolean; allow_redirects?: 'always' | 'never' };
  on_behalf_of?: string;
  confirm?: boolean;
}

function fail(ctx: ModelContext, intent: Stripe.SetupIntent, paymentMethod: Stripe.PaymentMethod | null, failure: CardFailure): StripeApiError {
  intent.status = 'requires_payment_method';
  intent.payment_method = null;
  intent.next_action = null;
  intent.last_setup_error = {
    type: 'card_error',
    code: failure.code,
    message: failure.message,
    ...(failure.decline_code ? { decline_code: failure.decline_code } : {}),
    ...(paymentMethod ? { payment_method: structuredClone(paymentMethod) } : {}),
  };
  ctx.emit('setup_intent.setup_failed', intent);
  // The failed attempt is recorded and then answered.
  return cardError(failure, {
    setup_intent: structuredClone(intent),
    ...(paymentMethod ? { payment_method: structuredClone(paymentMethod) } : {}),
  }).keepingChanges();
}

function succeed(ctx: ModelContext, intent: Stripe.SetupIntent, paymentMethod: Stripe.PaymentMethod): void {
  if (typeof intent.customer === 'string') attachPaymentMethod(ctx, paymentMethod, intent.customer);
  cardRecord(ctx, paymentMethod.id).setUpForFutureUse = true;
  intent.status = 'succeeded';
  intent.next_action = null;
  intent.last_setup_error = null;
  ctx.emit('setup_intent.succeeded', intent);
}

export function confirmSetupIntent(ctx: ModelContext, intent: Stripe.SetupIntent, params: CardConfirmInput): Stripe.SetupIntent {
  if (!['requires_payment_method', 'requires_confirmation', 'requires_action'].includes(intent.status)) {
    throw invalidRequest(`You cannot confirm this SetupIntent because it has a status of ${intent.status}.`, { code: 'setup_intent_unexpected_state' });
  }
  abandonAuthentications(ctx, intent.id);
  const paymentMethod = resolveConfirmCard(ctx, params, intent.payment_method, (failure) => fail(ctx, intent, null, failure));
  if (!paymentMethod) {
    throw invalidRequest("You cannot confirm this SetupIntent because it's missing a payment method.", { code: 'setup_intent_unexpected_state' });
  }
  if (paymentMethod.customer && paymentMethod.customer !== intent.customer) {
    throw invalidRequest('The provided PaymentMethod belongs to a different Customer than the one on this SetupIntent.', {
      param: 'payment_method',
      code: 'payment_method_unexpected_state',
    });
  }
  intent.payment_method = paymentMethod.id;
  const outcome = setupOutcome(cardRecord(ctx, paymentMethod.id).behaviour, { authenticated: false });
  if (outcome.kind === 'fail') throw fail(ctx, intent, paymentMethod, outcome.failure);
  if (outcome.kind === 'requires_action') {
    intent.status = 'requires_action';
    intent.next_action = startAuthentication(ctx, { object: 'setup_intent', id: intent.id }, {
      returnUrl: params.return_url ?? null,
      useStripeSdk: params.use_stripe_sdk === true,
    });
    ctx.emit('setup_intent.requires_action', intent);
    return intent;
  }
  succeed(ctx, intent, paymentMethod);
  return intent;
}

export function finishSetupAuthentication(ctx: ModelContext, intent: Stripe.SetupIntent, passed: boolean): void {
  const paymentMethod = typeof intent.payment_method === 'string' ? ctx.tx.get('paymentMethods', intent.payment_method) : undefined;
  if (intent.status !== 'requires_action' || !paymentMethod) {
    throw invalidRequest(`This SetupIntent is not awaiting authentication (status ${intent.status}).`, { code: 'setup_intent_unexpected_state' });
  }
  if (passed) {
    succeed(ctx, intent, paymentMethod);
    return;
  }
  intent.status = 'requires_payment_method';
  intent.payment_method = null;
  intent.next_action = null;
  intent.last_setup_error = {
    type: 'invalid_request_error',
    code: 'setup_intent_authentication_failure',
    message: 'The latest attempt to set up the payment method has failed because authentication failed.',
    payment_method: structuredClone(paymentMethod),
  };
  ctx.emit('setup_intent.setup_failed', intent);
}

export function createSetupIntent(ctx: ModelContext, params: SetupCreateInput): Stripe.SetupIntent {
  if (params.customer) lookup(ctx.tx, 'customers', params.customer, { param: 'customer' });
  const id = newId('seti');
  const intent: Stripe.SetupIntent = {
    id,
    object: 'setup_intent',
    allowed_payment_method_types: null,
    application: null,
    automatic_payment_methods: params.automatic_payment_methods?.enabled ? { enabled: true } : null,
    cancellation_reason: null,
    client_secret: newClientSecret(id),
    created: ctx.tx.now(),
    customer: params.customer ?? null,
    customer_account: null,
    description: params.description ?? null,
    excluded_payment_method_types: null,
    flow_directions: null,
    last_setup_error: null,
    latest_attempt: null,
    livemode: false,
    mandate: null,
    metadata: params.metadata ?? {},
    next_action: null,
    on_behalf_of: params.on_behalf_of ?? null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: ['card'],
    single_use_mandate: null,
    status: 'requires_payment_method',
    usage: params.usage ?? 'off_session',
  };
  if (params.payment_method && !params.confirm) {
    intent.payment_method = resolvePaymentMethod(ctx, params.payment_method, 'payment_method').id;
    intent.status = 'requires_confirmation';
  }
  ctx.tx.put('setupIntents', id, intent);
  ctx.emit('setup_intent.created', intent);
  return params.confirm ? confirmSetupIntent(ctx, intent, params) : intent;
}

export function cancelSetupIntent(ctx: ModelContext, intent: Stripe.SetupIntent, reason: Stripe.SetupIntent.CancellationReason | undefined): Stripe.SetupIntent {
  if (intent.status === 'succeeded' || intent.status === 'canceled') {
    throw invalidRequest(`You cannot cancel this SetupIntent because it has a status of ${intent.status}.`, { code: 'setup_intent_unexpected_state' });
  }
  abandonAuthentications(ctx, intent.id);
  intent.status = 'canceled';
  intent.next_action = null;
  intent.cancellation_reason = reason ?? null;
  ctx.emit('setup_intent.canceled', intent);
  return intent;
}
