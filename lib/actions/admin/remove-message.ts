'use server';
import { removeMessage } from '@/lib/moderation/content-actions';
import { moderationAction, moderationSchema } from './moderation-action';

export const removeMessageAction = moderationAction(moderationSchema, removeMessage, 'admin.done.messageRemoved');
