// SetupIntents: save a card for later (off-session) use, authenticating it once if the card asks.
import type Stripe from 'stripe';
import { z } from 'zod';
import { abandonAuthentications, startAuthentication } from '../authentication';
import { browserIntentRoutes } from '../client-secret';
import { pathParam, type RequestContext } from '../context';
import { cardError, invalidRequest, noSuch, StripeApiError, type CardFailure } from '../errors';
import { newClientSecret, newId } from '../ids';
import { paginate } from '../pagination';
import { clearable, formBool, listParams, metadataParam, parseParams, paymentMethodDataParam } from '../params';
import type { ApiRoute } from '../routes';
import { setupOutcome } from '../test-cards';
import { requireCustomer } from './customers';
import { attachPaymentMethod, cardRecord, createCardPaymentMethod, resolvePaymentMethod } from './payment-methods';

const confirmFields = {
  payment_method: z.string().optional(),
  payment_method_data: paymentMethodDataParam.optional(),
  return_url: z.string().url().optional(),
  use_stripe_sdk: formBool.optional(),
};

const createSchema = z.strictObject({
  customer: z.string().optional(),
  description: clearable(z.string()).optional(),
  metadata: metadataParam.optional(),
  usage: z.enum(['off_session', 'on_session']).optional(),
  payment_method_types: z.array(z.literal('card')).optional(),
  automatic_payment_methods: z.strictObject({ enabled: formBool, allow_redirects: z.enum(['always', 'never']).optional() }).optional(),
  on_behalf_of: z.string().optional(),
  confirm: formBool.optional(),
  ...confirmFields,
});

const confirmSchema = z.strictObject({ ...confirmFields, client_secret: z.string().optional() });
const publishableConfirmSchema = confirmSchema.required({ client_secret: true });
const listSchema = z.strictObject({ ...listParams, customer: z.string().optional(), payment_method: z.string().optional() });

function requireSetupIntent(ctx: RequestContext, id: string): Stripe.SetupIntent {
  const found = ctx.store.state.setupIntents[id];
  if (!found) throw noSuch('setup_intent', id);
  return found;
}

function fail(ctx: RequestContext, intent: Stripe.SetupIntent, paymentMethod: Stripe.PaymentMethod | null, failure: CardFailure): StripeApiError {
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
  return cardError(failure, {
    setup_intent: structuredClone(intent),
    ...(paymentMethod ? { payment_method: structuredClone(paymentMethod) } : {}),
  });
}

function succeed(ctx: RequestContext, intent: Stripe.SetupIntent, paymentMethod: Stripe.PaymentMethod): void {
  if (typeof intent.customer === 'string') attachPaymentMethod(ctx, paymentMethod, intent.customer);
  cardRecord(ctx, paymentMethod.id).setUpForFutureUse = true;
  intent.status = 'succeeded';
  intent.next_action = null;
  intent.last_setup_error = null;
  ctx.emit('setup_intent.succeeded', intent);
}

function confirm(ctx: RequestContext, intent: Stripe.SetupIntent, params: z.output<typeof confirmSchema>): Stripe.SetupIntent {
  if (!['requires_payment_method', 'requires_confirmation', 'requires_action'].includes(intent.status)) {
    throw invalidRequest(`You cannot confirm this SetupIntent because it has a status of ${intent.status}.`, { code: 'setup_intent_unexpected_state' });
  }
  abandonAuthentications(ctx, intent.id);
  let paymentMethod: Stripe.PaymentMethod | null = null;
  try {
    if (params.payment_method_data) paymentMethod = createCardPaymentMethod(ctx, params.payment_method_data);
    else if (params.payment_method) paymentMethod = resolvePaymentMethod(ctx, params.payment_method, 'payment_method');
    else if (typeof intent.payment_method === 'string') paymentMethod = resolvePaymentMethod(ctx, intent.payment_method, 'payment_method');
  } catch (error) {
    if (error instanceof StripeApiError && error.body.type === 'card_error' && error.body.code) {
      throw fail(ctx, intent, null, { code: error.body.code, message: error.body.message, decline_code: error.body.decline_code });
    }
    throw error;
  }
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

export function finishSetupAuthentication(ctx: RequestContext, intent: Stripe.SetupIntent, passed: boolean): void {
  const paymentMethod = typeof intent.payment_method === 'string' ? ctx.store.state.paymentMethods[intent.payment_method] : undefined;
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

function create(ctx: RequestContext): Stripe.SetupIntent {
  const params = parseParams(createSchema, ctx.params);
  if (params.customer) requireCustomer(ctx, params.customer, 'customer');
  const id = newId('seti');
  const intent: Stripe.SetupIntent = {
    id,
    object: 'setup_intent',
    allowed_payment_method_types: null,
    application: null,
    automatic_payment_methods: params.automatic_payment_methods?.enabled ? { enabled: true } : null,
    cancellation_reason: null,
    client_secret: newClientSecret(id),
    created: ctx.store.now(),
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
  ctx.store.state.setupIntents[id] = intent;
  ctx.emit('setup_intent.created', intent);
  return params.confirm ? confirm(ctx, intent, params) : intent;
}

export const setupIntentRoutes: ApiRoute[] = [
  ...browserIntentRoutes({
    basePath: '/v1/setup_intents',
    find: requireSetupIntent,
    confirmSchemas: { secret: confirmSchema, publishable: publishableConfirmSchema },
    confirm,
  }),
  { method: 'POST', path: '/v1/setup_intents', handler: create },
  {
    method: 'POST',
    path: '/v1/setup_intents/:id/cancel',
    handler(ctx) {
      const intent = requireSetupIntent(ctx, pathParam(ctx, 'id'));
      const params = parseParams(z.strictObject({ cancellation_reason: z.enum(['abandoned', 'duplicate', 'requested_by_customer']).optional() }), ctx.params);
      if (intent.status === 'succeeded' || intent.status === 'canceled') {
        throw invalidRequest(`You cannot cancel this SetupIntent because it has a status of ${intent.status}.`, { code: 'setup_intent_unexpected_state' });
      }
      abandonAuthentications(ctx, intent.id);
      intent.status = 'canceled';
      intent.next_action = null;
      intent.cancellation_reason = params.cancellation_reason ?? null;
      ctx.emit('setup_intent.canceled', intent);
      return intent;
    },
  },
  {
    method: 'GET',
    path: '/v1/setup_intents',
    handler(ctx) {
      const query = parseParams(listSchema, ctx.params);
      const intents = Object.values(ctx.store.state.setupIntents).filter(
        (si) =>
          (query.customer === undefined || si.customer === query.customer) &&
          (query.payment_method === undefined || si.payment_method === query.payment_method),
      );
      return paginate(intents, query, '/v1/setup_intents');
    },
  },
];
