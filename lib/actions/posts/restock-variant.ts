'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { restockVariant as restock } from '@/lib/catalog/restock';
import { DomainError } from '@/lib/errors';
import { getStripe } from '@/lib/payments/stripe';

const schema = z.object({
  postId: z.uuid(),
  variantId: z.uuid('Choose an option.'),
  quantity: z.coerce.number().int('Use a whole number.').min(1, 'Add at least 1.').max(100_000, 'At most 100,000.'),
});

export const restockVariant = authedAction({ schema, role: 'brand' }, async ({ postId, variantId, quantity }, { viewer, db }) => {
  if (!viewer.brand) throw new DomainError('forbidden', 'errors.brand.createFirst');
  const result = await restock(db, getStripe(), viewer.brand.id, variantId, quantity);
  revalidatePath(`/p/${postId}`);
  return {
    ok: true as const,
    data: result,
    message: result.offered > 0 ? `Restocked. ${result.offered} waitlisted ${result.offered === 1 ? 'buyer was' : 'buyers were'} offered a reserved checkout.` : 'Restocked.',
  };
});
