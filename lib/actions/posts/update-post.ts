'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { publishPost as publish, updatePostBody } from '@/lib/catalog/posts';
import { DomainError } from '@/lib/errors';

const editSchema = z.object({
  postId: z.uuid('Unknown post.'),
  body: z.string().trim().min(1, 'A post needs some text.').max(2000, 'Keep the post under 2,000 characters.'),
});

export const updatePost = authedAction({ schema: editSchema, role: 'brand' }, async ({ postId, body }, { viewer, db }) => {
  if (!viewer.brand) throw new DomainError('forbidden', 'errors.brand.createFirst');
  const post = await updatePostBody(db, viewer.brand.id, postId, body);
  revalidatePath(`/p/${post.id}`);
  return { postId: post.id };
});

export const publishPost = authedAction({ schema: z.object({ postId: z.uuid('Unknown post.') }), role: 'brand' }, async ({ postId }, { viewer, db }) => {
  if (!viewer.brand) throw new DomainError('forbidden', 'errors.brand.createFirst');
  const post = await publish(db, viewer.brand.id, postId);
  revalidatePath('/');
  return { postId: post.id };
});
