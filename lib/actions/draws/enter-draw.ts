'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/actions/define-action';
import { enterDraw as enter } from '@/lib/draws/entries';
import { getStripe } from '@/lib/payments/stripe';
import { enterDrawSchema } from './schemas';

export const enterDraw = authedAction({ schema: enterDrawSchema }, async (input, { viewer, db }) => {
  const entry = await enter(db, getStripe(), { ...input, userId: viewer.id });
  revalidatePath(`/p/${input.postId}`);
  return { ok: true as const, data: { entryId: entry.id }, message: 'outcomes.draw.entered', messageParams: { entry: entry.id } };
});
