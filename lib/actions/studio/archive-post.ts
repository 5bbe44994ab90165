'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/errors';
import { archivePost as archive } from '@/lib/studio/posts';

export const archivePost = authedAction({ schema: z.object({ postId: z.uuid('errors.field.unknownPost') }), role: 'brand' }, async ({ postId }, { viewer, db }) => {
  if (!viewer.brand) throw new DomainError('forbidden', 'errors.brand.createFirst');
  await archive(db, viewer.brand.id, postId);
  revalidatePath('/studio');
  revalidatePath('/');
  return { ok: true as const, data: { postId }, message: 'outcomes.post.archived' };
});
