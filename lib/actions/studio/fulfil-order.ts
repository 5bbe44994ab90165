'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/errors';
import { fulfilOrder as fulfil } from '@/lib/studio/fulfil-order';

const schema = z.object({
  orderId: z.uuid('Unknown order.'),
  trackingRef: z.string().trim().min(1, 'Enter the tracking reference.').max(100, 'Keep it under 100 characters.'),
});

export const fulfilOrder = authedAction({ schema, role: 'brand' }, async ({ orderId, trackingRef }, { viewer, db }) => {
  if (!viewer.brand) throw new DomainError('forbidden', 'errors.brand.createFirst');
  await fulfil(db, viewer.brand.id, orderId, trackingRef);
  revalidatePath(`/studio/orders/${orderId}`);
  return { ok: true as const, data: { orderId }, message: 'Marked fulfilled. The buyer has been told.' };
});
