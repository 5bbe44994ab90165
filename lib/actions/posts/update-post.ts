'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { publishPost as publish, updatePostBody } from '@/lib/catalog/posts';
import { DomainError } from '@/lib/errors';

const editSchema = z.object({
  postId: z.uuid('errors.field.unknownPost'),
  body: z.string().trim().min(1, 'errors.post.needsText').max(2000, 'errors.post.bodyTooLong'),
});

export const updatePost = authedAction({ schema: editSchema, role: 'brand' }, async ({ postId, body }, { viewer, db }) => {
  if (!viewer.brand) throw new DomainError('forbidden', 'errors.brand.createFirst');
  const post = await updatePostBody(db, viewer.brand.id, postId, body);
  revalidatePath(`/p/${post.id}`);
  return { postId: post.id };
});

export const publishPost = authedAction({ schema: z.object({ postId: z.uuid('errors.field.unknownPost') }), role: 'brand' }, async ({ postId }, { viewer, db }) => {
  if (!viewer.brand) throw new DomainError('forbidden', 'errors.brand.createFirst');
  const post = await publish(db, viewer.brand.id, postId);
  revalidatePath('/');
  return { postId: post.id };
});
