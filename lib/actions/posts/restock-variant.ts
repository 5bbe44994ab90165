'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { brandAction, done } from '@/lib/actions/define-action';
import { restockVariant as restock } from '@/lib/catalog/restock';
import { getStripe } from '@/lib/payments/stripe';

const schema = z.object({
  postId: z.uuid(),
  variantId: z.uuid('errors.field.chooseOption'),
  quantity: z.coerce.number().int('errors.field.wholeNumber').min(1, 'errors.post.restockAtLeast').max(100_000, 'errors.field.atMost'),
});

export const restockVariant = brandAction({ schema }, async ({ postId, variantId, quantity }, { brand, db }) => {
  const result = await restock(db, getStripe(), brand.id, variantId, quantity);
  revalidatePath(`/p/${postId}`);
  return done(result, result.offered > 0 ? 'outcomes.post.restockedOffered' : 'outcomes.post.restocked', { count: result.offered });
});
