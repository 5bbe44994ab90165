'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction, done } from '@/lib/actions/define-action';
import { followBrand as follow, unfollowBrand } from '@/lib/catalog/brands';

const schema = z.object({ brandId: z.uuid('errors.field.unknownBrand'), follow: z.enum(['true', 'false']) });

/** Follows or unfollows, so a double click ends where the button says. */
export const setFollowing = authedAction({ schema }, async ({ brandId, follow: wanted }, { viewer, db }) => {
  if (wanted === 'true') await follow(db, viewer.id, brandId);
  else await unfollowBrand(db, viewer.id, brandId);
  revalidatePath('/following');
  return done({ following: wanted === 'true' });
});
