'use server';
import { revalidatePath } from 'next/cache';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import { authedAction, done } from '@/lib/actions/define-action';
import { checkbox } from '@/lib/actions/form-fields';

export const setBadgeVisibility = authedAction({ schema: z.object({ hideBuyBadges: checkbox }) }, async ({ hideBuyBadges }, { viewer, db }) => {
  await db.update(users).set({ hideBuyBadges }).where(eq(users.id, viewer.id));
  revalidatePath('/settings/payments');
  return done({ hideBuyBadges });
});
