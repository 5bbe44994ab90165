'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { brandAction, done } from '@/lib/actions/define-action';
import { publishPost as publish } from '@/lib/catalog/posts';

/** A draft (or an archived post) goes on sale now, unless the moderation rules hold it for an admin. */
export const publishPost = brandAction({ schema: z.object({ postId: z.uuid('errors.field.unknownPost') }) }, async ({ postId }, { brand, db }) => {
  const post = await publish(db, brand.id, postId);
  revalidatePath('/studio');
  revalidatePath('/');
  return done({ postId, status: post.status }, post.status === 'pending_review' ? 'outcomes.post.heldForReview' : 'outcomes.post.published');
});
