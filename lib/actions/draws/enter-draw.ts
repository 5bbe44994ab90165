'use server';
import { revalidatePath } from 'next/cache';
import { authedAction, done } from '@/lib/actions/define-action';
import { enterDraw as enter } from '@/lib/draws/entries';
import { getStripe } from '@/lib/payments/stripe';
import { enterDrawSchema } from './schemas';

export const enterDraw = authedAction({ schema: enterDrawSchema }, async (input, { viewer, db }) => {
  const entry = await enter(db, getStripe(), { ...input, userId: viewer.id });
  revalidatePath(`/p/${input.postId}`);
  return done({ entryId: entry.id }, 'outcomes.draw.entered', { entry: entry.id });
});
