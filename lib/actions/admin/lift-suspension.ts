'use server';
import { liftSuspension } from '@/lib/moderation/brand-actions';
import { moderationAction, moderationSchema } from './moderation-action';

export const liftSuspensionAction = moderationAction(moderationSchema, liftSuspension, 'admin.done.suspensionLifted');
