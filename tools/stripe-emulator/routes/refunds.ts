// Refund routes: create (by charge or payment_intent), retrieve, update metadata, list.
import { z } from 'zod';
import { pathParam } from '../context';
import { lookup } from '../model/lookup';
import { createRefund, updateRefundMetadata } from '../model/refunds';
import { paginate } from '../pagination';
import { formBool, formInt, listParams, metadataParam, parseParams } from '../params';
import type { ApiRoute } from './route';

const createSchema = z.strictObject({
  charge: z.string().optional(),
  payment_intent: z.string().optional(),
  amount: formInt.min(1).optional(),
  reason: z.enum(['duplicate', 'fraudulent', 'requested_by_customer']).optional(),
  metadata: metadataParam.optional(),
  reverse_transfer: formBool.optional(),
  refund_application_fee: formBool.optional(),
});

const listSchema = z.strictObject({ ...listParams, charge: z.string().optional(), payment_intent: z.string().optional() });

export const refundRoutes: ApiRoute[] = [
  { method: 'POST', path: '/v1/refunds', handler: (ctx) => createRefund(ctx, parseParams(createSchema, ctx.params)) },
  { method: 'GET', path: '/v1/refunds/:id', handler: (ctx) => lookup(ctx.tx, 'refunds', pathParam(ctx, 'id')) },
  {
    method: 'POST',
    path: '/v1/refunds/:id',
    handler(ctx) {
      const refund = lookup(ctx.tx, 'refunds', pathParam(ctx, 'id'));
      return updateRefundMetadata(ctx, refund, parseParams(z.strictObject({ metadata: metadataParam.optional() }), ctx.params).metadata);
    },
  },
  {
    method: 'GET',
    path: '/v1/refunds',
    handler(ctx) {
      const query = parseParams(listSchema, ctx.params);
      const refunds = [...ctx.tx.values('refunds')].filter(
        (r) => (query.charge === undefined || r.charge === query.charge) && (query.payment_intent === undefined || r.payment_intent === query.payment_intent),
      );
      return paginate(refunds, query, '/v1/refunds');
    },
  },
];
