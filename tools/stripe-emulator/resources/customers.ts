// Customers: create/retrieve/update/list/delete, including the default PaymentMethod for invoices.
import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type RequestContext } from '../context';
import { invalidRequest, noSuch } from '../errors';
import { newId, randomToken } from '../ids';
import { paginate } from '../pagination';
import { addressParam, clearable, listParams, metadataParam, parseParams, shippingParam } from '../params';
import type { ApiRoute } from '../routes';
import { attachPaymentMethod, resolvePaymentMethod } from './payment-methods';

export function requireCustomer(ctx: RequestContext, id: string, param?: string): Stripe.Customer {
  const found = ctx.store.state.customers[id];
  if (!found || found.deleted) throw noSuch('customer', id, param);
  return found;
}

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

type Fields = z.output<typeof updateSchema>;

function toAddress(input: z.output<typeof addressParam>): Stripe.Address {
  return {
    city: input.city ?? null,
    country: input.country ?? null,
    line1: input.line1 ?? null,
    line2: input.line2 ?? null,
    postal_code: input.postal_code ?? null,
    state: input.state ?? null,
  };
}

export function toShipping(input: z.output<typeof shippingParam>): Stripe.PaymentIntent.Shipping | null {
  if (!input) return null;
  return {
    address: toAddress(input.address),
    carrier: input.carrier ?? null,
    name: input.name,
    phone: input.phone ?? null,
    tracking_number: input.tracking_number ?? null,
  };
}

/** Applies the given fields and returns the previous values of those that changed, for `*.updated` events. */
function applyFields(ctx: RequestContext, customer: Stripe.Customer, params: Fields): Record<string, unknown> {
  const before = structuredClone(customer);
  if (params.email !== undefined) customer.email = params.email;
  if (params.name !== undefined) customer.name = params.name;
  if (params.description !== undefined) customer.description = params.description;
  if (params.phone !== undefined) customer.phone = params.phone;
  if (params.address !== undefined) customer.address = params.address === null ? null : toAddress(params.address);
  if (params.shipping !== undefined) customer.shipping = toShipping(params.shipping);
  if (params.preferred_locales !== undefined) customer.preferred_locales = params.preferred_locales;
  if (params.metadata !== undefined) customer.metadata = params.metadata === null ? {} : { ...customer.metadata, ...params.metadata };
  const defaultPaymentMethod = params.invoice_settings?.default_payment_method;
  if (defaultPaymentMethod !== undefined) {
    if (defaultPaymentMethod !== null) {
      const paymentMethod = ctx.store.state.paymentMethods[defaultPaymentMethod];
      if (!paymentMethod) throw noSuch('PaymentMethod', defaultPaymentMethod, 'invoice_settings[default_payment_method]');
      if (paymentMethod.customer !== customer.id) {
        throw invalidRequest(`The customer does not have a payment method with the ID ${defaultPaymentMethod}. The payment method must be attached to the customer.`, {
          param: 'invoice_settings[default_payment_method]',
          code: 'resource_missing',
        });
      }
    }
    customer.invoice_settings.default_payment_method = defaultPaymentMethod;
  }
  const previous: Record<string, unknown> = {};
  for (const key of Object.keys(customer) as (keyof Stripe.Customer)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(customer[key])) previous[key] = before[key] ?? null;
  }
  return previous;
}

export const customerRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/v1/customers',
    handler(ctx) {
      const params = parseParams(createSchema, ctx.params);
      const customer: Stripe.Customer = {
        id: newId('cus'),
        object: 'customer',
        address: null,
        balance: 0,
        created: ctx.store.now(),
        currency: null,
        default_source: null,
        delinquent: false,
        description: null,
        discount: null,
        email: null,
        invoice_prefix: randomToken(8).toUpperCase(),
        invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
        livemode: false,
        metadata: {},
        name: null,
        next_invoice_sequence: 1,
        phone: null,
        preferred_locales: [],
        shipping: null,
        tax_exempt: 'none',
        test_clock: null,
      };
      ctx.store.state.customers[customer.id] = customer;
      if (params.payment_method) {
        attachPaymentMethod(ctx, resolvePaymentMethod(ctx, params.payment_method, 'payment_method'), customer.id);
      }
      applyFields(ctx, customer, params);
      ctx.emit('customer.created', customer);
      return customer;
    },
  },
  {
    method: 'GET',
    path: '/v1/customers/:id',
    handler(ctx) {
      const id = pathParam(ctx, 'id');
      const found = ctx.store.state.customers[id];
      if (!found) throw noSuch('customer', id);
      return found;
    },
  },
  {
    method: 'POST',
    path: '/v1/customers/:id',
    handler(ctx) {
      const customer = requireCustomer(ctx, pathParam(ctx, 'id'));
      const previous = applyFields(ctx, customer, parseParams(updateSchema, ctx.params));
      if (Object.keys(previous).length > 0) ctx.emit('customer.updated', customer, previous);
      return customer;
    },
  },
  {
    method: 'DELETE',
    path: '/v1/customers/:id',
    handler(ctx) {
      const customer = requireCustomer(ctx, pathParam(ctx, 'id'));
      const deleted: Stripe.DeletedCustomer = { id: customer.id, object: 'customer', deleted: true };
      ctx.store.state.customers[customer.id] = deleted;
      for (const paymentMethod of Object.values(ctx.store.state.paymentMethods)) {
        if (paymentMethod.customer === customer.id) paymentMethod.customer = null;
      }
      ctx.emit('customer.deleted', customer);
      return deleted;
    },
  },
  {
    method: 'GET',
    path: '/v1/customers',
    handler(ctx) {
      const query = parseParams(listSchema, ctx.params);
      const customers = Object.values(ctx.store.state.customers).filter(
        (c): c is Stripe.Customer => !c.deleted && (query.email === undefined || c.email === query.email),
      );
      return paginate(customers, query, '/v1/customers');
    },
  },
];
