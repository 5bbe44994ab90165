'use server';
import { revalidatePath } from 'next/cache';
import { authedAction, done } from '@/lib/actions/define-action';
import { payDrawWin as pay, refreshDrawWin as refresh } from '@/lib/draws/pay';
import { getStripe } from '@/lib/payments/stripe';
import { drawPostSchema } from './schemas';

/** The winner pays a unit the off-session charge could not take (authentication, or a decline). */
export const payDrawWin = authedAction({ schema: drawPostSchema }, async ({ postId }, { viewer, db }) => {
  const result = await pay(db, getStripe(), viewer.id, postId);
  revalidatePath(`/p/${postId}`);
  return done(result);
});

/** After the bank's challenge in the browser: the server asks Stripe. */
export const refreshDrawWin = authedAction({ schema: drawPostSchema }, async ({ postId }, { viewer, db }) => {
  const result = await refresh(db, getStripe(), viewer.id, postId);
  revalidatePath(`/p/${postId}`);
  return done(result);
});
