'use server';
import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { authedAction, done } from '@/lib/actions/define-action';
import { getOrderForViewer } from '@/lib/checkout/orders';
import { retrievePaymentIntent, settleFromPaymentIntent } from '@/lib/checkout/settle';
import { getStripe } from '@/lib/payments/stripe';
import { requestTranslator } from '@/lib/i18n/translator';

/**
 * After the browser says a payment went through, the server asks Stripe itself and settles the
 * order from that answer; the browser's word alone never marks an order paid.
 */
export const refreshOrderPayment = authedAction({ schema: z.object({ orderId: z.uuid('errors.field.unknownOrder') }) }, async ({ orderId }, { viewer, db }) => {
  const order = await getOrderForViewer(db, viewer, orderId);
  if (order.paymentIntentId && order.status === 'pending_payment') {
    const stripe = getStripe();
    await settleFromPaymentIntent(db, stripe, await retrievePaymentIntent(stripe, order.paymentIntentId));
  }
  const current = await getOrderForViewer(db, viewer, orderId);
  revalidatePath(`/p/${current.postId}`);
  const lastPaymentError = current.lastPaymentError ? (await requestTranslator())(current.lastPaymentError) : null;
  return done({ status: current.status, paymentMethodSummary: current.paymentMethodSummary, lastPaymentError });
});
