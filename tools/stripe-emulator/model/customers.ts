// Customers: created, changed (including the default PaymentMethod for invoices) and deleted.
import type Stripe from 'stripe';
import type { ModelContext } from '../context';
import { invalidRequest } from '../errors';
import { newId, randomToken } from '../ids';
import { lookup } from './lookup';
import { attachPaymentMethod, resolvePaymentMethod, type AddressInput } from './payment-methods';

export interface ShippingInput {
  name: string;
  address: AddressInput;
  phone?: string;
  carrier?: string;
  tracking_number?: string;
}

export interface CustomerChanges {
  email?: string | null;
  name?: string | null;
  description?: string | null;
  phone?: string | null;
  address?: AddressInput | null;
  shipping?: ShippingInput | null;
  metadata?: Record<string, string> | null;
  preferred_locales?: string[];
  invoice_settings?: { default_payment_method?: string | null };
}

export function toAddress(input: AddressInput): Stripe.Address {
  return {
    city: input.city ?? null,
    country: input.country ?? null,
    line1: input.line1 ?? null,
    line2: input.line2 ?? null,
    postal_code: input.postal_code ?? null,
    state: input.state ?? null,
  };
}

export function toShipping(input: ShippingInput | null): Stripe.PaymentIntent.Shipping | null {
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
function applyChanges(ctx: ModelContext, customer: Stripe.Customer, changes: CustomerChanges): Record<string, unknown> {
  const before = structuredClone(customer);
  if (changes.email !== undefined) customer.email = changes.email;
  if (changes.name !== undefined) customer.name = changes.name;
  if (changes.description !== undefined) customer.description = changes.description;
  if (changes.phone !== undefined) customer.phone = changes.phone;
  if (changes.address !== undefined) customer.address = changes.address === null ? null : toAddress(changes.address);
  if (changes.shipping !== undefined) customer.shipping = toShipping(changes.shipping);
  if (changes.preferred_locales !== undefined) customer.preferred_locales = changes.preferred_locales;
  if (changes.metadata !== undefined) customer.metadata = changes.metadata === null ? {} : { ...customer.metadata, ...changes.metadata };
  const defaultPaymentMethod = changes.invoice_settings?.default_payment_method;
  if (defaultPaymentMethod !== undefined) {
    if (defaultPaymentMethod !== null) {
      const paymentMethod = lookup(ctx.tx, 'paymentMethods', defaultPaymentMethod, { param: 'invoice_settings[default_payment_method]' });
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

export function createCustomer(ctx: ModelContext, input: CustomerChanges & { payment_method?: string }): Stripe.Customer {
  const customer: Stripe.Customer = {
    id: newId('cus'),
    object: 'customer',
    address: null,
    balance: 0,
    created: ctx.tx.now(),
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
  ctx.tx.put('customers', customer.id, customer);
  if (input.payment_method) attachPaymentMethod(ctx, resolvePaymentMethod(ctx, input.payment_method, 'payment_method'), customer.id);
  applyChanges(ctx, customer, input);
  ctx.emit('customer.created', customer);
  return customer;
}

export function updateCustomer(ctx: ModelContext, customer: Stripe.Customer, changes: CustomerChanges): Stripe.Customer {
  const previous = applyChanges(ctx, customer, changes);
  if (Object.keys(previous).length > 0) ctx.emit('customer.updated', customer, previous);
  return customer;
}

/** Deleting a customer detaches its PaymentMethods. */
export function deleteCustomer(ctx: ModelContext, customer: Stripe.Customer): Stripe.DeletedCustomer {
  const deleted: Stripe.DeletedCustomer = { id: customer.id, object: 'customer', deleted: true };
  ctx.tx.put('customers', customer.id, deleted);
  for (const paymentMethod of ctx.tx.values('paymentMethods')) {
    if (paymentMethod.customer === customer.id) ctx.tx.get('paymentMethods', paymentMethod.id)!.customer = null;
  }
  ctx.emit('customer.deleted', customer);
  return deleted;
}
