'use server';
import { z } from 'zod';
import { addProhibitedTerm } from '@/lib/moderation/actions';
import { moderationAction, reasonField } from './moderation-action';

const schema = z.object({ term: z.string().trim().min(2, 'Use 2 to 60 characters.').max(60, 'Use 2 to 60 characters.'), reason: reasonField });

export const addProhibitedTermAction = moderationAction(schema, addProhibitedTerm, 'Term added: new posts using it wait for review.');
