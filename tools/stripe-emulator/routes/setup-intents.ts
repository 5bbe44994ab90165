// SetupIntent routes: the parameters Stripe accepts, checked, then handed to the model.
import { z } from 'zod';
import { pathParam } from '../context';
import { lookup } from '../model/lookup';
import { cancelSetupIntent, confirmSetupIntent, createSetupIntent } from '../model/setup-intents';
import { paginate } from '../pagination';
import { clearable, formBool, listParams, metadataParam, parseParams } from '../params';
import { browserIntentRoutes, cardConfirmFields, confirmSchemas } from './browser-intents';
import type { ApiRoute } from './route';

const createSchema = z.strictObject({
  customer: z.string().optional(),
  description: clearable(z.string()).optional(),
  metadata: metadataParam.optional(),
  usage: z.enum(['off_session', 'on_session']).optional(),
  payment_method_types: z.array(z.literal('card')).optional(),
  automatic_payment_methods: z.strictObject({ enabled: formBool, allow_redirects: z.enum(['always', 'never']).optional() }).optional(),
  on_behalf_of: z.string().optional(),
  confirm: formBool.optional(),
  ...cardConfirmFields,
});

const listSchema = z.strictObject({ ...listParams, customer: z.string().optional(), payment_method: z.string().optional() });

const cancelSchema = z.strictObject({ cancellation_reason: z.enum(['abandoned', 'duplicate', 'requested_by_customer']).optional() });

export const setupIntentRoutes: ApiRoute[] = [
  ...browserIntentRoutes({
    basePath: '/v1/setup_intents',
    collection: 'setupIntents',
    confirmSchemas: confirmSchemas({}, {}),
    confirm: confirmSetupIntent,
  }),
  { method: 'POST', path: '/v1/setup_intents', handler: (ctx) => createSetupIntent(ctx, parseParams(createSchema, ctx.params)) },
  {
    method: 'POST',
    path: '/v1/setup_intents/:id/cancel',
    handler: (ctx) =>
      cancelSetupIntent(ctx, lookup(ctx.tx, 'setupIntents', pathParam(ctx, 'id')), parseParams(cancelSchema, ctx.params).cancellation_reason),
  },
  {
    method: 'GET',
    path: '/v1/setup_intents',
    handler(ctx) {
      const query = parseParams(listSchema, ctx.params);
      const intents = [...ctx.tx.values('setupIntents')].filter(
        (si) =>
          (query.customer === undefined || si.customer === query.customer) &&
          (query.payment_method === undefined || si.payment_method === query.payment_method),
      );
      return paginate(intents, query, '/v1/setup_intents');
    },
  },
];
