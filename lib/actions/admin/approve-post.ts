'use server';
import { approvePost } from '@/lib/moderation/post-actions';
import { moderationAction, moderationSchema } from './moderation-action';

export const approvePostAction = moderationAction(moderationSchema, approvePost, 'admin.done.postApproved');
