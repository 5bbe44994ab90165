'use server';
import { z } from 'zod';
import { authedAction, done } from '@/lib/actions/define-action';
import { confirmWithSavedCard } from '@/lib/replies/confirm-saved-card';
import { getStripe } from '@/lib/payments/stripe';

export const confirmReplyPurchase = authedAction({ schema: z.object({ orderId: z.uuid('errors.field.unknownPurchase') }) }, async ({ orderId }, { viewer, db }) =>
  done(await confirmWithSavedCard(db, getStripe(), viewer.id, orderId)),
);
