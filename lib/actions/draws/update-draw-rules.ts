'use server';
import { revalidatePath } from 'next/cache';
import { brandAction, done } from '@/lib/actions/define-action';
import { requireDrawForPost } from '@/lib/draws/entries';
import { updateDrawRules as update } from '@/lib/draws/launch';
import { updateDrawRulesSchema } from './schemas';

export const updateDrawRules = brandAction({ schema: updateDrawRulesSchema }, async ({ postId, ...rules }, { brand, db }) => {
  const draw = await requireDrawForPost(db, postId);
  await update(db, brand.id, draw.id, rules);
  revalidatePath(`/p/${postId}`);
  return done(null, 'outcomes.draw.rulesSaved');
});
