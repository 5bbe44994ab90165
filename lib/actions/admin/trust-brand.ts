'use server';
import { trustBrand } from '@/lib/moderation/brand-actions';
import { moderationAction, moderationSchema } from './moderation-action';

export const trustBrandAction = moderationAction(moderationSchema, trustBrand, 'admin.done.brandTrusted');
