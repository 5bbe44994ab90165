'use server';
import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/actions/define-action';
import { requireDrawForPost } from '@/lib/draws/entries';
import { updateDrawRules as update } from '@/lib/draws/launch';
import { DomainError } from '@/lib/errors';
import { updateDrawRulesSchema } from './schemas';

export const updateDrawRules = authedAction({ schema: updateDrawRulesSchema, role: 'brand' }, async ({ postId, ...rules }, { viewer, db }) => {
  if (!viewer.brand) throw new DomainError('forbidden', 'errors.brand.createFirst');
  const draw = await requireDrawForPost(db, postId);
  await update(db, viewer.brand.id, draw.id, rules);
  revalidatePath(`/p/${postId}`);
  return { ok: true as const, data: null, message: 'outcomes.draw.rulesSaved' };
});
