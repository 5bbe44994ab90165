'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { brandAction, done, formDataToObject } from '@/lib/actions/define-action';
import { launchDraw as launch } from '@/lib/draws/launch';
import { groupUnits, launchDrawSchema } from './schemas';

const schema = z.preprocess((raw) => groupUnits(raw instanceof FormData ? formDataToObject(raw) : (raw as Record<string, unknown>)), launchDrawSchema);

export const launchDraw = brandAction({ schema }, async (input, { brand, db }) => {
  const draw = await launch(db, brand.id, input.postId, input);
  revalidatePath(`/p/${input.postId}`);
  return done({ drawId: draw.id }, 'outcomes.draw.launched');
});
