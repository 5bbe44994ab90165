'use server';
import { z } from 'zod';
import { dismissReports } from '@/lib/moderation/dismiss-reports';
import { moderationAction, moderationSchema } from './moderation-action';

const schema = moderationSchema.extend({ targetType: z.enum(['post', 'reply', 'brand', 'message']) });

export const dismissReportsAction = moderationAction(schema, dismissReports, 'admin.done.reportsDismissed');
