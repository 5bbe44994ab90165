'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { startConversation } from '@/lib/conversations/messages';

const schema = z.object({
  brandId: z.uuid('errors.field.unknownBrand'),
  orderId: z.uuid().optional(),
});

/** Opens (or makes) the caller's conversation with a brand; from an order, the composer starts about it. */
export const messageBrand = authedAction({ schema }, async (input, { viewer, db }) => {
  const conversation = await startConversation(db, { userId: viewer.id, brandId: viewer.brand?.id ?? null }, input.brandId);
  redirect(`/inbox/${conversation.id}${input.orderId ? `?about=${input.orderId}` : ''}`);
});
