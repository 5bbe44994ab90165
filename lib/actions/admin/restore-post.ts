'use server';
import { restorePost } from '@/lib/moderation/actions';
import { moderationAction, moderationSchema } from './moderation-action';

export const restorePostAction = moderationAction(moderationSchema, restorePost, 'Restored: the post is live again.');
