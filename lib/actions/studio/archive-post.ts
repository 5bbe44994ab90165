'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { brandAction, done } from '@/lib/actions/define-action';
import { archivePost as archive } from '@/lib/studio/posts';

export const archivePost = brandAction({ schema: z.object({ postId: z.uuid('errors.field.unknownPost') }) }, async ({ postId }, { brand, db }) => {
  await archive(db, brand.id, postId);
  revalidatePath('/studio');
  revalidatePath('/');
  return done({ postId }, 'outcomes.post.archived');
});
