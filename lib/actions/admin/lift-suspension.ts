'use server';
import { liftSuspension } from '@/lib/moderation/actions';
import { moderationAction, moderationSchema } from './moderation-action';

export const liftSuspensionAction = moderationAction(moderationSchema, liftSuspension, 'Suspension lifted.');
