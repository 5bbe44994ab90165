// PaymentIntent routes: the parameters Stripe accepts, checked, then handed to the model.
import { z } from 'zod';
import { pathParam } from '../context';
import { cancelPaymentIntent, capturePaymentIntent, confirmPaymentIntent, createPaymentIntent, updatePaymentIntent } from '../model/payment-intents';
import { lookup } from '../model/lookup';
import { paginate } from '../pagination';
import {
  clearable,
  formBool,
  formInt,
  listParams,
  metadataParam,
  nonNegativeInt,
  parseParams,
  shippingParam,
} from '../params';
import { browserIntentRoutes, cardConfirmFields, confirmSchemas } from './browser-intents';
import type { ApiRoute } from './route';

const offSessionParam = z.union([formBool, z.enum(['one_off', 'recurring']).transform(() => true)]);

/** Confirm fields Stripe.js may send too. */
const browserConfirmFields = {
  shipping: shippingParam.optional(),
  setup_future_usage: clearable(z.enum(['on_session', 'off_session'])).optional(),
  receipt_email: clearable(z.string()).optional(),
};

/** Confirm fields only a server (secret key) may send. */
const serverConfirmFields = {
  off_session: offSessionParam.optional(),
  error_on_requires_action: formBool.optional(),
  capture_method: z.enum(['automatic', 'automatic_async', 'manual']).optional(),
};

const describingFields = {
  description: clearable(z.string()).optional(),
  metadata: metadataParam.optional(),
  statement_descriptor: clearable(z.string().max(22)).optional(),
  statement_descriptor_suffix: clearable(z.string().max(22)).optional(),
  transfer_group: clearable(z.string()).optional(),
  application_fee_amount: clearable(nonNegativeInt).optional(),
};

const createSchema = z.strictObject({
  amount: formInt.min(1),
  currency: z.string().length(3).transform((c) => c.toLowerCase()),
  customer: z.string().optional(),
  payment_method_types: z.array(z.literal('card')).optional(),
  automatic_payment_methods: z
    .strictObject({ enabled: formBool, allow_redirects: z.enum(['always', 'never']).optional() })
    .optional(),
  confirmation_method: z.enum(['automatic', 'manual']).optional(),
  confirm: formBool.optional(),
  on_behalf_of: z.string().optional(),
  transfer_data: z.strictObject({ destination: z.string(), amount: nonNegativeInt.optional() }).optional(),
  ...describingFields,
  ...cardConfirmFields,
  ...browserConfirmFields,
  ...serverConfirmFields,
});

const updateSchema = z.strictObject({
  amount: formInt.min(1).optional(),
  currency: z.string().length(3).transform((c) => c.toLowerCase()).optional(),
  customer: z.string().optional(),
  payment_method: z.string().optional(),
  setup_future_usage: clearable(z.enum(['on_session', 'off_session'])).optional(),
  shipping: shippingParam.optional(),
  receipt_email: clearable(z.string()).optional(),
  capture_method: z.enum(['automatic', 'automatic_async', 'manual']).optional(),
  transfer_data: z.strictObject({ amount: nonNegativeInt.optional() }).optional(),
  ...describingFields,
});

const captureSchema = z.strictObject({
  amount_to_capture: formInt.min(1).optional(),
  application_fee_amount: nonNegativeInt.optional(),
  metadata: metadataParam.optional(),
});

const cancelSchema = z.strictObject({
  cancellation_reason: z.enum(['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned']).optional(),
});

const listSchema = z.strictObject({ ...listParams, customer: z.string().optional() });

export const paymentIntentRoutes: ApiRoute[] = [
  ...browserIntentRoutes({
    basePath: '/v1/payment_intents',
    collection: 'paymentIntents',
    confirmSchemas: confirmSchemas(browserConfirmFields, serverConfirmFields),
    confirm: confirmPaymentIntent,
  }),
  { method: 'POST', path: '/v1/payment_intents', handler: (ctx) => createPaymentIntent(ctx, parseParams(createSchema, ctx.params)) },
  {
    method: 'POST',
    path: '/v1/payment_intents/:id',
    handler: (ctx) => updatePaymentIntent(ctx, lookup(ctx.tx, 'paymentIntents', pathParam(ctx, 'id')), parseParams(updateSchema, ctx.params)),
  },
  {
    method: 'POST',
    path: '/v1/payment_intents/:id/capture',
    handler: (ctx) => capturePaymentIntent(ctx, lookup(ctx.tx, 'paymentIntents', pathParam(ctx, 'id')), parseParams(captureSchema, ctx.params)),
  },
  {
    method: 'POST',
    path: '/v1/payment_intents/:id/cancel',
    handler: (ctx) => cancelPaymentIntent(ctx, lookup(ctx.tx, 'paymentIntents', pathParam(ctx, 'id')), parseParams(cancelSchema, ctx.params)),
  },
  {
    method: 'GET',
    path: '/v1/payment_intents',
    handler(ctx) {
      const query = parseParams(listSchema, ctx.params);
      const intents = [...ctx.tx.values('paymentIntents')].filter((pi) => query.customer === undefined || pi.customer === query.customer);
      return paginate(intents, query, '/v1/payment_intents');
    },
  },
];
