// Customer routes: create/retrieve/update/list/delete.
import { z } from 'zod';
import { pathParam } from '../context';
import { createCustomer, deleteCustomer, updateCustomer } from '../model/customers';
import { lookup } from '../model/lookup';
import { paginate } from '../pagination';
import { addressParam, clearable, listParams, metadataParam, parseParams, shippingParam } from '../params';
import type Stripe from 'stripe';
import type { ApiRoute } from './route';

const fields = {
  email: clearable(z.string()).optional(),
  name: clearable(z.string()).optional(),
  description: clearable(z.string()).optional(),
  phone: clearable(z.string()).optional(),
  address: clearable(addressParam).optional(),
  shipping: shippingParam.optional(),
  metadata: metadataParam.optional(),
  preferred_locales: z.array(z.string()).optional(),
  invoice_settings: z.strictObject({ default_payment_method: clearable(z.string()).optional() }).optional(),
};

const createSchema = z.strictObject({ ...fields, payment_method: z.string().optional() });
const updateSchema = z.strictObject(fields);
const listSchema = z.strictObject({ ...listParams, email: z.string().optional() });

export const customerRoutes: ApiRoute[] = [
  { method: 'POST', path: '/v1/customers', handler: (ctx) => createCustomer(ctx, parseParams(createSchema, ctx.params)) },
  {
    method: 'GET',
    path: '/v1/customers/:id',
    // A deleted customer is still retrievable: `{ id, object, deleted: true }`.
    handler: (ctx) => lookup(ctx.tx, 'customers', pathParam(ctx, 'id'), { deleted: true }),
  },
  {
    method: 'POST',
    path: '/v1/customers/:id',
    handler: (ctx) => updateCustomer(ctx, lookup(ctx.tx, 'customers', pathParam(ctx, 'id')), parseParams(updateSchema, ctx.params)),
  },
  {
    method: 'DELETE',
    path: '/v1/customers/:id',
    handler: (ctx) => deleteCustomer(ctx, lookup(ctx.tx, 'customers', pathParam(ctx, 'id'))),
  },
  {
    method: 'GET',
    path: '/v1/customers',
    handler(ctx) {
      const query = parseParams(listSchema, ctx.params);
      const customers = [...ctx.tx.values('customers')].filter(
        (c): c is Stripe.Customer => !c.deleted && (query.email === undefined || c.email === query.email),
      );
      return paginate(customers, query, '/v1/customers');
    },
  },
];
