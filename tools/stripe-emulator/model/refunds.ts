// Refunds: full or partial, several per charge, each updating its charge and announcing itself.
import type Stripe from 'stripe';
import type { ModelContext } from '../context';
import { invalidRequest } from '../errors';
import { newId } from '../ids';
import { paginate } from '../pagination';
import { lookup } from './lookup';

export interface RefundInput {
  charge?: string;
  payment_intent?: string;
  amount?: number;
  reason?: 'duplicate' | 'fraudulent' | 'requested_by_customer';
  metadata?: Record<string, string> | null;
}

function formatAmount(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(amount / 100);
}

function chargeToRefund(ctx: ModelContext, input: RefundInput): Stripe.Charge {
  if (input.charge && input.payment_intent) {
    throw invalidRequest('You can only pass one of charge or payment_intent.', { param: 'payment_intent' });
  }
  if (input.charge) return lookup(ctx.tx, 'charges', input.charge, { param: 'charge' });
  if (!input.payment_intent) throw invalidRequest('One of the following params should be provided for this request: payment_intent or charge.');
  const intent = lookup(ctx.tx, 'paymentIntents', input.payment_intent, { param: 'payment_intent' });
  if (intent.status !== 'succeeded' || typeof intent.latest_charge !== 'string') {
    throw invalidRequest(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, {
      param: 'payment_intent',
      code: 'charge_not_refundable',
    });
  }
  return lookup(ctx.tx, 'charges', intent.latest_charge, { param: 'payment_intent' });
}

export function createRefund(ctx: ModelContext, input: RefundInput): Stripe.Refund {
  const charge = chargeToRefund(ctx, input);
  if (charge.status !== 'succeeded' || !charge.captured) {
    throw invalidRequest(`Charge ${charge.id} has not been captured and cannot be refunded; cancel its PaymentIntent instead.`, {
      code: 'charge_not_refundable',
    });
  }
  const refundable = charge.amount_captured - (charge.amount_refunded - (charge.amount - charge.amount_captured));
  if (refundable <= 0) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' });
  const amount = input.amount ?? refundable;
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
    created: ctx.tx.now(),
    currency: charge.currency,
    customer: charge.customer,
    customer_account: null,
    destination_details: { card: { reference_status: 'pending', reference_type: 'acquirer_reference_number', type: 'refund' }, type: 'card' },
    metadata: input.metadata ?? {},
    payment_intent: charge.payment_intent,
    payment_method: charge.payment_method,
    reason: input.reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
  ctx.tx.put('refunds', refund.id, refund);
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded >= charge.amount;
  const chargeRefunds = [...ctx.tx.values('refunds')].filter((r) => r.charge === charge.id) as Stripe.Refund[];
  charge.refunds = paginate(chargeRefunds, { limit: 100 }, `/v1/charges/${charge.id}/refunds`);
  ctx.emit('refund.created', refund);
  ctx.emit('charge.refunded', charge, previous);
  return refund;
}

export function updateRefundMetadata(ctx: ModelContext, refund: Stripe.Refund, metadata: Record<string, string> | null | undefined): Stripe.Refund {
  if (metadata !== undefined) refund.metadata = metadata === null ? {} : { ...refund.metadata, ...metadata };
  ctx.emit('refund.updated', refund);
  return refund;
}
