'use server';
import { z } from 'zod';
import { authedAction, done } from '@/lib/actions/define-action';
import { MESSAGE_MAX_LENGTH, writeMessage } from '@/lib/conversations/messages';

const schema = z.object({
  conversationId: z.uuid('errors.field.unknownConversation'),
  side: z.enum(['buyer', 'brand']),
  body: z.string().trim().min(1, 'errors.conversation.empty').max(MESSAGE_MAX_LENGTH, 'errors.conversation.tooLong'),
});

/** Writes in a conversation the caller is part of, on the side they chose (their own, or their brand's). */
export const sendMessage = authedAction({ schema }, async (input, { viewer, db }) => {
  const message = await writeMessage(db, { userId: viewer.id, brandId: viewer.brand?.id ?? null }, input.side, input.conversationId, input.body);
  return done({ seq: message.seq });
});
