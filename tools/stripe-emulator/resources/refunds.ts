// Refunds: full or partial, several per charge, each updating the charge and announcing itself.
import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type RequestContext } from '../context';
import { invalidRequest, noSuch } from '../errors';
import { newId } from '../ids';
import { paginate } from '../pagination';
import { formBool, formInt, listParams, metadataParam, parseParams } from '../params';
import type { ApiRoute } from '../routes';
import { requireCharge } from './charges';

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

function formatAmount(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(amount / 100);
}

function chargeToRefund(ctx: RequestContext, params: z.output<typeof createSchema>): Stripe.Charge {
  if (params.charge && params.payment_intent) {
    throw invalidRequest('You can only pass one of charge or payment_intent.', { param: 'payment_intent' });
  }
  if (params.charge) return requireCharge(ctx, params.charge, 'charge');
  if (!params.payment_intent) throw invalidRequest('One of the following params should be provided for this request: payment_intent or charge.');
  const intent = ctx.store.state.paymentIntents[params.payment_intent];
  if (!intent) throw noSuch('payment_intent', params.payment_intent, 'payment_intent');
  if (intent.status !== 'succeeded' || typeof intent.latest_charge !== 'string') {
    throw invalidRequest(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, {
      param: 'payment_intent',
      code: 'charge_not_refundable',
    });
  }
  return requireCharge(ctx, intent.latest_charge, 'payment_intent');
}

function create(ctx: RequestContext): Stripe.Refund {
  const params = parseParams(createSchema, ctx.params);
  const charge = chargeToRefund(ctx, params);
  if (charge.status !== 'succeeded' || !charge.captured) {
    throw invalidRequest(`Charge ${charge.id} has not been captured and cannot be refunded; cancel its PaymentIntent instead.`, {
      code: 'charge_not_refundable',
    });
  }
  const refundable = charge.amount_captured - (charge.amount_refunded - (charge.amount - charge.amount_captured));
  if (refundable <= 0) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' });
  const amount = params.amount ?? refundable;
  if (amount > refundable) {
    throw invalidRequest(
      `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(refundable, charge.currency)})`,
      { param: 'amount', code: 'amount_too_large' },
    );
  }
  const refund: Stripe.Refund = {
    id: newId('re'),
    object: 'refund',
    amount,
    balance_transaction: null,
    charge: charge.id,
    created: ctx.store.now(),
    currency: charge.currency,
    customer: charge.customer,
    customer_account: null,
    destination_details: { card: { reference_status: 'pending', reference_type: 'acquirer_reference_number', type: 'refund' }, type: 'card' },
    metadata: params.metadata ?? {},
    payment_intent: charge.payment_intent,
    payment_method: charge.payment_method,
    reason: params.reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
  ctx.store.state.refunds[refund.id] = refund;
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded >= charge.amount;
  const chargeRefunds = Object.values(ctx.store.state.refunds).filter((r) => r.charge === charge.id);
  charge.refunds = paginate(chargeRefunds, { limit: 100 }, `/v1/charges/${charge.id}/refunds`);
  ctx.emit('refund.created', refund);
  ctx.emit('charge.refunded', charge, previous);
  return refund;
}

export const refundRoutes: ApiRoute[] = [
  { method: 'POST', path: '/v1/refunds', handler: create },
  {
    method: 'GET',
    path: '/v1/refunds/:id',
    handler(ctx) {
      const id = pathParam(ctx, 'id');
      const found = ctx.store.state.refunds[id];
      if (!found) throw noSuch('refund', id);
      return found;
    },
  },
  {
    method: 'POST',
    path: '/v1/refunds/:id',
    handler(ctx) {
      const id = pathParam(ctx, 'id');
      const refund = ctx.store.state.refunds[id];
      if (!refund) throw noSuch('refund', id);
      const { metadata } = parseParams(z.strictObject({ metadata: metadataParam.optional() }), ctx.params);
      if (metadata !== undefined) refund.metadata = metadata === null ? {} : { ...refund.metadata, ...metadata };
      ctx.emit('refund.updated', refund);
      return refund;
    },
  },
  {
    method: 'GET',
    path: '/v1/refunds',
    handler(ctx) {
      const query = parseParams(listSchema, ctx.params);
      const refunds = Object.values(ctx.store.state.refunds).filter(
        (r) => (query.charge === undefined || r.charge === query.charge) && (query.payment_intent === undefined || r.payment_intent === query.payment_intent),
      );
      return paginate(refunds, query, '/v1/refunds');
    },
  },
];
