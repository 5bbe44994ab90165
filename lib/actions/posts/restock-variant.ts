'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { restockVariant as restock } from '@/lib/catalog/restock';
import { DomainError } from '@/lib/errors';
import { getStripe } from '@/lib/payments/stripe';

const schema = z.object({
  postId: z.uuid(),
  variantId: z.uuid('errors.field.chooseOption'),
  quantity: z.coerce.number().int('errors.field.wholeNumber').min(1, 'errors.post.restockAtLeast').max(100_000, 'errors.field.atMost'),
});

export const restockVariant = authedAction({ schema, role: 'brand' }, async ({ postId, variantId, quantity }, { viewer, db }) => {
  if (!viewer.brand) throw new DomainError('forbidden', 'errors.brand.createFirst');
  const result = await restock(db, getStripe(), viewer.brand.id, variantId, quantity);
  revalidatePath(`/p/${postId}`);
  return {
    ok: true as const,
    data: result,
    message: result.offered > 0 ? 'outcomes.post.restockedOffered' : 'outcomes.post.restocked',
    messageParams: { count: result.offered },
  };
});
