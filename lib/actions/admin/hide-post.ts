'use server';
import { hidePost } from '@/lib/moderation/post-actions';
import { moderationAction, moderationSchema } from './moderation-action';

export const hidePostAction = moderationAction(moderationSchema, hidePost, 'admin.done.postHidden');
