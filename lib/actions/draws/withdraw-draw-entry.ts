'use server';
import { revalidatePath } from 'next/cache';
import { authedAction, done } from '@/lib/actions/define-action';
import { withdrawEntry } from '@/lib/draws/entries';
import { drawPostSchema } from './schemas';

export const withdrawDrawEntry = authedAction({ schema: drawPostSchema }, async ({ postId }, { viewer, db }) => {
  await withdrawEntry(db, viewer.id, postId);
  revalidatePath(`/p/${postId}`);
  return done(null, 'outcomes.draw.withdrawn');
});
