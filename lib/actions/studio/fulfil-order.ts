'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { DomainError } from '@/lib/errors';
import { fulfilOrder as fulfil } from '@/lib/studio/fulfil-order';

const schema = z.object({
  orderId: z.uuid('errors.field.unknownOrder'),
  trackingRef: z.string().trim().min(1, 'errors.order.trackingEmpty').max(100, 'errors.order.trackingTooLong'),
});

export const fulfilOrder = authedAction({ schema, role: 'brand' }, async ({ orderId, trackingRef }, { viewer, db }) => {
  if (!viewer.brand) throw new DomainError('forbidden', 'errors.brand.createFirst');
  await fulfil(db, viewer.brand.id, orderId, trackingRef);
  revalidatePath(`/studio/orders/${orderId}`);
  return { ok: true as const, data: { orderId }, message: 'outcomes.order.fulfilled' };
});
