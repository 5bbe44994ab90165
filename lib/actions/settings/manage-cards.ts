'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction, done } from '@/lib/actions/define-action';
import { ensureStripeCustomer, removeCard as remove, setDefaultCard as makeDefault, startCardSetup } from '@/lib/payments/customers';
import { getStripe } from '@/lib/payments/stripe';

const cardSchema = z.object({ paymentMethodId: z.string().regex(/^pm_\w+$/, 'errors.field.unknownCard') });

export const setDefaultCard = authedAction({ schema: cardSchema }, async ({ paymentMethodId }, { viewer, db }) => {
  const stripe = getStripe();
  await makeDefault(stripe, await ensureStripeCustomer(db, stripe, viewer.id), paymentMethodId);
  revalidatePath('/settings/payments');
  return done(null);
});

export const removeCard = authedAction({ schema: cardSchema }, async ({ paymentMethodId }, { viewer, db }) => {
  const stripe = getStripe();
  await remove(stripe, await ensureStripeCustomer(db, stripe, viewer.id), paymentMethodId);
  revalidatePath('/settings/payments');
  return done(null);
});

export const addCard = authedAction({ schema: z.object({}) }, async (_input, { viewer, db }) => {
  const stripe = getStripe();
  return done({ clientSecret: await startCardSetup(stripe, await ensureStripeCustomer(db, stripe, viewer.id)) });
});
