'use server';
import { z } from 'zod';
import { plainText } from '@/lib/validation/text';
import { addProhibitedTerm } from '@/lib/moderation/prohibited-terms';
import { moderationAction, reasonField } from './moderation-action';

const schema = z.object({ term: plainText({ min: 2, max: 60, multiline: false, tooShort: 'errors.moderation.termLength', tooLong: 'errors.moderation.termLength' }), reason: reasonField });

export const addProhibitedTermAction = moderationAction(schema, addProhibitedTerm, 'admin.done.termAdded');
