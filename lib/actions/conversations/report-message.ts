'use server';
import { z } from 'zod';
import { authedAction, done } from '@/lib/actions/define-action';
import { reportMessage } from '@/lib/conversations/messages';
import { REPORT_REASON_VALUES } from '@/lib/moderation/report-reasons';

const schema = z.object({
  targetId: z.uuid('errors.field.unknownMessage'),
  reason: z.enum(REPORT_REASON_VALUES, 'errors.moderation.chooseReason'),
  note: z.string().trim().max(1000, 'errors.moderation.noteTooLong').default(''),
});

export const reportMessageAction = authedAction({ schema }, async (input, { viewer, db }) => {
  const report = await reportMessage(db, { userId: viewer.id, brandId: viewer.brand?.id ?? null }, input.targetId, { reason: input.reason, note: input.note });
  return done({ reportId: report.id }, 'outcomes.report.thanks');
});
