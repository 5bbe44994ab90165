// Charge routes: read only; PaymentIntent attempts make charges.
import { z } from 'zod';
import { pathParam } from '../context';
import { lookup } from '../model/lookup';
import { paginate } from '../pagination';
import { listParams, parseParams } from '../params';
import type { ApiRoute } from './route';

const listSchema = z.strictObject({ ...listParams, payment_intent: z.string().optional(), customer: z.string().optional() });

export const chargeRoutes: ApiRoute[] = [
  { method: 'GET', path: '/v1/charges/:id', handler: (ctx) => lookup(ctx.tx, 'charges', pathParam(ctx, 'id')) },
  {
    method: 'GET',
    path: '/v1/charges',
    handler(ctx) {
      const query = parseParams(listSchema, ctx.params);
      const charges = [...ctx.tx.values('charges')].filter(
        (c) =>
          (query.payment_intent === undefined || c.payment_intent === query.payment_intent) &&
          (query.customer === undefined || c.customer === query.customer),
      );
      return paginate(charges, query, '/v1/charges');
    },
  },
];
