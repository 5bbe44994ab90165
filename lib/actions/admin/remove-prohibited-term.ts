'use server';
import { removeProhibitedTerm } from '@/lib/moderation/prohibited-terms';
import { moderationAction, moderationSchema } from './moderation-action';

export const removeProhibitedTermAction = moderationAction(moderationSchema, removeProhibitedTerm, 'admin.done.termRemoved');
