'use server';
import { banUser } from '@/lib/moderation/actions';
import { moderationAction, moderationSchema } from './moderation-action';

export const banUserAction = moderationAction(moderationSchema, banUser, 'User banned and signed out everywhere.');
