'use server';
import { restorePost } from '@/lib/moderation/post-actions';
import { moderationAction, moderationSchema } from './moderation-action';

export const restorePostAction = moderationAction(moderationSchema, restorePost, 'admin.done.postRestored');
