'use server';
import { removeReply } from '@/lib/moderation/content-actions';
import { moderationAction, moderationSchema } from './moderation-action';

export const removeReplyAction = moderationAction(moderationSchema, removeReply, 'admin.done.replyRemoved');
