'use server';
import { z } from 'zod';
import { authedAction, done } from '@/lib/actions/define-action';
import { markRead, openConversation } from '@/lib/conversations/read';

const schema = z.object({ conversationId: z.uuid('errors.field.unknownConversation'), side: z.enum(['buyer', 'brand']) });

export const markConversationRead = authedAction({ schema }, async (input, { viewer, db }) => {
  const conversation = await openConversation(db, { userId: viewer.id, brandId: viewer.brand?.id ?? null }, input.conversationId, input.side);
  await markRead(db, conversation, input.side);
  return done({ read: true });
});
