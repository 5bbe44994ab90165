'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { brandAction, done } from '@/lib/actions/define-action';
import { checkbox } from '@/lib/actions/form-fields';
import { DomainError } from '@/lib/errors';
import { requestLocale } from '@/lib/i18n/translator';
import { parseMoneyInput } from '@/lib/money';
import { getStripe } from '@/lib/payments/stripe';
import { getStudioOrder } from '@/lib/studio/order-list';
import { refundOrder as refund } from '@/lib/studio/refunds';

const schema = z.object({
  orderId: z.uuid('errors.field.unknownOrder'),
  // Empty: refund everything not yet refunded.
  amount: z.string().trim().default(''),
  restock: checkbox,
  restockUnits: z.coerce.number().int('errors.field.wholeNumber').min(0).max(99).default(0),
  requestKey: z.string().regex(/^[\w-]{8,64}$/, 'errors.order.reload'),
});

export const refundOrder = brandAction({ schema }, async (input, { brand, db }) => {
  const order = await getStudioOrder(db, brand.id, input.orderId);
  let amountMinor: number | undefined;
  if (input.amount) {
    const parsed = parseMoneyInput(input.amount, order.currency, await requestLocale());
    if (parsed === null) throw new DomainError('invalid_input', 'errors.order.notAnAmount', 'amount', { params: { amount: input.amount } });
    amountMinor = parsed;
  }
  const updated = await refund(db, getStripe(), brand.id, input.orderId, {
    amountMinor,
    restockUnits: input.restock ? input.restockUnits : 0,
    requestKey: input.requestKey,
  });
  revalidatePath(`/studio/orders/${input.orderId}`);
  return done({ status: updated.status }, updated.status === 'refunded' ? 'outcomes.order.refundedFully' : 'outcomes.order.refundedPartly');
});
