'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction, formDataToObject } from '@/lib/actions/define-action';
import { launchDraw as launch } from '@/lib/draws/launch';
import { DomainError } from '@/lib/errors';
import { groupUnits, launchDrawSchema } from './schemas';

const schema = z.preprocess((raw) => groupUnits(raw instanceof FormData ? formDataToObject(raw) : (raw as Record<string, unknown>)), launchDrawSchema);

export const launchDraw = authedAction({ schema, role: 'brand' }, async (input, { viewer, db }) => {
  if (!viewer.brand) throw new DomainError('forbidden', 'errors.brand.createFirst');
  const draw = await launch(db, viewer.brand.id, input.postId, input);
  revalidatePath(`/p/${input.postId}`);
  return { ok: true as const, data: { drawId: draw.id }, message: 'outcomes.draw.launched' };
});
