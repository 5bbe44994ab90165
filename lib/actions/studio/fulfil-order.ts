'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { brandAction, done } from '@/lib/actions/define-action';
import { fulfilOrder as fulfil } from '@/lib/studio/fulfil-order';

const schema = z.object({
  orderId: z.uuid('errors.field.unknownOrder'),
  trackingRef: z.string().trim().min(1, 'errors.order.trackingEmpty').max(100, 'errors.order.trackingTooLong'),
});

export const fulfilOrder = brandAction({ schema }, async ({ orderId, trackingRef }, { brand, db }) => {
  await fulfil(db, brand.id, orderId, trackingRef);
  revalidatePath(`/studio/orders/${orderId}`);
  return done({ orderId }, 'outcomes.order.fulfilled');
});
