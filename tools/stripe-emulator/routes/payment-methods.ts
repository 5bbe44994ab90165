// PaymentMethod routes: create (type=card), retrieve, update, attach, detach, list a customer's.
import { z } from 'zod';
import { pathParam } from '../context';
import { invalidRequest } from '../errors';
import { lookup } from '../model/lookup';
import { attachWithCheck, createCardPaymentMethod, detachPaymentMethod, paymentMethodsOf, updatePaymentMethod } from '../model/payment-methods';
import { paginate } from '../pagination';
import { billingDetailsParam, cardDataParam, listParams, metadataParam, parseParams } from '../params';
import type { ApiRoute } from './route';

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

const listSchema = z.strictObject({ ...listParams, customer: z.string().optional(), type: z.string().optional() });

export const paymentMethodRoutes: ApiRoute[] = [
  { method: 'POST', path: '/v1/payment_methods', handler: (ctx) => createCardPaymentMethod(ctx, parseParams(createSchema, ctx.params)) },
  {
    method: 'GET',
    path: '/v1/payment_methods/:id',
    handler: (ctx) => lookup(ctx.tx, 'paymentMethods', pathParam(ctx, 'id')),
  },
  {
    method: 'POST',
    path: '/v1/payment_methods/:id',
    handler: (ctx) => updatePaymentMethod(ctx, lookup(ctx.tx, 'paymentMethods', pathParam(ctx, 'id')), parseParams(updateSchema, ctx.params)),
  },
  {
    method: 'POST',
    path: '/v1/payment_methods/:id/attach',
    handler: (ctx) => attachWithCheck(ctx, pathParam(ctx, 'id'), parseParams(z.strictObject({ customer: z.string() }), ctx.params).customer),
  },
  {
    method: 'POST',
    path: '/v1/payment_methods/:id/detach',
    handler(ctx) {
      const paymentMethod = lookup(ctx.tx, 'paymentMethods', pathParam(ctx, 'id'));
      parseParams(z.strictObject({}), ctx.params);
      return detachPaymentMethod(ctx, paymentMethod);
    },
  },
  {
    method: 'GET',
    path: '/v1/payment_methods',
    handler(ctx) {
      const query = parseParams(listSchema, ctx.params);
      if (!query.customer) throw invalidRequest('Listing PaymentMethods requires a customer.', { param: 'customer', code: 'parameter_missing' });
      return paginate(paymentMethodsOf(ctx, query.customer, query.type), query, '/v1/payment_methods');
    },
  },
  {
    method: 'GET',
    path: '/v1/customers/:customer/payment_methods',
    handler(ctx) {
      const customer = pathParam(ctx, 'customer');
      const query = parseParams(listSchema.omit({ customer: true }), ctx.params);
      return paginate(paymentMethodsOf(ctx, customer, query.type), query, `/v1/customers/${customer}/payment_methods`);
    },
  },
];
