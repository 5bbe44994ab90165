'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction, done } from '@/lib/actions/define-action';
import { cancelOpenOrder } from '@/lib/checkout/cancel-order';
import { getStripe } from '@/lib/payments/stripe';
import { uuid } from '@/lib/validation/ids';

/** The buyer gives up an order awaiting payment: the units go back on sale at once. */
export const cancelOrder = authedAction({ schema: z.object({ orderId: uuid('errors.field.unknownOrder') }) }, async ({ orderId }, { viewer, db }) => {
  const order = await cancelOpenOrder(db, getStripe(), viewer.id, orderId);
  revalidatePath(`/orders/${order.id}`);
  revalidatePath('/orders');
  return done({ status: order.status }, 'outcomes.order.cancelled');
});
