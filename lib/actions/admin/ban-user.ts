'use server';
import { banUser } from '@/lib/moderation/ban-user';
import { moderationAction, moderationSchema } from './moderation-action';

export const banUserAction = moderationAction(moderationSchema, banUser, 'admin.done.userBanned');
