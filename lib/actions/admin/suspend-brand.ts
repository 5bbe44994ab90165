'use server';
import { suspendBrand } from '@/lib/moderation/brand-actions';
import { moderationAction, moderationSchema } from './moderation-action';

export const suspendBrandAction = moderationAction(moderationSchema, suspendBrand, 'admin.done.brandSuspended');
